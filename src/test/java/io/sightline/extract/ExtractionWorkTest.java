package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.sightline.extract.eval.BenchmarkExtraction;

/**
 * Issue 10, finding 4 without a stopwatch: the extractor's work ({@link ExtractionContext#steps},
 * tokens visited and names compared) on 100 kB, 300 kB and 1 MB of the inputs built to defeat
 * per-token scans and pairwise comparisons that {@code bin/benchmark-extraction --pathological}
 * times ({@link BenchmarkExtraction#PATHOLOGICAL_TEXTS}) grows linearly (about 3 and 10 times), where the
 * quadratic scans the issue found grew 9 and 100 times (1 MB of "Mr. Dr. Gen. Col. " took 17.7 s).
 */
class ExtractionWorkTest {

    static final DefaultEntityExtractor EXTRACTOR = new DefaultEntityExtractor();

    /**
     * Linear growth is 3 and 10 times; half as much again is allowed, because a text cut at another
     * place of its unit takes other paths (1 MB of "Mr. Dr. Gen. Col. " takes 10.0 times the
     * steps of 100 kB, 300 kB 4.2 times). A quadratic growth gives 9 and 100.
     */
    static final double LINEAR_300K = 3 * 1.5;
    static final double LINEAR_1M = 10 * 1.5;

    static Stream<Arguments> pathologicalTexts() {
        return BenchmarkExtraction.PATHOLOGICAL_TEXTS.stream().map(text -> Arguments.of(text.name(), text.ofSize()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalTexts")
    void workGrowsLinearlyWithTheText(String input, IntFunction<String> text) {
        long small = EXTRACTOR.run(text.apply(100_000)).steps();
        long medium = EXTRACTOR.run(text.apply(300_000)).steps();
        long large = EXTRACTOR.run(text.apply(1_000_000)).steps();
        String figures = input + ": " + small + " / " + medium + " / " + large + " steps at 100 kB / 300 kB / 1 MB";
        assertTrue(small > 0, figures);
        assertTrue(medium <= LINEAR_300K * small, figures);
        assertTrue(large <= LINEAR_1M * small, figures);
    }
}
