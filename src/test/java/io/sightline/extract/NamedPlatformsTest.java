package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9, wave 5: named ships and submarines, one table per kind of error that the written sets
 * {@code eval/ships-dev.jsonl} and the encyclopaedia probe showed. The sentences were written for this test and
 * differ from every evaluation text. Rows: the text; the weapons expected (| between them, empty for none); and,
 * where the table checks people too, the people expected.
 */
class NamedPlatformsTest {

    private static final DefaultEntityExtractor EXTRACTOR = new DefaultEntityExtractor();

    private static void assertPeople(String text, String expected) {
        Set<String> want = expected == null ? Set.of() : new TreeSet<>(Set.of(expected.split("\\|")));
        assertEquals(want, new TreeSet<>(EXTRACTOR.extract(text).personNames()), text);
    }

    /** A navy's prefix makes a warship of any capitalised name after it, named "PREFIX Name", origin from the prefix. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The Malaysian frigate KD Lekiu (30) led the patrol.; KD Lekiu; MY",
            "HTMS Chakri Naruebet returned to Sattahip after a refit.; HTMS Chakri Naruebet; TH",
            "The corvette BNS Prottoy fired a C-802A during the drill.; BNS Prottoy|YJ-82; BD",
            "ROKS Gang Gam-chan and ROKS Dae Jo-yeong sailed for the Gulf of Aden.; ROKS Gang Gam-chan|ROKS Dae Jo-yeong; KR",
            "The Greek frigate HS Hydra (F452) joined the mission.; HS Hydra; GR",
            "INS Kavaratti, a Kamorta-class corvette, visited Jakarta.; INS Kavaratti|Kamorta-class; IN",
            "Israel's corvette INS Lahav intercepted the drone.; INS Lahav; IL",
    })
    void unknownShipAfterANavysPrefix(String text, String weapons, String origin) {
        WeaponLookAlikesTest.assertWeapons(text, weapons);
        String first = weapons.split("\\|")[0];
        WeaponEntity ship = EXTRACTOR.extract(text).weapons().stream().filter(w -> w.name().equals(first))
                .findFirst().orElseThrow();
        assertEquals(java.util.List.of(origin), ship.origins(), text);
    }

    /** Prefixes that are also acronyms, merchant prefixes and shore bases make no warship. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The JS Foundation released a new version of its tools.; ",
            "RSS Feeds are still how many people read the news.; ",
            "Two SAS Regiment veterans gave evidence.; ",
            "The British frigate HMS Lancaster and the Singaporean frigate RSS Tenacious exercised together.; HMS Lancaster (F229)|RSS Tenacious",
            "Houthi missiles struck the bulk carrier MV Rubymar in the Red Sea.; ",
            "The submarines will be based at HMAS Stirling near Perth.; ",
            "HMS Collingwood trains the navy's warfare officers.; ",
    })
    void prefixesThatNeedMore(String text, String weapons) {
        WeaponLookAlikesTest.assertWeapons(text, weapons);
    }

    /** A ship named after a person is the ship, never the person, with or without its prefix later on. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The amphibious ship ENS Gamal Abdel Nasser docked in Alexandria, and later the Gamal Abdel Nasser sailed for Toulon.; ENS Gamal Abdel Nasser (L1010); ",
            "KRI Raden Eddy Martadinata (331) and KRI I Gusti Ngurah Rai (332) escorted the convoy.; KRI Raden Eddy Martadinata (331)|KRI I Gusti Ngurah Rai (332); ",
            "The Korean destroyer ROKS Yang Man-chun visited Manila, and later the Yang Man-chun sailed on.; ROKS Yang Man-chun; ",
            "BRP Andres Bonifacio was greeted by President Ferdinand Marcos Jr.; BRP Andres Bonifacio; Ferdinand Marcos Jr.",
            "The Italian carrier Giuseppe Garibaldi was retired in 2024.; ITS Giuseppe Garibaldi (C 551); ",
    })
    void shipsNamedAfterPeople(String text, String weapons, String people) {
        WeaponLookAlikesTest.assertWeapons(text, weapons);
        assertPeople(text, people);
    }

    /** Among ships of one prefixed name, a hull number wins, then a ship noun, then the years the text speaks of. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "In June 1942 USS Enterprise and USS Hornet launched their strike.; USS Enterprise (CV-6)|USS Hornet (CV-8)",
            "USS Enterprise will be the third Ford-class carrier when it joins the fleet in 2030.; USS Enterprise (CVN-80)|Ford-class",
            "Veterans of the Second World War remember USS Yorktown.; USS Yorktown (CV-5)",
            "USS Yorktown (CV-10) is now a museum ship.; USS Yorktown (CV-10)",
            "In 1944 the old battleships USS West Virginia and USS California bombarded the beaches.; USS West Virginia (BB-48)|USS California (BB-44)",
            "The Ohio-class submarine USS West Virginia surfaced off Gibraltar in 2023.; USS West Virginia (SSBN-736)|Ohio-class",
    })
    void namesakesByPeriod(String text, String weapons) {
        WeaponLookAlikesTest.assertWeapons(text, weapons);
    }

    /** Bare names of historic ships that are also places or words count in a sentence about ships only. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Torpedo bombers hit the Nagato and the Haruna, but both ships stayed afloat.; Nagato|Haruna",
            "Mutsu was sunk by an explosion in her magazine.; Mutsu",
            "Mutsu is a city at the northern tip of Honshu.; ",
            "The Roma was sunk by guided bombs in 1943.; Roma",
            "The Roma derby ended in a draw.; ",
            "Ukraine struck Russian troops in the Kursk region.; ",
    })
    void historicShipsInShipSentences(String text, String weapons) {
        WeaponLookAlikesTest.assertWeapons(text, weapons);
    }

    /** Only the last class of an elliptic list carries "class": the others are classes too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The Sovremenny- and Udaloy-class destroyers escorted the carrier.; Sovremenny-class|Udaloy-class",
            "Boats of the Typhoon and Akula classes were laid up.; Typhoon-class|Akula-class",
            "The Ohio, Virginia and Columbia classes make up the submarine force.; Ohio-class|Virginia-class|Columbia-class",
            "Ohio and Virginia voted for the bill.; ",
    })
    void ellipticClassLists(String text, String weapons) {
        WeaponLookAlikesTest.assertWeapons(text, weapons);
    }
}
