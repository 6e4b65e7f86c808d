package io.sightline.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sightline.Fixtures;
import io.sightline.FreshDataFolder;
import io.sightline.SyntheticArticles;

/** Database = index: the comparison, the repair and the outbox, on the real database and engine. */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class IndexConsistencyTest {

    @Inject
    IndexConsistency consistency;

    @Inject
    ArticleIndex articleIndex;

    @Inject
    SearchMapping searchMapping;

    @Test
    void checkFindsMissingAndOrphanDocumentsAndRepairFixesThem() {
        List<Long> ids = importArticles("drift", 3);
        consistency.repair();
        // one article's document lost (as if the index write never happened) ...
        QuarkusTransaction.requiringNew().run(() -> {
            var session = Search.session(Article.getEntityManager());
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync());
            session.indexingPlan().purge(Article.class, ids.get(0), null);
        });
        // ... and one article gone from the database behind the index's back (a lost commit)
        Fixtures.deleteRowsBehindTheIndex(ids.get(1));

        IndexConsistency.Report report = consistency.check();
        assertFalse(report.consistent(), report.summary());
        assertEquals(1, report.missingFromIndex(), report.summary());
        assertEquals(List.of(ids.get(0)), report.missingIds());
        assertEquals(List.of(ids.get(1)), report.orphanIds());
        given().when().get("/api/admin/consistency").then().statusCode(200)
                .body("consistent", is(false)).body("missingFromIndex", is(1)).body("orphansInIndex", is(1));

        JsonPath repair = given().when().post("/api/admin/consistency").then().statusCode(200).extract().jsonPath();
        assertEquals(1, repair.getInt("indexed"));
        assertEquals(1, repair.getInt("purged"));
        assertTrue(repair.getBoolean("after.consistent"), repair.prettify());
        given().when().get("/api/admin/consistency").then().statusCode(200).body("consistent", is(true));
        given().queryParam("q", "drift").when().get("/api/search").then().statusCode(200).body("total", is(2));
    }

    @Test
    void aRefusedIndexWriteStaysQueuedAndIsReplayedWhenTheEngineAcceptsWritesAgain() throws Exception {
        consistency.repair();
        // What the engine does at the flood-stage disk watermark (a full disk): writes refused.
        setIndexBlock(true);
        JsonPath answer;
        try {
            answer = given().contentType("application/x-ndjson")
                    .body(SyntheticArticles.jsonLines("diskfull", 0, 5).getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/articles").then().statusCode(200).extract().jsonPath();
            assertEquals(5, answer.getInt("created"));
            assertEquals(5, answer.getInt("notYetSearchable"));
            assertEquals(5, articleIndex.pendingCount());
            IndexConsistency.Report report = consistency.check();
            assertEquals(5, report.missingFromIndex(), report.summary());
            assertEquals(5, report.pendingWrites(), report.summary());
            // a repair while the engine still refuses changes nothing and loses nothing
            assertFalse(consistency.repair().after().consistent());
            assertEquals(5, articleIndex.pendingCount());
        } finally {
            setIndexBlock(false);
        }
        assertEquals(new ArticleIndex.Replay(5, true), articleIndex.replayPending());
        assertEquals(0, articleIndex.pendingCount());
        given().queryParam("q", "diskfull").when().get("/api/search").then().statusCode(200).body("total", is(5));
        assertTrue(consistency.check().consistent());
    }

    @Test
    void reimportingCompletesAnImportInterruptedBeforeItsIndexWrite() {
        consistency.repair();
        List<Long> ids = importArticles("interrupted", 4);
        // as if the process died between the database commit and the index write
        QuarkusTransaction.requiringNew().run(() -> {
            var session = Search.session(Article.getEntityManager());
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync());
            ids.forEach(id -> session.indexingPlan().purge(Article.class, id, null));
        });
        given().queryParam("q", "interrupted").when().get("/api/search").then().statusCode(200).body("total", is(0));
        given().contentType("application/x-ndjson")
                .body(SyntheticArticles.jsonLines("interrupted", 0, 4).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles").then().statusCode(200)
                .body("created", is(0)).body("alreadyPresent", is(4));
        articleIndex.refresh();
        given().queryParam("q", "interrupted").when().get("/api/search").then().statusCode(200).body("total", is(4));
        assertTrue(consistency.check().consistent(), consistency.check().summary());
    }

    private static List<Long> importArticles(String tag, int count) {
        return given().contentType("application/x-ndjson")
                .body(SyntheticArticles.jsonLines(tag, 0, count).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles").then().statusCode(200).body("created", is(count))
                .extract().jsonPath().getList("ids", Long.class);
    }

    private void setIndexBlock(boolean blocked) throws Exception {
        RestClient client = searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        Request request = new Request("PUT", "/" + ArticleFields.INDEX + "-write/_settings");
        request.setJsonEntity("{\"index.blocks.read_only_allow_delete\":" + (blocked ? "true" : "null") + "}");
        client.performRequest(request);
    }
}
