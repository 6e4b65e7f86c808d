package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.FreshDataFolder;

/** Subscriptions polled from a feed served by a small HTTP server on 127.0.0.1. */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class FeedSubscriptionTest {

    private HttpServer server;
    private final AtomicReference<String> feed = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private String unique;

    @BeforeEach
    void serveFeed() throws IOException {
        unique = Long.toString(System.nanoTime());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
    }

    private String rss(int items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local wire "
                + unique + "</title>");
        for (int i = 1; i <= items; i++) {
            xml.append("<item><title>Local story ").append(i).append(' ').append(unique).append("</title><link>https://local.example.test/")
                    .append(unique).append('/').append(i).append("</link><pubDate>Mon, 0").append(i)
                    .append(" Jul 2024 10:00:00 GMT</pubDate><description>Polish Krab howitzers fired in drill ")
                    .append(i).append(".</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    @Test
    void aPollImportsNewItemsOnlyAndRecordsItsOutcome() {
        feed.set(rss(2));
        int id = given().contentType("application/json").body("{\"url\":\"" + url() + "\"}")
                .when().post("/api/feeds").then().statusCode(201)
                .body("url", equalTo(url())).body("lastPolledAt", nullValue())
                .extract().jsonPath().getInt("id");
        given().contentType("application/json").body("{\"url\":\"" + url() + "\"}")
                .when().post("/api/feeds").then().statusCode(409).body("error", containsString("Already subscribed"));

        given().when().post("/api/feeds/" + id + "/poll").then().statusCode(200)
                .body("created", is(2)).body("alreadyPresent", is(0)).body("error", nullValue());
        feed.set(rss(3));
        given().when().post("/api/feeds/" + id + "/poll").then().statusCode(200)
                .body("created", is(1)).body("alreadyPresent", is(2));
        given().queryParam("q", "\"Local story 3 " + unique + "\"").when().get("/api/search")
                .then().statusCode(200).body("total", is(1)).body("hits[0].source", equalTo("Local wire " + unique));

        given().when().get("/api/feeds").then().statusCode(200)
                .body("find { it.id == " + id + " }.itemsImported", is(3))
                .body("find { it.id == " + id + " }.title", equalTo("Local wire " + unique))
                .body("find { it.id == " + id + " }.lastPolledAt", notNullValue())
                .body("find { it.id == " + id + " }.lastError", nullValue());

        status.set(500);
        given().when().post("/api/feeds/" + id + "/poll").then().statusCode(200)
                .body("created", is(0)).body("error", containsString("HTTP 500"));
        status.set(200);
        feed.set("<rss><channel><item><title>broken");
        given().when().post("/api/feeds/" + id + "/poll").then().statusCode(200)
                .body("error", containsString("invalid XML"));
        given().when().get("/feeds").then().statusCode(200)
                .body(containsString(url())).body(containsString("invalid XML"));

        given().when().delete("/api/feeds/" + id).then().statusCode(204);
        given().when().delete("/api/feeds/" + id).then().statusCode(404);
        given().when().post("/api/feeds/" + id + "/poll").then().statusCode(404);
    }

    @Test
    void theFeedsPageSubscribesAndRemovesWithPlainForms() {
        feed.set(rss(1));
        FormTokens.form().redirects().follow(false).formParam("url", url()).formParam("title", "Page feed " + unique)
                .when().post("/feeds").then().statusCode(303).header("Location", equalTo("/feeds"));
        given().when().get("/feeds").then().statusCode(200).body(containsString("Page feed " + unique));
        int id = given().when().get("/api/feeds").then().statusCode(200).extract().jsonPath()
                .getInt("find { it.url == '" + url() + "' }.id");
        FormTokens.form().when().post("/feeds/" + id + "/poll").then().statusCode(200)
                .body(containsString("Polled: 1 new, 0 already present, 0 failed."));
        FormTokens.form().formParam("url", "ftp://nowhere").when().post("/feeds").then().statusCode(200)
                .body(containsString("must be an http or https URL"));
        FormTokens.form().redirects().follow(false).when().post("/feeds/" + id + "/delete")
                .then().statusCode(303);
        given().when().get("/api/feeds").then().statusCode(200)
                .body("findAll { it.id == " + id + " }.size()", is(0));
    }

    @Test
    void invalidSubscriptionsAreA400() {
        given().contentType("application/json").body("{\"url\":\"file:///etc/passwd\"}")
                .when().post("/api/feeds").then().statusCode(400).body("error", containsString("http or https"));
        given().contentType("application/json").body("{}")
                .when().post("/api/feeds").then().statusCode(400).body("error", containsString("empty"));
    }
}
