package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People by kind of name and context: ships named after people, bare surnames of history,
 * transliterations, invisible Unicode marks real pages carry. Each row: a text and the people
 * it names ("|"-separated after "#", empty for none).
 */
class PeopleOfEveryRegionTest {

    private static final DefaultEntityExtractor EXTRACTOR = new DefaultEntityExtractor();

    private static Set<String> people(String names) {
        return names == null || names.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(names.split("\\|")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // ships named after people are never those people
            "The destroyer USS Carney shot down three drones. The Carney's crew acted as trained.#",
            "On Monday USS Winston S. Churchill sailed into the Red Sea.#",
            "The carrier Charles de Gaulle left Toulon; the Charles de Gaulle carrier group heads east.#",
            "The Eisenhower strike group and USS Harry S. Truman sailed on Monday.#",
            "The French carrier Charles de Gaulle sailed as President Emmanuel Macron watched.#Emmanuel Macron",
            // bare surnames of defence history
            "Thatcher sent the task force in 1982; Brezhnev's government protested.#Margaret Thatcher|Leonid Brezhnev",
            "Truman fired MacArthur in 1951, and Eisenhower ended the war.#Harry S. Truman|Douglas MacArthur|Dwight D. Eisenhower",
            "Nasser nationalised the canal and Eden sent troops.#Gamal Abdel Nasser",
            // transliterations
            "Opposition leader Aleksey Navalnyy was jailed.#Alexei Navalny",
            "President Recep Tayyip Erdoğan met Volodymyr Zelenskiy in Istanbul.#Recep Tayyip Erdogan|Volodymyr Zelensky",
            // invisible marks and no-break spaces inside and beside names
            "Spokesperson Ned Price:\u200e Secretary Antony J.\u00a0Blinken spoke today.#Ned Price|Antony Blinken",
            "President Volodymyr\u00a0Zelenskyy spoke with Chancellor Friedrich\u00adMerz.#Volodymyr Zelensky|Friedrich Merz",
            "Defence Minister Denys\u200b Shmyhal and Kremlin spokesman Dmitry Peskov\u200f spoke.#Denys Shmyhal|Dmitry Peskov",
            // names with particles and kunyas, surname-first names
            "The militants were led by Abu Hamza al-Tikriti, a former officer.#Abu Hamza al-Tikriti",
            "Hezbollah leader Hassan Nasrallah praised Ayman al-Zawahiri.#Hassan Nasrallah|Ayman al-Zawahiri",
            "South Korean Vice Admiral Yoon Seok-hwan met Chinese Defence Minister Dong Jun.#Yoon Seok-hwan|Dong Jun",
            // short forms of a long name in the same text are that person (partial names)
            "Egyptian President Abdel Fattah Al Sisi met them. President Al Sisi thanked them.#Abdel Fattah el-Sisi",
            "The Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah hosted talks; Sheikh Nawaf Al-Sabah spoke.#Nawaf Al-Ahmad Al-Jaber Al-Sabah",
            "Ambassador Jonathan Eric Kaplan arrived. Jonathan Kaplan said the talks went well.#Jonathan Eric Kaplan",
            "Minister Mohammed bin Abdulrahman Al-Thani arrived. Al-Thani said the talks went well.#Mohammed bin Abdulrahman Al Thani",
            // unknown names listed beside a person; a reporter's paper after a comma is no list
            "The officials Alexander Manolev, Petar Haralampiev, Krasimir Tomov, and Delyan Slavchev Peevski were named.#Alexander Manolev|Petar Haralampiev|Krasimir Tomov|Delyan Peevski",
            "The United States is designating Marinko Cavara and Alen Seranic for obstruction.#Marinko Cavara|Alen Seranic",
            "Revoked: Abu al-Wardah, Mohad Moalim, Farah Mohamed Shirdon, and Ibrahim al-Rubaysh.#Abu al-Wardah|Mohad Moalim|Farah Mohamed Shirdon|Ibrahim al-Rubaysh",
            "Next question: Alexander Panov, Novaya Gazeta.#Alexander Panov",
            "It is Helsingin Sanomat, Elina V\u00e4nt\u00f6nen.#Elina V\u00e4nt\u00f6nen",
            // titles that go with the given name
            "Sheikh Mohamed bin Zayed Al Nahyan succeeds Sheikh Khalifa bin Zayed Al Nahyan. Sheikh Mohamed spoke of Sheikh Khalifa.#Mohamed bin Zayed|Khalifa bin Zayed Al Nahyan",
            "Queen Rania Al Abdullah visited Amman; Queen Rania spoke.#Rania Al Abdullah",
            // a title's last word is no name word when the lexicon knows the rest
            "Special Presidential Envoy for Climate John Kerry spoke.#John Kerry",
            "Special Envoy for Afghan Women, Girls, and Human Rights Rina Amiri spoke.#Rina Amiri"})
    void peopleAreFoundByKindOfName(String text, String expected) {
        assertEquals(people(expected), EXTRACTOR.extract(text).personNames());
    }
}
