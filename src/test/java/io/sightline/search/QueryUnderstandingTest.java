package io.sightline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.sightline.extract.Countries;
import io.sightline.extract.EntityType;
import io.sightline.extract.KnownPeople;
import io.sightline.extract.Organisations;
import io.sightline.extract.WeaponKnowledgeBase;

/** How typed queries are split into terms, and which entities and other forms each term gets. */
class QueryUnderstandingTest {

    private final QueryUnderstanding understanding = new QueryUnderstanding(new Countries(), new KnownPeople(),
            new WeaponKnowledgeBase(), new Organisations(), new SpellingVariants());

    @Test
    void everyEntityTypeIsLookedUp() {
        assertEquals(java.util.EnumSet.allOf(EntityType.class), java.util.EnumSet.copyOf(QueryUnderstanding.LOOKUP_ORDER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # query                        | terms as typed                    | entities           | a form of the first term
            UAE Houthi attacks             | UAE;Houthi;attacks                | COUNTRIES:AE       | United Arab Emirates
            north korea missile launch     | north korea;missile;launch        | COUNTRIES:KP       | DPRK
            Kiev humanitarian aid          | Kiev;humanitarian;aid             |                    | Kyiv
            PRC Xinjiang                   | PRC;Xinjiang                      | COUNTRIES:CN       | China
            Hezbollah financiers           | Hezbollah;financiers              | ORGANISATIONS:Hezbollah | Hizballah
            us sanctions in Iran           | us;sanctions;in;Iran              | COUNTRIES:IR       |
            Türkiye                        | Türkiye                           | COUNTRIES:TR       | Turkey
            HIMARS for Ukraine             | HIMARS;for;Ukraine                | WEAPONS:HIMARS;COUNTRIES:UA |
            "air defence" -Patriot         | "air defence"                     |                    |
            # organisations (issue 9), by their names and aliases; forms that need context in a text do not count alone
            NATO summit in Vilnius         | NATO;summit;in;Vilnius            | ORGANISATIONS:NATO | North Atlantic Treaty Organization
            north atlantic treaty organization | north atlantic treaty organization | ORGANISATIONS:NATO | nato
            Daesh attacks in Syria         | Daesh;attacks;in;Syria            | ORGANISATIONS:Islamic State;COUNTRIES:SY | ISIS
            IS fighters                    | IS;fighters                       |                    |
            Wagner opera                   | Wagner;opera                      |                    |
            Wagner Group Mali              | Wagner Group;Mali                 | ORGANISATIONS:Wagner Group;COUNTRIES:ML | PMC Wagner
            UN aid convoy                  | UN;aid;convoy                     | ORGANISATIONS:United Nations | United Nations
            un aid convoy                  | un;aid;convoy                     |                    |
            Lockheed Martin earnings       | Lockheed Martin;earnings          | ORGANISATIONS:Lockheed Martin | Lockheed
            """)
    void termsEntitiesAndForms(String query, String terms, String entities, String form) {
        UnderstoodQuery understood = understanding.understand(query);
        assertEquals(List.of(terms.split(";")), understood.required().stream().map(UnderstoodQuery.Term::label).toList());
        assertEquals(entities == null ? List.of() : List.of(entities.split(";")),
                understood.entities().stream().map(entity -> entity.facet() + ":" + entity.value()).toList());
        if (form != null) {
            assertTrue(understood.required().get(0).otherForms().stream().anyMatch(form::equalsIgnoreCase),
                    understood.required().get(0).otherForms() + " should hold " + form);
        }
    }
}
