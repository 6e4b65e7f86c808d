package io.sightline.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.sightline.Fixtures;

/** What an operator scrapes and reads at /q/: health, Prometheus metrics, the API description. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessChecksTheEngineAndTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(EngineHealthCheck.NAME, "Database connections health check"))
                .body("checks.find { it.name == '" + EngineHealthCheck.NAME + "' }.data.status",
                        not(equalTo("red")));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void searchesAndImportsAreCounted() {
        double createdBefore = metric("sightline_import_articles_total\\{.*outcome=\"already-present\".*\\}");
        Fixtures.importSeed();
        Fixtures.importSeed();
        given().queryParam("q", "Putin").when().get("/api/search").then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("sightline_search_seconds_bucket{"), "a latency histogram, not only a summary");
        assertTrue(metric("sightline_import_articles_total\\{.*outcome=\"already-present\".*\\}") >= createdBefore + 1,
                "the second import of the seed counts as already present");
        assertTrue(metrics.contains("sightline_engine_errors_total{"), metrics);
    }

    @Test
    void theJsonApiIsDescribedAndTheSwaggerUiServed() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Sightline JSON API"))
                .body("paths.keySet()", hasItems("/api/search", "/api/articles", "/api/extract"))
                .body("paths.keySet()", not(hasItems("/search")));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    private static double metric(String pattern) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^" + pattern + " (\\S+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
