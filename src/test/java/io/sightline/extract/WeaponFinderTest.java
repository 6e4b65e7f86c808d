package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kinds of weapons errors, one rule each: named ships, variants, acronym plurals, look-alikes. */
class WeaponFinderTest {

    private static final DefaultEntityExtractor EXTRACTOR = new DefaultEntityExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The destroyer USS Carney shot down four drones.; USS Carney (DDG-64)",
            "HMS Diamond sailed for the Red Sea.; HMS Diamond (D34)",
            "A missile sank the cruiser Moskva in April.; Moskva",
            "Japan tracked the aircraft carrier Shandong near Okinawa.; Shandong (17)",
            "India received AH-64E Apaches and CH-47F Chinooks.; AH-64E|CH-47F",
            "Germany ordered the Leopard 2A8 and more Leopard 2 tanks.; Leopard 2|Leopard 2A8",
            "We run out of LRASMs and JASSMs quickly.; JASSM|LRASM",
            "They needed Stingers and Javelins.; Javelin|Stinger",
            "Moscow moved SA-11 Gadfly and AT-14 launchers.; 9K37 Buk|Kornet",
            "Tehran paraded the Khorramshahr and Fateh-110.; Fateh-110|Khorramshahr",
            "A 37-pound bomb is not a big bomb.; ",
            "Reports say HIMARS are used in the Kursk region.; HIMARS",
            "He applied for a B1/B2 visa.; ",
    })
    void weaponsOfTheText(String text, String expected) {
        Set<String> want = expected == null ? Set.of() : new TreeSet<>(Set.of(expected.split("\\|")));
        assertEquals(want, new TreeSet<>(EXTRACTOR.extract(text).weaponNames()));
    }

    @Test
    void aShipNameNeverMakesAPerson() {
        Extraction e = EXTRACTOR.extract("The Pentagon said the destroyer USS Carney intercepted the missiles.");
        assertEquals(Set.of("USS Carney (DDG-64)"), e.weaponNames());
        assertTrue(e.people().stream().noneMatch(p -> p.name().contains("Carney")), e.people().toString());
    }
}
