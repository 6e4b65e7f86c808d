package io.sightline.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.elasticsearch.metamodel.ElasticsearchIndexDescriptor;
import org.hibernate.search.backend.elasticsearch.schema.management.ElasticsearchIndexSchemaExport;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonObject;

import io.sightline.Fixtures;

/**
 * An installation whose index was built before the weapon family field existed (issue 9) gets the
 * field filled at start-up: {@link IndexSchema} sees that the live index lacks it, updates the
 * mapping and rebuilds the index, so "Leopard 2" then finds the stored Leopard 2A8 articles.
 * The old installation is made for real: a numbered index with the mapping of before (no family
 * field) holding every document without it, behind both aliases.
 */
@io.quarkus.test.junit.QuarkusTest
class IndexUpgradeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    IndexSchema schema;

    @Inject
    SearchMapping searchMapping;

    @Test
    void anIndexWithoutTheFamilyFieldIsRebuiltWithIt() throws Exception {
        Fixtures.importFixture("families.jsonl");
        schema.awaitStartupUpgrade();
        makeAnIndexOfBeforeTheFamilyField();

        assertEquals(Set.of(ArticleFields.WEAPONS_WITH_FAMILIES), schema.fieldsMissingFromLiveIndex());
        // meanwhile the filter still finds the articles naming the family itself (the stored field)
        given().queryParam("q", "qqfamilies").queryParam("weapon", "Leopard 2").when().get("/api/search")
                .then().statusCode(200).body("total", is(1));

        // what a start-up does: update the mapping, then rebuild because a field was missing
        Set<String> newFields = schema.createOrUpdate();
        assertEquals(Set.of(ArticleFields.WEAPONS_WITH_FAMILIES), newFields);
        assertTrue(schema.fillNewFields(newFields), "a rebuild ran");

        assertEquals(Set.of(), schema.fieldsMissingFromLiveIndex());
        given().queryParam("q", "qqfamilies").queryParam("weapon", "Leopard 2").when().get("/api/search")
                .then().statusCode(200).body("total", is(3))
                .body("hits.title", containsInAnyOrder("Families one", "Families two", "Families three"))
                .body("facets.weapons.find { it.value == 'Leopard 2' }.count", is(3));
    }

    /** Copies every document without the family field into a new index with the old mapping, and points both aliases at it. */
    private void makeAnIndexOfBeforeTheFamilyField() throws IOException {
        RestClient client = searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        ElasticsearchIndexDescriptor descriptor = searchMapping.indexManager(ArticleFields.INDEX)
                .unwrap(ElasticsearchIndexManager.class).descriptor();
        String current = JSON.readTree(body(client, new Request("GET", "/_alias/" + descriptor.readName())))
                .fieldNames().next();
        String old = current.substring(0, current.lastIndexOf('-') + 1) + "000900";

        AtomicReference<JsonObject> expected = new AtomicReference<>();
        searchMapping.scope(Article.class).schemaManager().exportExpectedSchema(
                (backend, index, export) -> expected.set(((ElasticsearchIndexSchemaExport) export).bodyParts().get(0)));
        JsonObject before = expected.get().deepCopy();
        before.remove("aliases");
        before.getAsJsonObject("mappings").getAsJsonObject("properties").remove(ArticleFields.WEAPONS_WITH_FAMILIES);
        client.performRequest(json("PUT", "/" + old, before.toString()));

        client.performRequest(new Request("POST", "/" + current + "/_refresh"));
        JsonNode hits = JSON.readTree(body(client, json("POST", "/" + current + "/_search",
                "{\"size\":10000,\"query\":{\"match_all\":{}}}"))).path("hits").path("hits");
        StringBuilder bulk = new StringBuilder();
        for (Iterator<JsonNode> it = hits.elements(); it.hasNext();) {
            JsonNode hit = it.next();
            ObjectNode source = (ObjectNode) hit.path("_source");
            source.remove(ArticleFields.WEAPONS_WITH_FAMILIES);
            bulk.append("{\"index\":{\"_id\":").append(JSON.writeValueAsString(hit.path("_id").asText())).append("}}\n")
                    .append(JSON.writeValueAsString(source)).append('\n');
        }
        Request request = new Request("POST", "/" + old + "/_bulk?refresh=true");
        request.setJsonEntity(bulk.toString());
        JsonNode answer = JSON.readTree(body(client, request));
        assertEquals(false, answer.path("errors").asBoolean(), answer.toString());

        client.performRequest(json("POST", "/_aliases", "{\"actions\":["
                + "{\"remove\":{\"index\":\"" + current + "\",\"alias\":\"" + descriptor.readName() + "\"}},"
                + "{\"remove\":{\"index\":\"" + current + "\",\"alias\":\"" + descriptor.writeName() + "\"}},"
                + "{\"add\":{\"index\":\"" + old + "\",\"alias\":\"" + descriptor.readName() + "\"}},"
                + "{\"add\":{\"index\":\"" + old + "\",\"alias\":\"" + descriptor.writeName() + "\",\"is_write_index\":true}}]}"));
        client.performRequest(new Request("DELETE", "/" + current));
    }

    private static String body(RestClient client, Request request) throws IOException {
        return EntityUtils.toString(client.performRequest(request).getEntity());
    }

    private static Request json(String method, String path, String body) {
        Request request = new Request(method, path);
        request.setJsonEntity(body);
        return request;
    }
}
