package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Data files are loaded strictly: a missing file or a bad row fails, naming the file and the line. */
class ExtractionDataTest {

    @Test
    void aMissingFileFailsWithItsName() {
        var e = assertThrows(DataFiles.DataFileException.class, () -> DataFiles.lines("no-such-file.tsv"));
        assertEquals("extract/no-such-file.tsv is missing from the classpath", e.getMessage());
    }

    @Test
    void aMissingWordListFailsWithItsName() {
        var e = assertThrows(DataFiles.DataFileException.class, () -> DataFiles.wordList("no-such-list.txt"));
        assertEquals("extract/words/no-such-list.txt is missing from the classpath", e.getMessage());
    }

    @Test
    void aBadWordListEntryFailsWithFileAndLine() {
        // src/test/resources/extract/words/bad-entry-for-test.txt: line 4 has a trailing space
        var e = assertThrows(DataFiles.DataFileException.class,
                () -> DataFiles.wordList("bad-entry-for-test.txt"));
        assertTrue(e.getMessage().startsWith("extract/words/bad-entry-for-test.txt line 4: "), e.getMessage());
    }

    /** A two-column word list with a bad value on line 3 fails with the file and line (test resources under extract/words/). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "words/bad-platform-noun-for-test.tsv; unknown kind 'spaceship'",
            "words/bad-ship-noun-for-test.tsv; unknown ship type 'spaceship'",
    })
    void aTwoColumnListWithABadValueFailsWithFileAndLine(String file, String message) {
        var e = assertThrows(DataFiles.DataFileException.class, () -> {
            if (file.contains("ship-noun")) {
                DataFiles.shipNouns(file);
            } else {
                DataFiles.platformNouns(file);
            }
        });
        assertTrue(e.getMessage().startsWith("extract/" + file + " line 3: " + message), e.getMessage());
    }

    /** Ship prefixes (wave 5): an unknown country or kind fails with the file and line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "words/bad-ship-prefix-country-for-test.tsv; unknown ISO 3166-1 code 'QQ'",
            "words/bad-ship-prefix-kind-for-test.tsv; unknown kind 'pirate'",
    })
    void aBadShipPrefixFailsWithFileAndLine(String file, String message) {
        var e = assertThrows(DataFiles.DataFileException.class,
                () -> ShipPrefixes.load(file, "shore-establishments.txt"));
        assertTrue(e.getMessage().startsWith("extract/" + file + " line 3: " + message), e.getMessage());
    }

    /** Service years (wave 5): a ship without a namesake, or years in the wrong order, fail with the file and line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "bad-ship-service-for-test.tsv; has no namesake",
            "bad-ship-service-years-for-test.tsv; the last year comes before the first",
    })
    void badServiceYearsFailWithFileAndLine(String file, String message) {
        ExtractionData d = ExtractionData.get();
        var e = assertThrows(DataFiles.DataFileException.class,
                () -> ShipService.load(file, d.weapons, d.shipsByName));
        assertTrue(e.getMessage().startsWith("extract/" + file + " line 3: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aShipNounNamesAShipTypeOrAnyShip() {
        assertEquals("", DataFiles.shipNouns("words/ship-nouns.tsv").get("flagship"), "'-' is a noun of any ship");
        assertEquals("battleship", DataFiles.shipNouns("words/ship-nouns.tsv").get("battleships"));
    }

    @Test
    void anUnknownTitleKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ExtractionData.TitleKind.of("royalty"));
        assertEquals(ExtractionData.TitleKind.MILITARY_RANK, ExtractionData.TitleKind.of("military-rank"));
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndLineNumbersKept() {
        var rows = DataFiles.tsv("person-titles.tsv");
        assertTrue(rows.get(0).line() > 1, "the header comment is skipped");
        assertTrue(rows.stream().allMatch(row -> row.file().equals("person-titles.tsv")));
    }

    /** weapon-periods.tsv (wave 5): a period that ends before it starts fails with the file and line. */
    @org.junit.jupiter.api.Test
    void aBadWeaponPeriodFailsWithFileAndLine() {
        ExtractionData data = ExtractionData.get();
        var e = assertThrows(DataFiles.DataFileException.class, () -> ExtractionData.weaponPeriods(
                "bad-weapon-period-for-test.tsv", data.weapons, data.weaponByForm));
        assertTrue(e.getMessage().startsWith("extract/bad-weapon-period-for-test.tsv line 3: a period must lie"),
                e.getMessage());
        assertEquals(2, data.weaponPeriods.get("B-26").size(), "the shipped file reads B-26 in two periods");
    }
}
