package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The organisations a text names, by canonical name (";" between names): one row per rule of {@link OrganisationFinder}. */
class OrganisationFinderTest {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            NATO and AUKUS partners met the CSTO envoy.                            | AUKUS; Collective Security Treaty Organization; NATO
            ISIL, Daesh and ISIS are one group.                                    | Islamic State
            IS fighters attacked the town.                                         | Islamic State
            The plan IS ready.                                                     |
            THE PLAN IS READY, SAYS WHO                                            |
            The UN and the un-named agency met.                                    | United Nations
            Hizballah and Hezbollah are spellings of one name.                     | Hezbollah
            The Pentagon said the Department of Defense agreed.                    | U.S. Department of Defense
            Russia's Defence Ministry said Nigerien Armed Forces withdrew.         | Nigerien Armed Forces; Russian Ministry of Defence
            The Army said nothing.                                                 |
            Wagner wrote operas.                                                   |
            Wagner mercenaries left Mali.                                          | Wagner Group
            Lockheed Martin and Rheinmetall won; Baykar and Norinco lost.          | Baykar; Lockheed Martin; Norinco; Rheinmetall
            Pakistan test-fired the Fatah-II rocket.                               |
            Houthis, also called Ansar Allah, fired again.                         | Houthis
            The IAEA and the OSCE sent observers.                                  | International Atomic Energy Agency; Organization for Security and Co-operation in Europe
            """)
    void organisations(String text, String names) {
        assertEquals(set(names), DefaultEntityExtractorTest.x(text).values(EntityType.ORGANISATION));
    }

    static Set<String> set(String names) {
        return names == null ? Set.of() : new TreeSet<>(Arrays.asList(names.trim().split("\\s*;\\s*")));
    }
}
