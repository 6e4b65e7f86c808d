package io.sightline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.sightline.Fixtures;
import io.sightline.FreshDataFolder;

/**
 * Runs the jqwik properties that need the real app ({@link SearchUrlProperties},
 * {@link ImportFormatProperties}) while this Quarkus test holds it running: the jqwik engine
 * cannot start Quarkus itself, so it is launched from here, on the same JUnit Platform, and every
 * failing property (with its shrunk sample and seed) fails this test.
 */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class HttpFuzzTest {

    @Test
    void everyFuzzedRequestAnswers2xxOr4xx() {
        Fixtures.importFixture("facets.jsonl"); // facets, histogram and exports have values to work on
        System.setProperty(FuzzClient.BASE_PROPERTY, "http://localhost:" + RestAssured.port);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(SearchUrlProperties.class), selectClass(ImportFormatProperties.class))
                .filters(EngineFilter.includeEngines("jqwik"))
                .configurationParameter("jqwik.database", "target/jqwik-database")
                .configurationParameter("jqwik.reporting.onlyfailures", "true")
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        StringWriter report = new StringWriter();
        summary.printFailuresTo(new PrintWriter(report), 30);
        assertEquals(0, summary.getTotalFailureCount(), report::toString);
        assertEquals(4, summary.getTestsSucceededCount(), "the four properties ran and held");
    }
}
