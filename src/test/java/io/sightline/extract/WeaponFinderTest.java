package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The weapons systems a text names, by canonical name: one row per rule of {@link WeaponFinder}. */
class WeaponFinderTest {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Russia deployed the S-400 near the border.                        | S-400
            The SA-21 Growler battery was moved.                              | S-400
            Two Su-35S jets and an Su 35 flew over.                           | Su-35
            A Su-75 prototype was shown.                                      | Su-75
            Patriot batteries were sent to Poland.                            | Patriot
            He was a patriot all his life.                                    |
            The Patriot Act was renewed.                                      |
            Leaders met at the G-7 summit about COVID-19.                     |
            """)
    void weapons(String text, String names) {
        assertEquals(CountryFinderTest.set(names), DefaultEntityExtractorTest.x(text).values(EntityType.WEAPON));
    }
}
