package io.sightline.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
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
    void reindexingKeepsEveryArticleSearchable() throws InterruptedException {
        Fixtures.importSeed();
        // an article deleted behind Hibernate Search's back leaves a stale document in the index
        long ghost = given().contentType("text/plain").body("Ghost article " + System.nanoTime() + "\n\nTurkish drones flew.")
                .when().post("/api/articles").then().statusCode(200).extract().jsonPath().getLong("ids[0]");
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Article.getEntityManager();
            for (String table : List.of("article_person", "article_country", "article_weapon", "article_weapon_type",
                    "article_weapon_origin")) {
                em.createNativeQuery("delete from " + table + " where article_id = " + ghost).executeUpdate();
            }
            em.createNativeQuery("delete from article where id = " + ghost).executeUpdate();
        });
        long stored = reindexing.articleCount();
        List<Long> progress = new ArrayList<>();
        Reindexing.Result result = reindexing.reindex(false, indexed -> {
            synchronized (progress) {
                progress.add(indexed);
            }
        });
        assertEquals(stored, result.indexed());
        assertEquals(1, result.staleRemoved());
        given().queryParam("q", "\"Turkish drones\"").when().get("/api/search").then().statusCode(200).body("total", is(0));
        assertTrue(!progress.isEmpty());
        given().queryParam("q", "\"" + Fixtures.SEED_TITLE + "\"").when().get("/api/search")
                .then().statusCode(200).body("total", is(1));
        given().when().get("/api/search").then().statusCode(200).body("total", greaterThanOrEqualTo((int) stored));
    }
}
