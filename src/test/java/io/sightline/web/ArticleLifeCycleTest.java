package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.FreshDataFolder;
import io.sightline.SyntheticArticles;
import io.sightline.article.ArticleRemoval;
import io.sightline.article.IndexConsistency;

/** Corrections, takedowns and source removal keep database and index in step. */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class ArticleLifeCycleTest {

    @Inject
    ArticleRemoval removal;

    @Inject
    IndexConsistency consistency;

    @Test
    void reimportingAUrlWithChangedTextUpdatesTheArticle() {
        String original = "{\"title\":\"Frigate order announced\",\"published\":\"2024-03-01T00:00:00Z\","
                + "\"url\":\"https://example.org/correction/1\",\"source\":\"Corrections\","
                + "\"body\":\"The navy of Norway ordered four frigates from a shipyard in Spain.\"}\n";
        long id = post(original).body("created", is(1)).extract().jsonPath().getLong("ids[0]");
        String corrected = original.replace("Norway", "Denmark").replace("Frigate order", "Corrected: frigate order");
        post(corrected).body("created", is(0)).body("updated", is(1)).body("alreadyPresent", is(0))
                .body("updatedIds", is(List.of((int) id)));
        // the same correction again is already present
        post(corrected).body("updated", is(0)).body("alreadyPresent", is(1));

        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("title", is("Corrected: frigate order announced"))
                .body("countries", hasItem("DK")).body("countries", not(hasItem("NO")));
        // match=all: only articles holding every word (a search with few such hits is widened otherwise)
        given().queryParam("q", "frigates Denmark").queryParam("match", "all").when().get("/api/search").then().statusCode(200)
                .body("total", is(1)).body("hits[0].id", is((int) id));
        given().queryParam("q", "frigates").queryParam("country", "NO").when().get("/api/search").then()
                .statusCode(200).body("total", is(0));
    }

    @Test
    void aFeedTeaserOfAStoredArticleDoesNotCutItsTextDown() {
        String full = "{\"title\":\"Corvette launched\",\"url\":\"https://example.org/teaser/1\",\"source\":\"Teasers\","
                + "\"body\":\"A corvette was launched in Gdansk on Friday. It carries anti-ship missiles and a helicopter deck.\"}\n";
        long id = post(full).body("created", is(1)).extract().jsonPath().getLong("ids[0]");
        String teaser = "{\"title\":\"Corvette launched\",\"url\":\"https://example.org/teaser/1\",\"source\":\"Teasers\","
                + "\"body\":\"A corvette was launched in Gdansk on Friday.\"}\n";
        post(teaser).body("updated", is(0)).body("alreadyPresent", is(1));
        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("body", is("A corvette was launched in Gdansk on Friday. It carries anti-ship missiles and a helicopter deck."));
    }

    @Test
    void deletingAnArticleRemovesItFromDatabaseAndIndex() {
        long id = post(SyntheticArticles.jsonLines("takedown", 0, 2)).body("created", is(2))
                .extract().jsonPath().getLong("ids[0]");
        given().when().delete("/api/articles/" + id).then().statusCode(200).body("deleted", is((int) id));
        given().when().get("/api/articles/" + id).then().statusCode(404);
        given().queryParam("q", "takedown").when().get("/api/search").then().statusCode(200).body("total", is(1));
        given().when().delete("/api/articles/" + id).then().statusCode(404);
        given().when().delete("/api/articles/not-a-number").then().statusCode(404);
    }

    @Test
    void deletingASourceRemovesAllItsArticles() {
        post(SyntheticArticles.jsonLines("removedsource", 0, 250)).body("created", is(250));
        assertEquals(250, removal.countSource("removedsource"));
        assertEquals(250, removal.deleteSource("removedsource", done -> {
        }));
        assertEquals(0, removal.countSource("removedsource"));
        given().queryParam("source", "removedsource").when().get("/api/search").then().statusCode(200)
                .body("total", is(0));
        IndexConsistency.Report report = consistency.check();
        assertTrue(report.missingFromIndex() == 0 && report.orphansInIndex() == 0, report.summary());
    }

    private static io.restassured.response.ValidatableResponse post(String jsonLines) {
        return given().contentType("application/x-ndjson").body(jsonLines.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles").then().statusCode(200);
    }
}
