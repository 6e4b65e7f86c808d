package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.sightline.FreshDataFolder;

/**
 * Issue 10, findings 3 and 7, against the running app with no API key configured (the
 * default): what a page on another site, a DNS-rebinding name or a spoofed forwarding header
 * could do before, refused now; security headers; body size judged before reading.
 */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class RequestGuardTest {

    private static final String EVIL = "https://evil.example";

    private static String article(String marker) {
        return "Guard article " + marker + "\n\nPolish Krab howitzers were moved " + marker + ".";
    }

    private static int count(String word) {
        return given().queryParam("q", word).when().get("/api/search").then().statusCode(200)
                .extract().jsonPath().getInt("total");
    }

    @Test
    void aCrossSiteFetchToTheImportApiIsRefused() {
        // what fetch('http://localhost:8080/api/articles', {method:'POST', mode:'no-cors', body}) sends
        given().contentType("text/plain").header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "no-cors").body(article("zqxcrossfetch")).when().post("/api/articles")
                .then().statusCode(403).contentType("application/json").body("error", containsString("another site"));
        // an older browser: Origin only
        given().contentType("text/plain").header("Origin", EVIL).body(article("zqxcrossfetch"))
                .when().post("/api/articles").then().statusCode(403);
        given().contentType("text/plain").header("Origin", "null").body(article("zqxcrossfetch"))
                .when().post("/api/articles").then().statusCode(403);
        assertEquals(0, count("zqxcrossfetch"));
        // the same request from this site's own page, or from curl (no Origin), is accepted
        given().contentType("text/plain").header("Origin", "http://localhost:" + RestAssured.port)
                .header("Sec-Fetch-Site", "same-origin").body(article("zqxcrossfetch")).when().post("/api/articles")
                .then().statusCode(200).body("created", is(1));
    }

    @Test
    void autoSubmittedFormsFromAnotherSiteAreRefused() {
        given().formParam("url", "https://feeds.example.org/rss").header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site").when().post("/feeds")
                .then().statusCode(403).body("error", containsString("another site"));
        given().multiPart("files", "a.txt", article("zqxautoform").getBytes(StandardCharsets.UTF_8), "text/plain")
                .header("Origin", EVIL).when().post("/import").then().statusCode(403);
        given().formParam("url", "https://feeds.example.org/rss").header("Origin", EVIL)
                .when().delete("/api/feeds/1").then().statusCode(403);
        assertEquals(0, count("zqxautoform"));
    }

    @Test
    void pageFormsNeedTheirCsrfTokenEvenWithoutAnOriginHeader() {
        // a browser that sends no Origin: only the token tells the page's own form from a forged one
        given().multiPart("files", "a.txt", article("zqxtoken").getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/import").then().statusCode(403).body("error", containsString("reload the page"));
        given().formParam("url", "https://feeds.example.org/rss").formParam("csrf", "forged-forged-forged-forged-1234")
                .cookie(CsrfTokens.COOKIE, "another-token-another-token-12345").when().post("/feeds")
                .then().statusCode(403);
        assertEquals(0, count("zqxtoken"));

        Response page = given().when().get("/import");
        page.then().statusCode(200);
        String cookie = page.getCookie(CsrfTokens.COOKIE);
        assertTrue(page.getHeader("Set-Cookie").contains("SameSite=Strict"), page.getHeader("Set-Cookie"));
        Matcher field = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(field.find(), "the form carries its token");
        assertEquals(cookie, field.group(1));
        given().multiPart("files", "a.txt", article("zqxtoken").getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("csrf", cookie).cookie(CsrfTokens.COOKIE, cookie)
                .when().post("/import").then().statusCode(200).body(containsString("1 new"));
        assertEquals(1, count("zqxtoken"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/search", "/api/search", "/import", "/feeds", "/style.css", "/no-such-page"})
    void dnsRebindingHostNamesAreRefusedOnEveryRequest(String path) {
        given().header("Host", "attacker.example:" + RestAssured.port).when().get(path)
                .then().statusCode(400).body("error", containsString("host name"));
        given().header("Host", "localhost:" + RestAssured.port).when().get(path)
                .then().statusCode(not(400));
    }

    @Test
    void redirectsAreRelativeAndNeverRepeatTheHostHeader() {
        given().redirects().follow(false).header("Host", "127.0.0.1:" + RestAssured.port).when().get("/")
                .then().statusCode(303).header("Location", equalTo("/search"));
    }

    @Test
    void forwardedHeadersNameTheClientOnlyFromATrustedProxy() {
        // in tests 127.0.0.1 is configured as a trusted proxy: the forwarded client is remote
        given().contentType("text/plain").header("X-Forwarded-For", "198.51.100.23").body(article("zqxproxy"))
                .when().post("/api/articles").then().statusCode(403).body("error", containsString("only from this machine"));
        given().contentType("text/plain").header("Forwarded", "for=198.51.100.23").body(article("zqxproxy"))
                .when().post("/api/articles").then().statusCode(403);
        assertEquals(0, count("zqxproxy"));
        // (a remote peer claiming X-Forwarded-For: 127.0.0.1 is covered by ClientAddressesTest:
        // tests cannot connect from a non-loopback address)
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/search", "/api/search", "/import", "/feeds", "/style.css", "/no-such-page", "/api/feeds"})
    void everyAnswerCarriesTheSecurityHeaders(String path) {
        given().when().get(path).then()
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    void refusalsCarryTheSecurityHeadersToo() {
        given().header("Host", "attacker.example").when().get("/search").then().statusCode(400)
                .header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void anOversizedBodyIsRefusedFromItsContentLengthBeforeItIsSent() throws IOException {
        // 100 MB declared, nothing sent: the answer comes at once, so the body was never awaited
        String answer = rawRequest("POST /api/articles HTTP/1.1\r\nHost: localhost:" + RestAssured.port
                + "\r\nContent-Type: text/plain\r\nContent-Length: 100000000\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        // a client that may not write (remote, no key) gets a lower limit: 3 MB is too much for it
        answer = rawRequest("POST /api/extract HTTP/1.1\r\nHost: localhost:" + RestAssured.port
                + "\r\nX-Forwarded-For: 198.51.100.24\r\nContent-Type: text/plain\r\nContent-Length: 3000000\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("without the API key"), answer);
    }

    @Test
    void extractionIsRateLimitedPerClient() {
        String client = "198.51.100.25";
        int refused = 0;
        String retryAfter = null;
        for (int i = 0; i < 40; i++) {
            Response answer = given().contentType("text/plain").header("X-Forwarded-For", client)
                    .body("Germany sent Leopard 2 tanks.").when().post("/api/extract");
            if (answer.statusCode() == 429) {
                refused++;
                retryAfter = answer.getHeader("Retry-After");
                assertTrue(answer.jsonPath().getString("error").contains("Too many"));
            } else {
                assertEquals(200, answer.statusCode());
            }
        }
        assertTrue(refused >= 1, "a burst of 30, then one every 2 s: 40 in a row cannot all pass");
        assertTrue(Integer.parseInt(retryAfter) >= 1);
        // another client is not affected
        given().contentType("text/plain").header("X-Forwarded-For", "198.51.100.26")
                .body("Germany sent Leopard 2 tanks.").when().post("/api/extract").then().statusCode(200);
    }

    private static String rawRequest(String head) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder answer = new StringBuilder();
            int length = 0;
            String line;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                answer.append(line).append('\n');
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            char[] body = new char[length];
            int read = 0;
            while (read < length) {
                int n = in.read(body, read, length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return answer.append('\n').append(body, 0, read).toString();
        }
    }
}
