package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The countries a text names, as ISO codes: one row per rule of {@link CountryFinder}. */
class CountryFinderTest {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Russia and Ukraine met in Geneva.                               | RU UA
            The U.S. and the UK signed; Chinese envoys watched.             | CN GB US
            Ships sailed through the South China Sea.                       |
            Troops massed in Kyiv.                                          |
            Jordan Bardella spoke to Michael Jordan in Paris.               |
            Talks in Jordan resumed on Monday.                              | JO
            The roast turkey was carved at the Thanksgiving dinner.         |
            Ankara said Turkey would buy more jets.                         | TR
            Atlanta, Georgia voted and Governor Kemp spoke.                 |
            Tbilisi said Georgia wants to join the EU.                      | GE
            LET US KNOW WHAT YOU THINK                                      |
            US TROOPS ENTER THE TOWN                                        | US
            """)
    void countries(String text, String codes) {
        assertEquals(set(codes), DefaultEntityExtractorTest.x(text).values(EntityType.COUNTRY));
    }

    static Set<String> set(String spaceSeparated) {
        return spaceSeparated == null ? Set.of() : new TreeSet<>(Arrays.asList(spaceSeparated.trim().split("\\s+")));
    }
}
