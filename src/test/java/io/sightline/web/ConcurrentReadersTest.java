package io.sightline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.sightline.Fixtures;
import io.sightline.FreshDataFolder;
import io.sightline.cli.ReaderLoad;

/**
 * The load test of issue 10 at a size the suite can afford: 8 readers for 5 s while an import
 * runs, zero errors. No timing is asserted; the full size (50 readers, 60 s) and its latency
 * figures are bin/load-test and docs/benchmarks.md.
 */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class ConcurrentReadersTest {

    @Test
    void readersGetNoErrorsWhileAnImportRuns() throws InterruptedException {
        Fixtures.importFixture("facets.jsonl");
        AtomicInteger batch = new AtomicInteger();
        Supplier<String> batches = () -> {
            int n = batch.incrementAndGet();
            if (n > 40) {
                return null;
            }
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 25; i++) {
                lines.append("{\"title\":\"Load article ").append(n).append('-').append(i)
                        .append("\",\"published\":\"2024-0").append(1 + i % 9)
                        .append("-15T10:00:00Z\",\"source\":\"Load test\",\"body\":\"Batch ").append(n)
                        .append(" item ").append(i).append(": Polish Krab howitzers and German Leopard 2 tanks were")
                        .append(" moved while Vladimir Putin spoke in Moscow.\"}\n");
            }
            return lines.toString();
        };
        ReaderLoad.Result result = ReaderLoad.run("http://localhost:" + RestAssured.port, 8, Duration.ofSeconds(5),
                batches);
        assertEquals(0, result.errors(), () -> result.summary() + " " + result.errorSamples());
        assertEquals(0, result.importErrors(), () -> result.summary() + " " + result.errorSamples());
        assertTrue(result.requests() >= 8, result::summary);
        assertTrue(result.importBatches() >= 1, result::summary);
    }
}
