package io.sightline.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9, wave 5: kinds of error a second written probe of reference prose found
 * ({@code eval/weapons-encyclopaedia-2.jsonl}), one table per kind. The sentences were written for this test and differ
 * from the probe's and from the held-back sets'. Each row: the text; the systems expected (| between them, empty for
 * none).
 */
class WeaponReferenceProseTest {

    /** A name of two or more words in the plural on its last word (TokenTrie, weapons only). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Two A-4 Skyhawks were lost to ground fire over the islands.; A-4 Skyhawk",
            "The navy retired its last Super Etendards in 2016.; Super Étendard",
            "Soviet Valentine tanks came through Iran.; Valentine tank",
            "Churchill tanks of the Canadian brigade landed at Dieppe in 1942.; Churchill tank",
            "The Fleet Air Arm flew Sea Harriers until 2006.; Sea Harrier",
            "Four Hawker Typhoons strafed the convoy near Caen in 1944.; Hawker Typhoon",
            "The New England Patriots won again.; ",
    })
    void pluralOfTheLastWord(String text, String expected) {
        WeaponLookAlikesTest.assertWeapons(text, expected);
    }

    /** A bare designation read in its period (weapon-periods.tsv); explicit names always win. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "In 1951 B-26 bombers attacked trains south of the Yalu.; A-26 Invader",
            "Night after night in 1952 the B-26 bombers of the 3rd Bomb Wing flew from Kunsan.; A-26 Invader",
            "In June 1944 B-26 bombers of the Ninth Air Force hit the bridges over the Seine.; B-26 Marauder",
            "The B-26 bomber had a short wing.; B-26 Marauder",
            "Over Korea the Martin B-26 Marauder never flew: it had been retired.; B-26 Marauder",
            "The Douglas B-26 Invader had flown in the Second World War as the A-26.; A-26 Invader",
            "Rocket-firing Typhoon fighter-bombers destroyed German armour at Falaise in 1944.; Hawker Typhoon",
            "RAF Typhoon fighters intercepted two Russian bombers in 2023.; Eurofighter Typhoon",
    })
    void designationsReadInTheirPeriod(String text, String expected) {
        WeaponLookAlikesTest.assertWeapons(text, expected);
    }

    /** Two names sharing one type noun: the first is the system named with that noun, never a person. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The Churchill and Cromwell tanks were shipped to Normandy.; Churchill tank|Cromwell tank",
            "Winston Churchill and Cromwell tanks were both on the cover.; Cromwell tank",
            "The regiment drove Scorpion and Scimitar light tanks across the moor.; FV101 Scorpion|FV107 Scimitar",
            "Oliver Cromwell and his army won at Naseby.; ",
            "Whirlwind and Wessex helicopters flew the casualties out.; Westland Whirlwind|Westland Wessex",
            "In 1944 the Hetzer and the Marder III were cheap tank destroyers.; Hetzer|Marder III",
    })
    void namesSharingOneNoun(String text, String expected) {
        WeaponLookAlikesTest.assertWeapons(text, expected);
    }

    /** National variant names of exported systems and block forms resolve to the system (aliases in weapons.tsv). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Norway's army took delivery of its first Leopard 2A7NO tanks.; Leopard 2A7",
            "Lithuania ordered 44 Leopard 2A8LT tanks.; Leopard 2A8",
            "The K9 Vidar battalions trained in Finnmark.; K9 Thunder",
            "Cairo's K9A1EGY howitzers are assembled locally.; K9A1",
            "Abu Dhabi flies the F-16E Block 60 with its own radar.; F-16E",
            "Turkey's TAI Anka drones flew over Idlib.; Anka",
    })
    void nationalVariantsAndBlocks(String text, String expected) {
        WeaponLookAlikesTest.assertWeapons(text, expected);
    }
}
