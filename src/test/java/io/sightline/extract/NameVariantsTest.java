package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

    private static final NameVariants VARIANTS = NameVariants.load();
    private static final KnownPeople KNOWN = new KnownPeople();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "Aleksey Navalny; Alexei Navalny",
            "Alexei Navalnyy; Alexei Navalny",
            "Volodymyr Zelenskiy; Volodymyr Zelensky",
            "Zelenskyi; Volodymyr Zelensky",
            "Sergey Shoigu; Sergei Shoigu",
            "Serhiy Shoigu; Sergei Shoigu",
            "Muhammad bin Salman; Mohammed bin Salman",
            "Mohamed ibn Salman; Mohammed bin Salman",
            "Recep Tayyip Erdoğan; Recep Tayyip Erdogan",
            "Dmitriy Peskov; Dmitry Peskov"})
    void transliterationsReachTheCanonicalPerson(String spelling, String canonical) {
        assertEquals(Optional.of(canonical), KNOWN.canonical(spelling));
    }

    @Test
    void suffixParticleAndClassRules() {
        Set<String> zelensky = VARIANTS.variants("Zelensky");
        assertTrue(zelensky.containsAll(List.of("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Zelenski")),
                zelensky.toString());
        assertTrue(VARIANTS.variants("Abdel Fattah al-Sisi").contains("Abdel Fattah el-Sisi"));
        assertTrue(VARIANTS.variants("Ilham Aliyev").contains("Ilham Aliev"));
        assertTrue(VARIANTS.variants("Kassym-Jomart Tokayev").contains("Kassym-Jomart Tokaev"));
        // short words keep their ending; the name itself always comes first
        assertEquals(List.of("Sky"), VARIANTS.alternatives("Sky"));
        assertEquals("Sergei Lavrov", VARIANTS.variants("Sergei Lavrov").iterator().next());
        assertTrue(VARIANTS.variants("Muhammad Abdulrahman Yusuf Hussein").size() <= NameVariants.MAX_VARIANTS);
    }

    @Test
    void theExtractorReportsAnySpellingUnderTheCanonicalName() {
        Extraction x = new DefaultEntityExtractor().extract("Opposition figure Aleksey Navalnyy was jailed; "
                + "President Volodymyr Zelenskiy and Foreign Minister Sergey Lavrov spoke. Navalnyy appealed.");
        assertEquals(Set.of("Alexei Navalny", "Volodymyr Zelensky", "Sergei Lavrov"), x.personNames());
    }

    @Test
    void generatedSpellingsNeverTakeAnotherPersonsName() {
        // Yulia Navalnaya's own name stays hers although "Navalny" has variants
        assertEquals(Optional.of("Yulia Navalnaya"), KNOWN.canonical("Yulia Navalnaya"));
        assertFalse(KNOWN.canonical("Sergei Lavrov").orElseThrow().contains("Shoigu"));
    }

    @Test
    void aFormInTwoClassesFailsLoading() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new NameVariants(List.of("Sergei|Sergey", "Sergey|Serge")));
        assertTrue(e.getMessage().contains("name-variants.txt"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new NameVariants(List.of("Sergei")));
    }
}
