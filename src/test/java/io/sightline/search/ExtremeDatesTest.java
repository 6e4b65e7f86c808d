package io.sightline.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.article.Article;
import io.sightline.article.PublicationDates;

/**
 * Issue 10, finding 1: one article with a far-future date made every search without words run
 * for minutes (year 9999: the histogram's auto interval over eight thousand empty years) or fail
 * at once (year +10000000). Imports now refuse such dates, and articles stored before that (wave 1
 * accepted any date) no longer affect any search.
 */
@QuarkusTest
class ExtremeDatesTest {

    private static final String MARKER = "qqextremedate";

    @AfterEach
    void removeStoredArticles() {
        QuarkusTransaction.requiringNew().run(() -> Article.<Article>list("title like ?1", "%" + MARKER + "%")
                .forEach(Article::delete));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-06-01T00:00:00Z", "+10000000-06-01T00:00:00Z", "1850-01-01", "0001-01-01T00:00:00Z"})
    void importsRefuseDatesOutsideTheRangeNamingTheItem(String published) {
        String line = "{\"title\":\"Bad date " + MARKER + "\",\"published\":\"" + published
                + "\",\"body\":\"An article whose date is a typo or an attack.\"}\n";
        given().contentType("application/x-ndjson").body(line.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("rejected", is(1))
                .body("rejections[0].origin", containsString("line 1"))
                .body("rejections[0].reason", containsString("outside the accepted range 1900-01-01"));
        given().queryParam("q", MARKER).when().get("/api/search").then().statusCode(200).body("total", is(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-06-01T00:00:00Z", "+10000000-06-01T00:00:00Z"})
    void aStoredFarFutureArticleLeavesSearchesWithoutWordsAnswering(String published) {
        // As wave 1 stored it: straight into the database (and so the index), without import checks.
        QuarkusTransaction.requiringNew().run(() -> {
            Article article = new Article();
            article.title = "Stored far-future article " + MARKER;
            article.body = "Stored before dates were checked.";
            article.source = "Wave 1";
            article.published = Instant.parse(published);
            article.contentHash = MARKER + published;
            article.importedAt = Instant.now();
            article.persist();
        });

        given().queryParam("q", MARKER).when().get("/api/search").then().statusCode(200).body("total", is(1));
        List<String> bars = given().when().get("/api/search")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .extract().jsonPath().getList("histogram.from", String.class);
        LocalDate latest = LocalDate.ofInstant(PublicationDates.latest(), java.time.ZoneOffset.UTC);
        for (String from : bars) {
            assertTrue(!LocalDate.parse(from).isAfter(latest), "a bar beyond the accepted range: " + from);
        }
        given().queryParam("sort", "newest").when().get("/search").then().statusCode(200);
    }
}
