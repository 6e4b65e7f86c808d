package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, finding 4 without a stopwatch: the extractor's work ({@link ExtractionContext#steps},
 * tokens visited and names compared) on 100 kB, 300 kB and 1 MB of inputs built to defeat
 * per-token scans and pairwise comparisons grows linearly (about 3 and 10 times), where the
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
        return Stream.of(
                repeated("Mr. Dr. Gen. Col. "),
                repeated("Patriot "),
                repeated("John Smith Mary Jones "),
                repeated("IS UN AU "),
                repeated("Russia's Defence Ministry "),
                repeated("S-400 F-16V Su-35S "),
                repeated("Lt. Gen. Defence Minister Vice President "),
                repeated("Alpha Bravo Charlie Delta Echo Foxtrot "),
                repeated("Jae-myung-"),
                repeated("U.S.A.U.K."),
                repeated("aaaa\n"),
                Arguments.of("a different titled name in every sentence", (IntFunction<String>) ExtractionWorkTest::distinctNames));
    }

    static Arguments repeated(String unit) {
        IntFunction<String> text = size -> unit.repeat(size / unit.length() + 1).substring(0, size);
        return Arguments.of("\"" + unit.replace("\n", "\\n") + "\" repeated", text);
    }

    /** "Mr. Qba Qfe said." with other made-up names each time: every sentence adds a person to compare. */
    static String distinctNames(int size) {
        StringBuilder text = new StringBuilder(size + 40);
        for (int i = 0; text.length() < size; i++) {
            text.append("Mr. ").append(madeUpWord(i)).append(' ').append(madeUpWord(i * 7 + 3)).append(" said. ");
        }
        return text.substring(0, size);
    }

    private static String madeUpWord(int i) {
        String vowels = "aeiou";
        String consonants = "bdfgklmnprstvz";
        StringBuilder word = new StringBuilder("Q");
        int rest = i;
        do {
            word.append(consonants.charAt(rest % 14)).append(vowels.charAt(rest / 14 % 5));
            rest /= 70;
        } while (rest > 0);
        return word.toString();
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
