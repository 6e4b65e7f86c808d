package io.sightline.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sightline.Fixtures;
import io.sightline.article.Reindexing;
import io.sightline.ingest.Reextraction;

/**
 * Curation round trips on a three-article fixture (fixtures/curation.jsonl): one article names
 * "Marta Quillon", one "Marta Quillonova", one only the "Quillonite camp". Every test undoes
 * what it did, so the rules never leak into other tests.
 */
@QuarkusTest
class CurationTest {

    private static final String QUILLON = "Marta Quillon";
    private static final String QUILLONOVA = "Marta Quillonova";

    @Inject
    Reextraction reextraction;

    @Inject
    Reindexing reindexing;

    @BeforeEach
    void corpus() {
        Fixtures.importFixture("curation.jsonl");
    }

    private static int count(String person) {
        return given().queryParam("q", "qqcuration").queryParam("person", person)
                .when().get("/api/search").then().statusCode(200).extract().path("total");
    }

    private static long change(String type, String action, String from, String to) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("type", type, "action", action, "from", from, "to", to == null ? "" : to, "by", "test"))
                .when().post("/api/curation")
                .then().statusCode(200)
                .body("active", is(true))
                .body("madeBy", is("test"))
                .extract().jsonPath().getLong("id");
    }

    private static void undo(long id) {
        given().when().post("/api/curation/" + id + "/undo").then().statusCode(200).body("active", is(false));
    }

    @Test
    void mergeMovesTheCountsAtOnceSurvivesReextractAndReindexAndUndoes() throws InterruptedException {
        org.junit.jupiter.api.Assertions.assertEquals(1, count(QUILLON));
        org.junit.jupiter.api.Assertions.assertEquals(1, count(QUILLONOVA));

        long id = change("people", "merge", QUILLONOVA, QUILLON);
        org.junit.jupiter.api.Assertions.assertEquals(2, count(QUILLON));
        org.junit.jupiter.api.Assertions.assertEquals(0, count(QUILLONOVA));
        given().when().get("/api/people/" + QUILLON).then().statusCode(200).body("articles", is(2));
        // the extractor applies the rule after its finders: the API, reextract and reindex keep it
        given().contentType("text/plain").body("Defence Minister Marta Quillonova spoke.")
                .when().post("/api/extract").then().statusCode(200)
                .body("people.name", hasItem(QUILLON))
                .body("people.name", not(hasItem(QUILLONOVA)));
        reextraction.reextractAll((done, total, changed) -> { });
        org.junit.jupiter.api.Assertions.assertEquals(2, count(QUILLON));
        reindexing.reindex(n -> { });
        org.junit.jupiter.api.Assertions.assertEquals(2, count(QUILLON));
        org.junit.jupiter.api.Assertions.assertEquals(0, count(QUILLONOVA));

        undo(id);
        org.junit.jupiter.api.Assertions.assertEquals(1, count(QUILLON));
        org.junit.jupiter.api.Assertions.assertEquals(1, count(QUILLONOVA));
        given().when().get("/api/curation").then().statusCode(200)
                .body("find { it.id == " + id + " }.undoneBy", containsString("127.0.0.1"))
                .body("find { it.id == " + id + " }.articles", is(1));
    }

    @Test
    void hideRemovesAFalsePositiveEverywhereUntilUndone() {
        long id = change("people", "hide", QUILLON, null);
        org.junit.jupiter.api.Assertions.assertEquals(0, count(QUILLON));
        given().when().get("/api/people/" + QUILLON).then().statusCode(404);
        Fixtures.importFixture("curation.jsonl");
        org.junit.jupiter.api.Assertions.assertEquals(0, count(QUILLON));
        undo(id);
        org.junit.jupiter.api.Assertions.assertEquals(1, count(QUILLON));
    }

    @Test
    void anAliasAddsTheEntityWhereItsTextStands() {
        org.junit.jupiter.api.Assertions.assertEquals(1, count(QUILLON));
        long id = change("people", "alias", "Quillonite", QUILLON);
        org.junit.jupiter.api.Assertions.assertEquals(2, count(QUILLON));
        undo(id);
        org.junit.jupiter.api.Assertions.assertEquals(1, count(QUILLON));
    }

    @Test
    void renameThenRenameBackLeavesTheArticlesAsBefore() {
        long id = change("people", "rename", QUILLON, "Marta Quillon-Ash");
        org.junit.jupiter.api.Assertions.assertEquals(0, count(QUILLON));
        org.junit.jupiter.api.Assertions.assertEquals(1, count("Marta Quillon-Ash"));
        undo(id);
        org.junit.jupiter.api.Assertions.assertEquals(1, count(QUILLON));
        org.junit.jupiter.api.Assertions.assertEquals(0, count("Marta Quillon-Ash"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "planets | merge  | A        | B      | Unknown entity type",
            "people  | smash  | A        | B      | Unknown action",
            "people  | merge  | ' '      | B      | Say which value",
            "people  | merge  | A        | ' '    | should become",
            "people  | merge  | A        | A      | already called so",
            "countries | merge | RU     | Russia | not an ISO 3166-1 code"})
    void badRequestsAre400WithAMessage(String type, String action, String from, String to, String message) {
        given().contentType(ContentType.JSON)
                .body(Map.of("type", type, "action", action, "from", from, "to", to))
                .when().post("/api/curation")
                .then().statusCode(400)
                .body("error", containsString(message));
    }

    @Test
    void undoingAnUnknownOrUndoneChangeIs400() {
        given().when().post("/api/curation/987654321/undo").then().statusCode(400)
                .body("error", containsString("No curation change"));
    }
}
