package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.sightline.FreshDataFolder;

/** With sightline.api-key set, every write needs the key, even from this machine; reads do not. */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
@TestProfile(ApiKeyTest.WithKey.class)
class ApiKeyTest {

    /** Configures a key. */
    public static class WithKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sightline.api-key", "test-key-123");
        }
    }

    private static final String ARTICLE = "API key article\n\nNorwegian NASAMS batteries were deployed.";

    @Test
    void writesWithoutTheKeyAre401WithAJsonMessage() {
        given().contentType("text/plain").body(ARTICLE).when().post("/api/articles")
                .then().statusCode(401).contentType("application/json").body("error", containsString("X-Api-Key"));
        given().contentType("text/plain").header("X-Api-Key", "wrong").body(ARTICLE).when().post("/api/articles")
                .then().statusCode(401);
        given().contentType("application/json").body("{\"url\":\"https://example.test/feed\"}")
                .when().post("/api/feeds").then().statusCode(401);
        given().when().delete("/api/feeds/1").then().statusCode(401);
        given().multiPart("files", "a.txt", ARTICLE.getBytes(), "text/plain").when().post("/import")
                .then().statusCode(401);
        given().formParam("url", "https://example.test/feed").when().post("/feeds").then().statusCode(401);
    }

    @Test
    void writesWithTheKeyInTheHeaderOrTheFormWork() {
        given().contentType("text/plain").header("X-Api-Key", "test-key-123").body(ARTICLE).when().post("/api/articles")
                .then().statusCode(200);
        given().multiPart("files", "a.txt", ARTICLE.getBytes(), "text/plain").multiPart("apiKey", "test-key-123")
                .when().post("/import").then().statusCode(200).body(containsString("already present"));
        // the forms ask for the key when one is configured
        given().when().get("/import").then().statusCode(200).body(containsString("name=\"apiKey\""));
        given().when().get("/feeds").then().statusCode(200).body(containsString("name=\"apiKey\""));
        // reads need no key
        given().queryParam("q", "NASAMS").when().get("/api/search").then().statusCode(200).body("total", is(1));
        given().when().get("/api/feeds").then().statusCode(200);
    }
}
