package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Data files are loaded strictly: a missing file or a bad row fails, naming the file and the line. */
class ExtractionDataTest {

    @Test
    void aMissingFileFailsWithItsName() {
        var e = assertThrows(ExtractionData.DataFileException.class, () -> ExtractionData.lines("no-such-file.tsv"));
        assertEquals("extract/no-such-file.tsv is missing from the classpath", e.getMessage());
    }

    @Test
    void aMissingWordListFailsWithItsName() {
        var e = assertThrows(ExtractionData.DataFileException.class, () -> ExtractionData.wordList("no-such-list.txt"));
        assertEquals("extract/words/no-such-list.txt is missing from the classpath", e.getMessage());
    }

    @Test
    void aBadWordListEntryFailsWithFileAndLine() {
        // src/test/resources/extract/words/bad-entry-for-test.txt: line 4 has a trailing space
        var e = assertThrows(ExtractionData.DataFileException.class,
                () -> ExtractionData.wordList("bad-entry-for-test.txt"));
        assertTrue(e.getMessage().startsWith("extract/words/bad-entry-for-test.txt line 4: "), e.getMessage());
    }

    @Test
    void aPlatformNounOfAnUnknownKindFailsWithFileAndLine() {
        // src/test/resources/extract/words/bad-platform-noun-for-test.tsv: line 3 has the kind "spaceship"
        var e = assertThrows(ExtractionData.DataFileException.class,
                () -> ExtractionData.platformNouns("words/bad-platform-noun-for-test.tsv"));
        assertTrue(e.getMessage().startsWith("extract/words/bad-platform-noun-for-test.tsv line 3: unknown kind 'spaceship'"),
                e.getMessage());
    }

    @Test
    void aShipNounOfAnUnknownShipTypeFailsWithFileAndLine() {
        // src/test/resources/extract/words/bad-ship-noun-for-test.tsv: line 3 has the type "spaceship"
        var e = assertThrows(ExtractionData.DataFileException.class,
                () -> ExtractionData.shipNouns("words/bad-ship-noun-for-test.tsv"));
        assertTrue(e.getMessage().startsWith("extract/words/bad-ship-noun-for-test.tsv line 3: unknown ship type 'spaceship'"),
                e.getMessage());
        assertEquals("", ExtractionData.shipNouns("words/ship-nouns.tsv").get("flagship"), "'-' is a noun of any ship");
        assertEquals("battleship", ExtractionData.shipNouns("words/ship-nouns.tsv").get("battleships"));
    }

    @Test
    void anUnknownTitleKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ExtractionData.TitleKind.of("royalty"));
        assertEquals(ExtractionData.TitleKind.MILITARY_RANK, ExtractionData.TitleKind.of("military-rank"));
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndLineNumbersKept() {
        var rows = ExtractionData.tsv("person-titles.tsv");
        assertTrue(rows.get(0).line() > 1, "the header comment is skipped");
        assertTrue(rows.stream().allMatch(row -> row.file().equals("person-titles.tsv")));
    }
}
