package io.sightline.ingest;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Import counters for Prometheus, {@code sightline_import_articles_total{outcome=...}}: every
 * import path (upload, API, feeds, command line, samples) ends in one report, counted here.
 */
@ApplicationScoped
public class ImportMetrics {

    private final Counter created;
    private final Counter alreadyPresent;
    private final Counter rejected;

    ImportMetrics(MeterRegistry registry) {
        created = counter(registry, "created");
        alreadyPresent = counter(registry, "already-present");
        rejected = counter(registry, "rejected");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("sightline.import.articles")
                .description("Articles offered for import, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    void count(ImportReport report) {
        created.increment(report.getCreated());
        alreadyPresent.increment(report.getAlreadyPresent());
        rejected.increment(report.getRejected());
    }
}
