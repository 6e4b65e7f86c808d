package io.sightline.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Readiness of the search engine: asks the cluster for its health through the same client
 * Hibernate Search uses (same hosts, protocol and credentials). Ready while the cluster answers
 * and is not red; red means some primary shard is unassigned, so some searches or writes would
 * fail. Yellow (a replica missing, e.g. one node of three down) is still ready: every document
 * has a live copy. The database half of readiness is Quarkus's own datasource check, which
 * opens a connection from the pool and validates it.
 */
@Readiness
@ApplicationScoped
public class EngineHealthCheck implements HealthCheck {

    static final String NAME = "Search engine";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchMapping searchMapping;
    private final EngineErrors engineErrors;

    EngineHealthCheck(SearchMapping searchMapping, EngineErrors engineErrors) {
        this.searchMapping = searchMapping;
        this.engineErrors = engineErrors;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try {
            RestClient client = searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            Request request = new Request("GET", "/_cluster/health");
            request.addParameter("timeout", "2s");
            Response answer = client.performRequest(request);
            JsonNode health;
            try (InputStream body = answer.getEntity().getContent()) {
                health = JSON.readTree(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            String status = health.path("status").asText("unknown");
            response.withData("cluster", health.path("cluster_name").asText())
                    .withData("status", status)
                    .withData("nodes", health.path("number_of_nodes").asLong());
            return response.status(!"red".equals(status) && !"unknown".equals(status)).build();
        } catch (IOException | RuntimeException e) {
            engineErrors.record(EngineErrors.Operation.HEALTH_CHECK);
            return response.down().withData("error", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())).build();
        }
    }
}
