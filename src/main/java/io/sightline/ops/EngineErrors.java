package io.sightline.ops;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.util.common.SearchException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Counts failed requests to the search engine, as the Prometheus counter
 * {@code sightline_engine_errors_total{operation=...}}: requests of readers and writers that
 * failed because of the engine, and failed readiness probes.
 */
@ApplicationScoped
@Startup // registered at start, so the counter is scraped as 0 before the first failure
public class EngineErrors {

    /** What Sightline was doing when the engine failed. */
    public enum Operation {
        /** A web or API request (search, import, export ...) failed in the engine. */
        REQUEST,
        /** The readiness probe could not get the cluster's health. */
        HEALTH_CHECK;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Map<Operation, Counter> counters = new EnumMap<>(Operation.class);

    EngineErrors(MeterRegistry registry) {
        for (Operation operation : Operation.values()) {
            counters.put(operation, Counter.builder("sightline.engine.errors")
                    .description("Failed requests to the search engine")
                    .tag("operation", operation.tag())
                    .register(registry));
        }
    }

    public void record(Operation operation) {
        counters.get(operation).increment();
    }

    /** Counts the failure if Hibernate Search (i.e. the engine) is among its causes; true if so. */
    public boolean recordIfEngineFailure(Throwable failure, Operation operation) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SearchException) {
                record(operation);
                return true;
            }
        }
        return false;
    }
}
