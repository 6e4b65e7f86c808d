package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wave 5's kinds of name (people-dev-3.jsonl and the issue's held-out error kinds): each row a
 * made-up text in the style of releases and reference prose, and the people it names
 * ("|"-separated after "#", empty for none). "\u00b6" stands for a paragraph break.
 */
class PeopleOfWaveFiveTest {

    private static final DefaultEntityExtractor EXTRACTOR = new DefaultEntityExtractor();

    private static Set<String> people(String names) {
        return names == null || names.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(names.split("\\|")));
    }

    private static Set<String> found(String text) {
        return EXTRACTOR.extract(text.replace("\u00b6", "\n\n")).personNames();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a weekday closing the run is no part of the name, and does not hide it (lead, wave 5)
            "The talks went on, said Emmanuel Macron Monday.#Emmanuel Macron",
            "Officials met on Friday. Greta Lindqvist Tuesday said no.#Greta Lindqvist",
            "Markets fell on Black Monday.#",
            // names listed each with its own article are things: ships, schools, corridors (lead, wave 5)
            "Egypt bought two amphibious ships, the Hosni Farouk Nasser and the Omar Tawfiq.#",
            "The carriers include the Dwight Harlan Ellis, the Marcus Whitfield and the Carl Pruitt.#",
            "Gunmen attacked the Mumtaz Learning Center and the Abdul Rahim Karimi school.#",
            "Officials of the Bakr government and the Qadri movement met Omar Haddad on Monday.#Omar Haddad",
            "President Omar Haddad met Prime Minister Lina Karam; the Haddad and Karam talks went on.#Lina Karam|Omar Haddad",
            // a generational suffix stays in the name, with or without a comma, for every mention
            "Colonel Edwin Harrow, Jr. received the medal. Colonel Harrow served twice.#Edwin Harrow Jr.",
            "Edwin Harrow Jr. spoke first; later Harrow thanked the crew.#Edwin Harrow Jr.",
            "Judge Marcus Ellery Sr. and his son Marcus Ellery Jr. testified.#Marcus Ellery Sr.|Marcus Ellery Jr.",
            "We met Surangel Whipps, Jr. in Koror.#Surangel Whipps Jr.",
            "The medal went to Colonel Tobin Greer, Jr.\u00b6Colonel Greer, Jr. thanked his unit.#Tobin Greer Jr.",
            // the lexicon's person only when it knows that suffix: the father is not the son
            "President Ferdinand Romualdez Marcos Jr. met them in Manila.#Ferdinand Marcos Jr.",
            "Secretary Lloyd J. Austin III and President Joseph R. Biden, Jr. spoke.#Lloyd Austin|Joe Biden",
            "The Martin Luther King Jr. Memorial was busy; Dr. Martin Luther King Jr. spoke in 1963.#Martin Luther King Jr.",
            "Today I nominate General Charles Q. Brown, Jr. General, welcome.#Charles Q. Brown Jr.",
            // ayn and hamza apostrophes opening or closing a word stay in the name
            "Treasury named Rafi' 'Umar Hassan and Yusuf 'Abd al-Karim on Monday.#Rafi' 'Umar Hassan|Yusuf 'Abd al-Karim",
            "The Powers' aircraft and the Generals' plan were discussed.#",
            // office words in a nasab chain or after Dr. are given names
            "He met Sheikh Hamad bin Khalid bin Sultan Al Marri and Dr. Sultan Al Kaabi in Doha.#Hamad bin Khalid bin Sultan Al Marri|Sultan Al Kaabi",
            // Tuareg and Mauritanian particles, and a list of unknown names
            "The militants Moussa ag Ilmaha, Brahim ould Sidati, and Yacouba Kone Traore were listed.#Moussa ag Ilmaha|Brahim ould Sidati|Yacouba Kone Traore",
            // given names before an ordinary word make it a surname; a role word is still no name
            "Treasury named Omar Yusuf Rage on Monday.#Omar Yusuf Rage",
            "He holds the Thomas Jefferson Professor chair.#Thomas Jefferson",
            // a role noun right before an unknown name introduces it
            "Rewards target Honduran drug trafficker Ilsa Barahona and her sons.#Ilsa Barahona",
            "Two fugitive Ugandan nationals, Obiro Kasule Mwanje and Tebogo Nsereko Lwanga, were charged.#Obiro Kasule Mwanje|Tebogo Nsereko Lwanga",
            "They met the Port Authority Administrator Teodulo Anchieta; talks followed.#Teodulo Anchieta",
            "Hosted by our partners: Nerelo Varuka, we met in Suva.#",
            // ships named after people, with a prefix the ship list may not know, or after "-class"
            "The Mistral-class ENS Gamal Abdel Nasser and ENS Anwar El Sadat sailed for the drill.#",
            "The navy commissioned BNS Sheikh Hasina, and President Anwar El Sadat is remembered.#Anwar Sadat",
            // an event owned by a plural word is no person; a person owning a date still is
            "Leaders met at the Camp Hale Trilateral Leaders' Summit in May.#",
            "Attorney General Consuelo Porras' July decision was criticised.#Consuelo Porras",
            // a title's known surname, then another person's full name
            "He met Economic Adviser to President Ramaphosa Thandi Mokoena today.#Cyril Ramaphosa|Thandi Mokoena",
            // family members sharing two surnames stay apart, the second surname an English word
            "The Department designated Carlos Ferrin Pulley and his brother Dalmiro Ferrin Pulley.#Carlos Ferrin Pulley|Dalmiro Ferrin Pulley",
            "The Dean Acheson Auditorium was full; we met in the Dean Acheson Auditorium again.#Dean Acheson"})
    void peopleOfWaveFiveKinds(String text, String expected) {
        assertEquals(people(expected), found(text));
    }
}
