package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LexiconsTest {

    @Test
    void countriesNameEveryIsoCodeAndTheSovietUnion() {
        Countries countries = new Countries();
        for (String code : Locale.getISOCountries()) {
            assertTrue(countries.name(code).isPresent(), code);
        }
        assertEquals(Optional.of("Soviet Union"), countries.name("SU"));
        assertEquals(Optional.of("Russia"), countries.name("RU"));
        assertEquals(Optional.of("US"), countries.code("United States"));
        assertEquals(Optional.of("US"), countries.code("U.S."));
        assertEquals(Optional.of("CN"), countries.code("Chinese"));
        assertEquals(Optional.of("GB"), countries.code("britain"));
        assertEquals(Optional.empty(), countries.code("Atlantis"));
    }

    @Test
    void weaponKnowledgeBase() {
        WeaponKnowledgeBase kb = new WeaponKnowledgeBase();
        assertEquals(Optional.of("S-400"), kb.canonical("SA-21 Growler"));
        assertEquals(Optional.of("Su-35S"), kb.canonical("Su-35S"));
        assertEquals(Optional.of("surface-to-air missile system"), kb.type("S-400"));
        assertEquals(java.util.List.of("RU"), kb.origins("S-400"));
        assertTrue(kb.canonicalNames().size() > 500);
        assertTrue(kb.canonicalNames().contains("HIMARS"));
        // every origin is a country the gazetteer can label
        Countries countries = new Countries();
        for (String name : kb.canonicalNames()) {
            for (String origin : kb.origins(name)) {
                assertTrue(countries.name(origin).isPresent(), name + " -> " + origin);
            }
        }
    }
}
