package io.sightline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.sightline.search.ArticleSearch;
import io.sightline.search.SearchState;

/**
 * bin/benchmark compares Sightline with "the equivalent engine request": this pins that request
 * (src/main/resources/benchmark/search-request.json) to the one the app really sends for each
 * query of the benchmark's mix, so a change of the app's search shows up here, not as a wrong ratio.
 */
@QuarkusTest
class EngineComparisonTest {

    static List<String> queries() {
        return EngineComparison.QUERIES;
    }

    @Inject
    ArticleSearch search;

    private static long withoutLatest(JsonNode request) {
        ObjectNode range = (ObjectNode) request.path("aggregations").path("dates").path("filter").path("range")
                .path("published");
        return range.remove("lte").asLong();
    }

    @ParameterizedTest
    @MethodSource("queries")
    void theBenchmarksEngineRequestIsTheOneTheAppSends(String query) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String appRequest = search.engineRequest(SearchState.fromParameters(Map.of("q", List.of(query))).state());
        JsonNode app = json.readTree(appRequest);
        JsonNode benchmark = json.readTree(EngineComparison.engineRequest(query, EngineComparison.requestTemplate()));
        // The histogram's upper bound is "a year from now": the same to the minute, not to the millisecond.
        long appLatest = withoutLatest(app);
        long benchmarkLatest = withoutLatest(benchmark);
        assertTrue(Math.abs(appLatest - benchmarkLatest) < 60_000, appLatest + " vs " + benchmarkLatest);
        assertEquals(app, benchmark);
    }
}
