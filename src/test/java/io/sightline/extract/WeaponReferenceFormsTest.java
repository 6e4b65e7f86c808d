package io.sightline.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9, wave 4: forms that encyclopaedia and briefing texts use and news rarely does, one table per kind of error
 * found by the written probe {@code eval/weapons-encyclopaedia.jsonl}. The sentences here were written for this test
 * and differ from the probe's, so each table checks the kind rather than the probe's strings. Each row: the text;
 * the systems expected (| between them, empty for none).
 */
class WeaponReferenceFormsTest {

    /** A named ship without its prefix, after a ship noun; a ship noun choosing among namesakes; a class named near. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "In May 1982 the submarine Conqueror sank an Argentine cruiser.; HMS Conqueror (S48)",
            "The destroyer Gravely fired two interceptors.; USS Gravely (DDG-107)",
            "Gravely is a town as well as a surname.; ",
            "The destroyers Gravely, Laboon and a British frigate sailed together.; USS Gravely (DDG-107)|USS Laboon (DDG-58)",
            "The new submarines will be built in Adelaide.; ",
            "General Dynamics Electric Boat, Groton, Connecticut, is awarded a contract for submarines.; ",
            "Her colleague Maya Haddad spoke first.; ",
            "VESSEL TYPE: Hopper Barge; ",
            "The battleship USS Missouri hosted the surrender ceremony in 1945.; USS Missouri (BB-63)",
            "The submarine USS Missouri returned to Groton.; USS Missouri (SSN-780)",
            "The battleship Bismarck was sunk in May 1941.; Bismarck",
            "Bismarck is the capital of North Dakota.; ",
            "The battleships Yamato and Musashi were the largest ever built.; Yamato|Musashi",
            "Two Type 052D destroyers, among them the Taiyuan, sailed south.; Type 052D|Taiyuan (131)",
            "Taiyuan is the capital of Shanxi province.; ",
            "The carriers Liaoning and Shandong exercised together.; Liaoning (16)|Shandong (17)",
            "The Turkish frigate TCG Salihreis escorted the convoy.; TCG Salihreis (F-246)",
    })
    void namedShipsInReferenceProse(String text, String expected) {
        WeaponLookAlikesTest.assertWeapons(text, expected);
    }

    /** A name with a noun of another kind is the system of that kind when one has that name; pairs share the noun. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The army flew Puma helicopters from the base.; SA 330 Puma",
            "The Puma and Lynx helicopters were withdrawn in 2022.; SA 330 Puma",
            "The Puma and Marder vehicles crossed the bridge.; Puma|Marder",
            "The patrol boat Puma left the harbour.; ",
    })
    void theNounsKindPicksTheSystem(String text, String expected) {
        WeaponLookAlikesTest.assertWeapons(text, expected);
    }

    /**
     * An ambiguous name running on into another capitalised name is part of that name, unless a weapon word ends it;
     * after a locative preposition with no weapon word after it, a place; a newspaper named like a missile.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The Lancaster House Treaties of 2010 cover nuclear research and the Storm Shadow missile.; Storm Shadow",
            "Hurricane Isla and the Exocet test were both in the news that week.; Exocet",
            "The Javelin Park depot and the HIMARS launchers were inspected.; HIMARS",
            "The United States will supply Bradley Infantry Fighting Vehicles to Ukraine.; Bradley",
            "Germany will send Marder Infantry Fighting Vehicles and Patriot batteries.; Marder|Patriot",
            "The French carrier exercised off Goa with an Indian destroyer.; ",
            "The council met in Lancaster, the county town.; ",
            "Our cities need air defense, in Patriots for the defense of the capital.; Patriot",
            "Parliament approved new investment in Patriot batteries.; Patriot",
            "The party daily Rodong Sinmun carried the statement.; ",
    })
    void partOfAnotherName(String text, String expected) {
        WeaponLookAlikesTest.assertWeapons(text, expected);
    }

    /**
     * Families and variants in the knowledge base: a family's NATO name, popular name or name + noun is the family's,
     * not one variant's; GRAU complex indexes (9K) and missile indexes (9M) are the same system; a variant lumped
     * with its siblings gets its own row.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Egypt used the SA-6 Gainful in 1973.; 2K12 Kub",
            "Pakistan flies the JF-17 Thunder.; JF-17",
            "The Jin-class boats carry the JL-2.; Type 094|JL-2",
            "Infantry used the 9K111 Fagot against armour.; 9M111 Fagot",
            "Ukraine received the Gepard SPAAG and Marder IFV.; Gepard|Marder",
            "The PzH 2000 howitzer and the Archer howitzer were compared.; PzH 2000|Archer",
            "India tested a Prithvi-I and a Prithvi-III.; Prithvi-I|Prithvi-III",
            "The RAF flew the Tornado ADV and Germany the Tornado IDS.; Tornado ADV|Tornado IDS",
            "Russia's P-800 Oniks, the SS-N-26 Strobile, arms the frigate.; P-800 Oniks",
            "India fields the T-90S tank.; T-90S Bhishma",
    })
    void familiesAndVariants(String text, String expected) {
        WeaponLookAlikesTest.assertWeapons(text, expected);
    }

    /** Whole categories added from the probe's misses: WW2 aircraft and ships, Iraqi and Turkish missiles. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Whitley and Hampden bombers flew leaflet raids in 1939.; Armstrong Whitworth Whitley|Handley Page Hampden",
            "Fairey Battle crews suffered heavy losses over France.; Fairey Battle",
            "SB2C Helldiver and TBF Avenger aircraft attacked the fleet.; SB2C Helldiver|TBF Avenger",
            "Iraq fired Al Hussein missiles at Riyadh.; Al Hussein",
            "Iraq tested the Al Samoud 2 and the Ababil-100.; Al Samoud 2|Ababil-100",
            "The US Navy's Brooklyn-class cruisers served in every theatre.; Brooklyn-class",
            "Baykar's Kemankes loitering munition was shown at IDEF.; Kemankeş",
            "Ali Al Hussein said the talks would resume.; ",
    })
    void categoriesAddedToTheKnowledgeBase(String text, String expected) {
        WeaponLookAlikesTest.assertWeapons(text, expected);
    }
}
