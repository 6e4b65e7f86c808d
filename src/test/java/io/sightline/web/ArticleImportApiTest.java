package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.FreshDataFolder;
import io.sightline.Fixtures;

@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class ArticleImportApiTest {

    @Test
    void theSeedImportsOnceAndReimportingDoesNotDuplicateIt() {
        Fixtures.importSeed();
        given().contentType("text/plain").body(Fixtures.seed())
                .when().post("/api/articles")
                .then().statusCode(200)
                .body("created", is(0))
                .body("alreadyPresent", is(1))
                .body("rejected", is(0));
        given().queryParam("q", "\"" + Fixtures.SEED_TITLE + "\"").when().get("/api/search")
                .then().statusCode(200).body("total", is(1));
    }

    @Test
    void theSeedIsStoredWithTitleDateBodyAndEntities() {
        long id = Fixtures.seedId();
        given().when().get("/api/articles/" + id)
                .then().statusCode(200)
                .body("title", equalTo(Fixtures.SEED_TITLE))
                .body("published", equalTo("2023-04-17T00:00:00Z"))
                .body("source", equalTo("Seed"))
                .body("body", containsString("Li Shangfu met Russian President Vladimir Putin"))
                // share-button clutter of the saved page is not part of the body
                .body("body", org.hamcrest.Matchers.not(containsString("icon-facebook")))
                .body("countries", hasItems("CN", "RU"));
    }

    @Test
    void jsonLinesImportReportsBadLinesWithTheirNumberAndKeepsTheGoodOnes() {
        String lines = """
                {"title":"Baltic air policing rotation begins","published":"2024-03-01T08:00:00Z","url":"https://example.test/jsonl/1","source":"Test wire","body":"Polish F-16 jets arrived in Lithuania on Friday."}
                this is not json
                {"title":"","body":"no title"}
                {"title":"Bad date","published":"yesterday-ish","body":"text"}
                {"title":"Baltic air policing rotation begins","published":"2024-03-01T08:00:00Z","url":"https://example.test/jsonl/1","source":"Test wire","body":"Polish F-16 jets arrived in Lithuania on Friday."}
                """;
        given().contentType("application/x-ndjson").body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(200)
                .body("created", is(1))
                .body("alreadyPresent", is(1))
                .body("rejected", is(3))
                .body("ids", hasSize(1))
                .body("rejections[0].origin", equalTo("request body line 2"))
                .body("rejections[0].reason", containsString("not valid JSON"))
                .body("rejections[1].origin", equalTo("request body line 3"))
                .body("rejections[2].reason", containsString("not a date"));
    }

    @Test
    void theSameUrlWithOtherTextIsACorrection() {
        String first = "{\"title\":\"Drill off Crete\",\"url\":\"https://example.test/same-url\",\"body\":\"Greek frigates exercised.\"}";
        String second = "{\"title\":\"Drill off Crete (updated)\",\"url\":\"https://example.test/same-url\",\"body\":\"Greek frigates exercised again.\"}";
        given().contentType("application/x-ndjson").body(first.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/articles").then().statusCode(200);
        given().contentType("application/x-ndjson").body(second.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/articles")
                .then().statusCode(200).body("created", is(0)).body("updated", is(1)).body("alreadyPresent", is(0));
    }

    @Test
    void unsupportedContentTypeIsA400WithAMessage() {
        given().contentType("application/pdf").body("%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("error", containsString("Unsupported Content-Type"))
                .body("error", containsString("application/x-ndjson"));
    }

    @Test
    void emptyOrUselessBodiesAreA400WithAMessage() {
        given().contentType("text/plain").body("   ")
                .when().post("/api/articles")
                .then().statusCode(400).body("error", containsString("empty"));
        given().contentType("text/plain").body("Only a title line\n")
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("rejected", is(1))
                .body("rejections[0].reason", containsString("no body"));
    }

    @Test
    void unknownArticleIs404() {
        given().when().get("/api/articles/987654321").then().statusCode(404).body("error", notNullValue());
    }
}
