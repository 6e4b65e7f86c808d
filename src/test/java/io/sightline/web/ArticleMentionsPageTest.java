package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sightline.Fixtures;
import io.sightline.article.Article;
import io.sightline.ingest.Reextraction;

/**
 * Issue 10, finding 4: an article page marks the mentions stored with the article and never runs
 * the extractor (counted by {@code sightline_extraction_texts_total}); curation rules made later
 * show at once; articles stored before mentions were kept get them on their first view, or,
 * when too long to extract while the reader waits, show unmarked until {@code reextract}.
 */
@QuarkusTest
class ArticleMentionsPageTest {

    private static final String BRANDEL = "Tomas Brandel";

    @Inject
    Reextraction reextraction;

    /** Texts extracted so far in this JVM, from the Prometheus endpoint. */
    static double extractions() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("sightline_extraction_texts_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no sightline_extraction_texts_total in /q/metrics"));
    }

    /** Imports an article (idempotent) and returns its id, found by its unique word. */
    static long article(String word, String body) {
        String line = "{\"title\":\"Mentions fixture " + word + "\",\"published\":\"2024-06-03T09:00:00Z\","
                + "\"url\":\"https://fixture.test/mentions/" + word + "\",\"source\":\"Wire M\",\"body\":\"" + body + "\"}";
        given().contentType("application/x-ndjson").body(line.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles").then().statusCode(200);
        return given().queryParam("q", word).when().get("/api/search")
                .then().statusCode(200).extract().jsonPath().getLong("hits[0].id");
    }

    static String page(long id) {
        return given().accept(ContentType.HTML).when().get("/articles/" + id).then().statusCode(200).extract().asString();
    }

    static String storedMentions(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id).mentions);
    }

    static void forgetMentions(long id, String replacement) {
        QuarkusTransaction.requiringNew().run(() -> Article.update("mentions = ?1 where id = ?2", replacement, id));
    }

    static long curation(String action, String from, String to) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("type", "people", "action", action, "from", from, "to", to, "by", "test"))
                .when().post("/api/curation").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    static void undo(long change) {
        given().when().post("/api/curation/" + change + "/undo").then().statusCode(200);
    }

    @Test
    void showingAnArticleDoesNotExtract() {
        long id = Fixtures.seedId();
        double before = extractions();
        for (int view = 0; view < 3; view++) {
            given().accept(ContentType.HTML).when().get("/articles/" + id).then().statusCode(200)
                    .body(containsString("<a class=\"mention person\" href=\"/search?person=Li+Shangfu\" title=\"Li Shangfu\">Li Shangfu</a> met"))
                    .body(not(containsString("class=\"notice\"")));
        }
        assertEquals(before, extractions(), "article views ran the extractor");
    }

    @Test
    void curationMadeAfterTheImportShowsInTheMarksWithoutExtracting() {
        long id = article("qqmentionscurated", "qqmentionscurated. Defence Minister Tomas Brandel said on Monday "
                + "that the talks would go on. Brandel left for Vienna.");
        assertEquals(2, page(id).split("href=\"/search\\?person=Tomas\\+Brandel\"").length - 1);
        double before = extractions();
        long rename = curation("rename", BRANDEL, "Tomas Brandell");
        try {
            String renamed = page(id);
            assertEquals(2, renamed.split("href=\"/search\\?person=Tomas\\+Brandell\" title=\"Tomas Brandell\"").length - 1,
                    renamed);
            assertEquals(before, extractions(), "a rename and a view ran the extractor");
            long hide = curation("hide", "Tomas Brandell", "");
            try {
                given().accept(ContentType.HTML).when().get("/articles/" + id).then().statusCode(200)
                        .body(not(containsString("class=\"mention person\"")))
                        .body(containsString("Defence Minister Tomas Brandel said"));
            } finally {
                undo(hide);
            }
        } finally {
            undo(rename);
        }
        assertEquals(2, page(id).split("href=\"/search\\?person=Tomas\\+Brandel\"").length - 1);
    }

    @Test
    void anArticleStoredWithoutMentionsGetsThemOnceOnItsFirstView() {
        long id = Fixtures.seedId();
        String stored = storedMentions(id);
        String marked = page(id);
        forgetMentions(id, null);

        double before = extractions();
        assertEquals(marked, page(id));
        assertEquals(before + 1, extractions(), "the first view extracts once");
        assertEquals(stored, storedMentions(id));
        assertEquals(marked, page(id));
        assertEquals(before + 1, extractions(), "the second view reads what the first stored");
    }

    @Test
    void aLongArticleStoredWithoutMentionsShowsUnmarkedUntilReextracted() {
        String sentence = "Defence Minister Tomas Brandel met envoys from Russia and Ukraine in Vienna. ";
        String body = "qqmentionslong. " + sentence.repeat(ArticlePage.EXTRACT_ON_VIEW_MAX_CHARS / sentence.length() + 10);
        long id = article("qqmentionslong", body);
        forgetMentions(id, null);

        double before = extractions();
        given().accept(ContentType.HTML).when().get("/articles/" + id).then().statusCode(200)
                .body(containsString("class=\"notice\""))
                .body(containsString("sightline reextract"))
                .body(not(containsString("class=\"mention")))
                // the entities are listed beside the text all the same
                .body(containsString("href=\"/people/Tomas%20Brandel\""));
        assertEquals(before, extractions(), "a long article was extracted while the reader waited");
        assertNull(storedMentions(id));

        reextraction.reextractArticles(List.of(id));
        assertNotNull(storedMentions(id));
        given().accept(ContentType.HTML).when().get("/articles/" + id).then().statusCode(200)
                .body(not(containsString("class=\"notice\"")))
                .body(containsString("<a class=\"mention person\" href=\"/search?person=Tomas+Brandel\""));
    }

    @Test
    void unreadableStoredMentionsShowTheTextUnmarked() {
        long id = article("qqmentionsbroken", "qqmentionsbroken. Defence Minister Tomas Brandel spoke in Vienna.");
        forgetMentions(id, "{not json");
        try {
            given().accept(ContentType.HTML).when().get("/articles/" + id).then().statusCode(200)
                    .body(containsString("Defence Minister Tomas Brandel spoke"))
                    .body(not(containsString("class=\"mention")));
        } finally {
            reextraction.reextractArticles(List.of(id));
        }
    }
}
