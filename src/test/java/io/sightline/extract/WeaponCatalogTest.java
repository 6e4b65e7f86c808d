package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The weapons and ships files are read strictly; the shipped files pass and resolve the forms news uses. In the
 * tables of bad rows '~' stands for a tab (CSV sources trim trailing tabs).
 */
class WeaponCatalogTest {

    private static final String WEAPONS = WeaponCatalog.WEAPONS_FILE;
    private static final String SHIPS = WeaponCatalog.SHIPS_FILE;
    private static final Set<String> COUNTRIES = Set.of("US", "RU", "SU", "GB", "CN");
    private static final Set<String> ENGLISH = Set.of("hurricane", "gauntlet");
    private static final String F16 = "F-16\tF-16C|Viper\tfighter aircraft\tUS\tsrc\tneeds-context\tViper\t\tGeneral Dynamics";
    private static final String F16V = "F-16V\tF-16 Block 70\tfighter aircraft\tUS\tsrc\t\t\tF-16\tLockheed Martin";
    private static final String BURKE = "Arleigh Burke-class\tDDG-51\tdestroyer\tUS\tsrc\t\t\t\t";

    @Test
    void shippedFilesLoadWithVariantsShipsAndThousandsOfSystems() {
        ExtractionData data = ExtractionData.get();
        assertTrue(data.weapons.size() >= 3000, "systems: " + data.weapons.size());
        assertEquals("KC-46", data.weaponFamily.get("KC-46A"));
        assertEquals("Leopard 2", data.weaponFamily.get("Leopard 2A8"));
        assertEquals("Arleigh Burke-class", data.weaponFamily.get("USS Carney (DDG-64)"));
        assertEquals("destroyer", data.weapons.get("USS Carney (DDG-64)").type());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "MGM-140 ATACMS, ATACMS",
            "9K720 Iskander, Iskander-M",
            "Sukhoi Su-57, Su-57",
            "SA-11 Gadfly, 9K37 Buk",
            "SA-21 Growler, S-400",
            "AT-14, Kornet",
            "SS-N-27 Sizzler, Kalibr",
            "Su-34M, Su-34M",
            "F-16 Block 70, F-16V",
            "AH-64E Apache, AH-64E",
            "Spitfire, Supermarine Spitfire",
            "T-34, T-34",
            "Honest John, MGR-1 Honest John",
            "Khorramshahr, Khorramshahr",
            "Tien Kung, Tien Kung",
            "Type 054A, Type 054A",
            "Udaloy, Udaloy-class",
            "Fulcrum, MiG-29",
            "Hind, Mi-24",
            "USS Carney, USS Carney (DDG-64)",
            "HMS Diamond, HMS Diamond (D34)",
            "Shandong, Shandong (17)",
            "USS Missouri, USS Missouri (SSN-780)",
            "USS Missouri (BB-63), USS Missouri (BB-63)",
    })
    void newsFormsResolveToTheirSystem(String form, String canonical) {
        assertEquals(Optional.of(canonical), new WeaponKnowledgeBase().canonical(form));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "too few columns; F-16~F-16C~fighter aircraft~US; weapons.tsv line 3: expected 9",
            "unknown type; X-1~~spaceship~US~src~~~~; weapons.tsv line 3: unknown type 'spaceship'",
            "unknown origin; X-1~~bomber~ZZ~src~~~~; weapons.tsv line 3: unknown origin 'ZZ'",
            "unknown family; X-1A~~bomber~US~src~~~X-1~; weapons.tsv line 3: unknown family 'X-1'",
            "family of a variant; F-16V2~~fighter aircraft~US~src~~~F-16V~; weapons.tsv line 3: family 'F-16V' is itself a variant",
            "alias of two systems; F-35~F-16C~fighter aircraft~US~src~~~~; weapons.tsv line 3: form 'F-16C' of 'F-35' is also a form of 'F-16' (weapons.tsv line 1)",
            "same form once hyphens are ignored; F-35~F 16C~fighter aircraft~US~src~~~~; weapons.tsv line 3: form 'F 16C'",
            "context form not a form; X-1~Rocket~bomber~US~src~needs-context~Rockets~~; weapons.tsv line 3: context form 'Rockets'",
            "ordinary word without context; Hawker Hurricane~Hurricane~fighter aircraft~GB~src~~~~; weapons.tsv line 3: 'Hurricane' is an ordinary English word",
            "unknown caution; X-1~~bomber~US~src~maybe~~~; weapons.tsv line 3: caution must be empty",
    })
    void badWeaponRowFailsWithFileAndLine(String what, String row, String message) {
        List<DataFiles.Row> weapons = lines(WEAPONS, F16, F16V, row);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WeaponCatalog.parse(weapons, List.of(), COUNTRIES, ENGLISH));
        assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "unknown class; USS~Carney~DDG-64~Burke-class~~US~~~; ships.tsv line 1: unknown class 'Burke-class'",
            "no type and no class; HMS~Victory~~~~GB~~~; ships.tsv line 1: no type and no class",
            "bad column count; USS~Carney~DDG-64; ships.tsv line 1: expected 9",
            "hull-only without hull; USS~Missouri~~Arleigh Burke-class~~US~~~hull-only; ships.tsv line 1: hull-only needs",
            "ship named like a system; ~F-16~~Arleigh Burke-class~~US~~~; ships.tsv line 1: 'F-16' is already a system",
    })
    void badShipRowFailsWithFileAndLine(String what, String row, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WeaponCatalog.parse(lines(WEAPONS, F16, F16V, BURKE), lines(SHIPS, row), COUNTRIES, ENGLISH));
        assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
    }

    @Test
    void shipRowsBecomeSystemsOfTheirClassWithTheirForms() {
        List<WeaponCatalog.Row> rows = WeaponCatalog.parse(lines(WEAPONS, F16, F16V, BURKE),
                lines(SHIPS, "USS\tCarney\tDDG-64\tArleigh Burke-class\t\tUS\tUSS Carney DDG-64\t\t",
                        "\tMoskva\t\tArleigh Burke-class\tcruiser\tRU\t\tneeds-context\t"),
                COUNTRIES, ENGLISH);
        WeaponCatalog.Row carney = rows.get(3);
        assertEquals("USS Carney (DDG-64)", carney.name());
        // the bare name needs a ship noun before it ("the destroyer Carney"): a context form
        assertEquals(List.of("USS Carney", "USS Carney DDG-64", "Carney"), carney.aliases());
        assertEquals(Set.of("Carney"), carney.contextForms());
        assertEquals("destroyer", carney.type());
        assertEquals("Arleigh Burke-class", carney.family());
        WeaponCatalog.Row moskva = rows.get(4);
        assertEquals("cruiser", moskva.type());
        assertEquals(Set.of("Moskva"), moskva.contextForms());
    }

    /** A bare ship name is added only when no other system or ship has it ("Missouri": a battleship and a submarine). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "unique; USS~Carney~DDG-64~Arleigh Burke-class~~US~~~; ; Carney",
            "shared by two ships; USS~Missouri~BB-63~Arleigh Burke-class~battleship~US~~~hull-only; "
                    + "USS~Missouri~SSN-780~Arleigh Burke-class~submarine~US~~~; ",
            "a system's form; USS~Viper~DDG-1~Arleigh Burke-class~~US~~~; ; ",
            "no prefix; ~Moskva~~Arleigh Burke-class~cruiser~RU~~needs-context~; ; Moskva",
    })
    void bareShipNamesOnlyWhenUnique(String what, String ship, String otherShip, String bare) {
        List<DataFiles.Row> ships = otherShip == null ? lines(SHIPS, ship) : lines(SHIPS, ship, otherShip);
        List<WeaponCatalog.Row> rows = WeaponCatalog.parse(lines(WEAPONS, F16, F16V, BURKE), ships, COUNTRIES, ENGLISH);
        WeaponCatalog.Row row = rows.get(3);
        assertEquals(bare == null ? Set.of() : Set.of(bare), row.contextForms(), what);
    }

    private static List<DataFiles.Row> lines(String file, String... rows) {
        List<DataFiles.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            out.add(new DataFiles.Row(file, i + 1, rows[i].replace('~', '\t').split("\t", -1)));
        }
        return out;
    }
}
