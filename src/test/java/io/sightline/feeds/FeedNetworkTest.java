package io.sightline.feeds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.FreshDataFolder;

/**
 * Issue 10, finding 5 (SSRF), against the running app: a feed server on 127.0.0.2 (loopback,
 * refused as by default) and one on 127.0.0.1 (allowed explicitly in the test configuration,
 * %test.sightline.feeds.network.allow), which redirects to the refused one.
 */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class FeedNetworkTest {

    private HttpServer internal;
    private HttpServer allowed;
    private final String unique = Long.toString(System.nanoTime());

    @BeforeEach
    void startServers() throws IOException {
        internal = serve("127.0.0.2", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Internal</title>"
                + "<item><title>Internal secret " + unique + "</title><link>https://internal.test/" + unique
                + "</link><description>Polish Krab howitzers.</description></item></channel></rss>", null);
        allowed = serve("127.0.0.1", null, "http://127.0.0.2:" + internal.getAddress().getPort() + "/feed.xml");
    }

    private static HttpServer serve(String address, String body, String redirectTo) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.createContext("/feed.xml", exchange -> {
            if (redirectTo != null) {
                exchange.getResponseHeaders().add("Location", redirectTo);
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }

    @AfterEach
    void stopServers() {
        internal.stop(0);
        allowed.stop(0);
    }

    @Test
    void aFeedOnAnInternalAddressIsRefusedAtSubscription() {
        String url = "http://127.0.0.2:" + internal.getAddress().getPort() + "/feed.xml";
        given().contentType("application/json").body("{\"url\":\"" + url + "\"}").when().post("/api/feeds")
                .then().statusCode(400).body("error", containsString("internal address"));
    }

    @Test
    void aRedirectToAnInternalAddressIsRefusedAndOnlyWritersSeeWhy() {
        String url = "http://127.0.0.1:" + allowed.getAddress().getPort() + "/feed.xml";
        int id = given().contentType("application/json").body("{\"url\":\"" + url + "\"}").when().post("/api/feeds")
                .then().statusCode(201).extract().jsonPath().getInt("id");
        given().when().post("/api/feeds/" + id + "/poll").then().statusCode(200)
                .body("created", equalTo(0)).body("error", containsString("127.0.0.2"));
        given().queryParam("q", "\"Internal secret " + unique + "\"").when().get("/api/search").then()
                .statusCode(200).body("total", equalTo(0));
        // this machine may write: it sees the reason
        given().when().get("/api/feeds").then().statusCode(200)
                .body("find { it.id == " + id + " }.lastError", containsString("internal address"));
        // a remote reader (through the test's trusted proxy) sees only that it failed
        given().header("X-Forwarded-For", "198.51.100.40").when().get("/api/feeds").then().statusCode(200)
                .body("find { it.id == " + id + " }.lastError", equalTo("failed"));
        given().header("X-Forwarded-For", "198.51.100.40").when().get("/feeds").then().statusCode(200)
                .body(containsString("failed")).body(org.hamcrest.Matchers.not(containsString("127.0.0.2")));
        given().when().delete("/api/feeds/" + id).then().statusCode(204);
    }
}
