package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9, look-alikes, one table per kind of error (sentences written for this test): a name that
 * is also a ship's, a vehicle's, a place's or an ordinary word is the system only with the right
 * context. Each row: the text; the systems expected (| between them, empty for none).
 */
class WeaponLookAlikesTest {

    private static final DefaultEntityExtractor EXTRACTOR = new DefaultEntityExtractor();

    /** The text yields exactly these systems (| between them; null for none). Shared with WeaponReferenceFormsTest. */
    static void assertWeapons(String text, String expected) {
        Set<String> want = expected == null ? Set.of() : new TreeSet<>(Set.of(expected.split("\\|")));
        assertEquals(want, new TreeSet<>(EXTRACTOR.extract(text).weaponNames()), text);
    }

    /** A noun of another kind attached to the name: a ship or vehicle named like a system (PlatformKind). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // a vessel noun before the name ...
            "The patrol boat Leopard returned to harbour on Friday.; ",
            "The navy commissioned the patrol vessel Puma in March.; ",
            "The corvette Lynx fired a Mistral missile during the drill.; Mistral",
            "The frigate Warrior was laid up for repairs.; ",
            "The tug Hawk towed the damaged barge into port.; ",
            "The yacht Vixen docked in Monaco after the race.; ",
            "The coastguard cutter \"Tiger\" stopped the smugglers.; ",
            // ... or after it
            "The Leopard patrol boat escorted the ferry out of the bay.; ",
            "Divers inspected the Boxer ferry after the collision.; ",
            // a land-vehicle noun against an aircraft: the Jaguar armoured vehicle is no SEPECAT Jaguar
            // wave 5: the plural of "Jaguar armoured vehicle" is that form, the French army's Jaguar EBRC
            "The French army deployed Jaguar armoured vehicles to Estonia.; Jaguar EBRC",
            "The Jaguar car plant near the city will close next year.; ",
            "The Jaguar armoured vehicle is built by Nexter.; Jaguar EBRC",
            // the right kind keeps the system
            "Its Jaguar jets were upgraded with a new radar.; Jaguar GR3",
            "Germany ordered more Puma infantry fighting vehicles.; Puma",
            "The Puma helicopter landed at the base at dawn.; SA 330 Puma",
            "The Leopard tanks crossed the river at night.; Leopard 2",
            "The Lancaster bomber flew over the capital for the anniversary.; Avro Lancaster",
            "The Nimrod patrol aircraft was retired in 2010.; Hawker Siddeley Nimrod",
            "The minesweeper HMS Lancaster sailed for the Gulf.; HMS Lancaster (F229)",
            "The Tiger helicopters of the army were grounded after the crash.; Tiger",
            // a compound is read to its head noun; a hyphenated modifier or a munition after the name decides nothing
            "The USS Dwight D. Eisenhower aircraft carrier and her strike group left Norfolk.; USS Dwight D. Eisenhower (CVN-69)",
            "Russia moved its Kalibr-armed warships to the eastern port.; Kalibr",
            "The island's HIMARS rocket launchers were moved inland.; HIMARS",
            "Troops seized Kornet anti-tank missiles in the raid.; Kornet",
            "Iran has new Chinese-made anti-ship \"Silkworm\" missiles.; HY-2",
            "The stretched Challenger business jet will seat 48 passengers.; ",
            "The company leased four Lancer class vessels to the line.; ",
            // designations are never a ship's name
            "Four F-35 jets and two ships took part.; F-35",
    })
    void aNounOfAnotherKindMakesALookAlike(String text, String expected) {
        assertWeapons(text, expected);
    }

    /** Places and ordinary words (declared needs-context in weapons.tsv) need a weapon word or a second system. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The city of Lancaster voted on a new budget.; ",
            "Mount Nimrod lies far inside Antarctica.; ",
            "The Buccaneer Bay resort opened in June.; ",
            "The Typhoon hit the coast on Sunday, killing four.; ",
            "The Viper Room reopened on the strip.; ",
            "The Triton fountain was cleaned for the festival.; ",
            "The Reaper flew over the coast for six hours, officials said. The MQ-9 Reaper is unarmed there.; MQ-9 Reaper",
            "Blackburn Buccaneer and Sea Vixen aircraft served on the carrier.; Blackburn Buccaneer|de Havilland Sea Vixen",
            // two ambiguous names side by side are one phrase, not a list that vouches for both
            "The Grim Reaper costume won the prize.; ",
            "They needed Stingers and Javelins.; Javelin|Stinger",
    })
    void placesAndOrdinaryWordsNeedContext(String text, String expected) {
        assertWeapons(text, expected);
    }

    @Test
    void everyKindOfPlatformHasNouns() {
        var kinds = java.util.EnumSet.noneOf(PlatformKind.class);
        kinds.addAll(ExtractionData.get().platformNouns.values());
        assertEquals(java.util.EnumSet.allOf(PlatformKind.class), kinds);
        assertTrue(PlatformKind.ofType("frigate").orElseThrow() == PlatformKind.VESSEL);
        assertTrue(PlatformKind.ofType("surface-to-air missile system").isEmpty(), "air defence has no kind");
    }
}
