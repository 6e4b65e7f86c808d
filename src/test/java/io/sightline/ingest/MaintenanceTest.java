package io.sightline.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.Fixtures;
import io.sightline.FreshDataFolder;
import io.sightline.SyntheticArticles;
import io.sightline.article.Article;
import io.sightline.article.Reindexing;

/** reindex and reextract, as the command line runs them, on the real store and engine. */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class MaintenanceTest {

    @Inject
    Reindexing reindexing;

    @Inject
    Reextraction reextraction;

    @Inject
    org.hibernate.search.mapper.orm.mapping.SearchMapping searchMapping;

    @Test
    void reextractionRestoresEntitiesAndTheIndexFollows() {
        long id = Fixtures.seedId();
        // as if an older extractor had found nothing
        QuarkusTransaction.requiringNew().run(() -> {
            Article article = Article.findById(id);
            article.countries.clear();
        });
        searchMapping.scope(Article.class).workspace().refresh();
        given().queryParam("q", "\"" + Fixtures.SEED_TITLE + "\"").queryParam("country", "CN").when().get("/api/search")
                .then().statusCode(200).body("total", is(0));
        List<long[]> progress = new ArrayList<>();
        long changed = reextraction.reextractAll((done, total, changedSoFar) -> progress.add(new long[] {done, total}));
        assertTrue(changed >= 1, "changed " + changed);
        long[] last = progress.get(progress.size() - 1);
        assertEquals(last[1], last[0]);
        Set<String> countries = QuarkusTransaction.requiringNew().call(
                () -> Set.copyOf(Article.<Article>findById(id).countries));
        assertTrue(countries.containsAll(Set.of("CN", "RU")), countries.toString());
        given().queryParam("q", "\"" + Fixtures.SEED_TITLE + "\"").queryParam("country", "CN").when().get("/api/search")
                .then().statusCode(200).body("total", is(1));
        // nothing left to change
        assertEquals(0, reextraction.reextractAll((done, total, changedSoFar) -> {
        }));
    }

    @Test
    void reindexingBuildsANewIndexAndSwitchesToItWhileSearchesKeepAnswering() throws Exception {
        Fixtures.importSeed();
        given().contentType("application/x-ndjson")
                .body(SyntheticArticles.jsonLines("rebuild", 0, 300).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/articles").then().statusCode(200);
        // an article deleted behind Hibernate Search's back leaves a stale document in the index
        long ghost = given().contentType("text/plain").body("Ghost article " + System.nanoTime() + "\n\nTurkish drones flew.")
                .when().post("/api/articles").then().statusCode(200).extract().jsonPath().getLong("ids[0]");
        Fixtures.deleteRowsBehindTheIndex(ghost);
        long stored = reindexing.articleCount();
        List<Long> progress = new ArrayList<>();
        java.util.concurrent.CompletableFuture<Reindexing.Result> rebuild = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> reindexing.reindex(indexed -> {
                    synchronized (progress) {
                        progress.add(indexed);
                    }
                }));
        // Searches during the rebuild: every one answers, and with every article.
        int searches = 0;
        while (!rebuild.isDone() || searches == 0) {
            given().queryParam("q", "rebuild").when().get("/api/search").then().statusCode(200).body("total", is(300));
            searches++;
        }
        Reindexing.Result result = rebuild.get();
        assertEquals(stored, result.indexed());
        assertTrue(!result.newIndex().equals(result.previousIndex()), result.toString());
        assertTrue(!progress.isEmpty());
        given().queryParam("q", "\"Turkish drones\"").when().get("/api/search").then().statusCode(200).body("total", is(0));
        given().queryParam("q", "\"" + Fixtures.SEED_TITLE + "\"").when().get("/api/search")
                .then().statusCode(200).body("total", is(1));
        given().when().get("/api/search").then().statusCode(200).body("total", is((int) stored));
        // writes after the switch go to the new index
        given().contentType("application/x-ndjson").body(SyntheticArticles.line("rebuild", 300).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/articles").then().statusCode(200).body("created", is(1));
        given().queryParam("q", "rebuild").when().get("/api/search").then().statusCode(200).body("total", is(301));
    }
}
