package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The people a text names, by canonical name (";" between names): one row per rule of {@link PersonFinder}. */
class PersonFinderTest {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Defence Minister Boris Pistorius visited the troops.                       | Boris Pistorius
            Antony J. Blinken met reporters. Blinken said little.                      | Antony Blinken
            Putin spoke. Vladimir Putin then left.                                     | Vladimir Putin
            Gen. Smith inspected the base.                                             | Smith
            Smith inspected the base.                                                  |
            Xi Jinping arrived in Moscow.                                              | Xi Jinping
            Ursula von der Leyen spoke; von der Leyen then left.                       | Ursula von der Leyen
            The French newspaper Le Monde reported it.                                 |
            Annabella Holmes, 47, was injured.                                         | Annabella Holmes
            Reporters met at Ben Gurion Airport.                                       |
            """)
    void people(String text, String names) {
        assertEquals(set(names), DefaultEntityExtractorTest.x(text).values(EntityType.PERSON));
    }

    private static Set<String> set(String names) {
        return names == null ? Set.of() : new TreeSet<>(Arrays.asList(names.trim().split("\\s*;\\s*")));
    }
}
