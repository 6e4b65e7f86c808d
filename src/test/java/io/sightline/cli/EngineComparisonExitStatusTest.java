package io.sightline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bin/benchmark's exit status: 0 only when both indexes hold every article sent (the 1M run exited 1 unexplained). */
class EngineComparisonExitStatusTest {

    @ParameterizedTest(name = "{0} sent, Sightline {1}, raw {2}: exit {3}")
    @CsvSource({
            "1000, 1000, 1000, 0",
            "1000000, 999793, 1000000, 1",
            "1000, 1000, 999, 1",
    })
    void theStatusSaysWhetherEveryArticleArrivedOnBothSides(long sent, long app, long raw, int status) throws IOException {
        EngineComparison comparison = new EngineComparison(new EngineComparison.Options(sent, List.of(),
                Path.of("quarkus-run.jar"), List.of(), 400, List.of(1, 8), 4),
                new BenchmarkCorpus(List.of(new BenchmarkCorpus.Text("Steel", "Steel output fell.", null))), Path.of("."));
        assertEquals(status, comparison.exitStatus(new EngineComparison.ImportFigures(sent, 1, 1, app, raw)));
    }
}
