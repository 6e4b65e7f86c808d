package io.sightline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpellingVariantsTest {

    @Test
    void aFormFindsItsGroupWhateverItsCaseAndAccents() {
        SpellingVariants variants = new SpellingVariants();
        assertTrue(variants.group("kiev").contains("Kyiv"));
        assertTrue(variants.group("AL-SHABAB").contains("al-Shabaab"));
        assertEquals(List.of(), variants.group("convoy"));
    }

    @Test
    void aFormInTwoGroupsFailsWithTheFileAndLine() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new SpellingVariants("search/bad-spelling-variants.tsv"));
        assertEquals("search/bad-spelling-variants.tsv line 3: 'Kiev' is already in another group", error.getMessage());
    }

    @Test
    void aMissingFileFailsStartUp() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new SpellingVariants("search/no-such-file.tsv"));
        assertEquals("Missing data file search/no-such-file.tsv", error.getMessage());
    }
}
