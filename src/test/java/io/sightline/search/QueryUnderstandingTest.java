package io.sightline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.sightline.extract.Countries;
import io.sightline.extract.KnownPeople;
import io.sightline.extract.WeaponKnowledgeBase;

/** How typed queries are split into terms, and which entities and other forms each term gets. */
class QueryUnderstandingTest {

    private final QueryUnderstanding understanding = new QueryUnderstanding(new Countries(), new KnownPeople(),
            new WeaponKnowledgeBase(), new SpellingVariants());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # query                        | terms as typed                    | entities           | a form of the first term
            UAE Houthi attacks             | UAE;Houthi;attacks                | COUNTRIES:AE       | United Arab Emirates
            north korea missile launch     | north korea;missile;launch        | COUNTRIES:KP       | DPRK
            Kiev humanitarian aid          | Kiev;humanitarian;aid             |                    | Kyiv
            PRC Xinjiang                   | PRC;Xinjiang                      | COUNTRIES:CN       | China
            Hezbollah financiers           | Hezbollah;financiers              |                    | Hizballah
            us sanctions in Iran           | us;sanctions;in;Iran              | COUNTRIES:IR       |
            Türkiye                        | Türkiye                           | COUNTRIES:TR       | Turkey
            HIMARS for Ukraine             | HIMARS;for;Ukraine                | WEAPONS:HIMARS;COUNTRIES:UA |
            "air defence" -Patriot         | "air defence"                     |                    |
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
