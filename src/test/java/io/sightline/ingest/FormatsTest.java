package io.sightline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sightline.Fixtures;

class FormatsTest {

    @Test
    void theSeedLayoutGivesTitleDateAndBodyWithoutClutter() {
        List<ParsedItem> items = new PlainTextFormat().parse(Fixtures.seed(), "seed.txt", "Seed");
        assertEquals(1, items.size());
        ArticleDraft draft = items.get(0).draft();
        assertEquals("US-Sanctioned Chinese Defence Minister Calls on Putin", draft.title());
        assertEquals(Instant.parse("2023-04-17T00:00:00Z"), draft.published());
        assertTrue(draft.body().startsWith("MOSCOW: Chinese Defence Minister Li Shangfu"));
        assertFalse(draft.body().contains("icon-facebook"));
        assertTrue(draft.body().endsWith("which governs the armed forces."));
    }

    @Test
    void aPlainTextWithoutADateLineKeepsItsSecondLineAsBody() {
        ArticleDraft draft = new PlainTextFormat().parse("Title\n\nFirst paragraph.\n\nSecond.", "x", "S").get(0).draft();
        assertNull(draft.published());
        assertEquals("First paragraph.\n\nSecond.", draft.body());
    }

    @Test
    void commonNewsDateFormatsParse() {
        Instant may = Instant.parse("2024-05-03T00:00:00Z");
        for (String text : List.of("2024-05-03", "Fri May 3 2024", "May 3, 2024", "3 May 2024", "May 3rd, 2024",
                "Friday, May 3, 2024")) {
            assertEquals(may, Dates.parse(text).orElseThrow(), text);
        }
        assertEquals(Instant.parse("2024-05-03T10:15:00Z"), Dates.parse("Fri, 03 May 2024 12:15:00 +0200").orElseThrow());
        assertTrue(Dates.parse("next week").isEmpty());
    }

    @Test
    void formatsAreChosenByMediaTypeAndFileName() {
        assertTrue(ArticleFormats.forMediaType("application/x-ndjson; charset=utf-8").orElseThrow() instanceof JsonLinesFormat);
        assertTrue(ArticleFormats.forMediaType("text/plain").orElseThrow() instanceof PlainTextFormat);
        assertTrue(ArticleFormats.forFileName("a/b/news.JSONL").orElseThrow() instanceof JsonLinesFormat);
        assertTrue(ArticleFormats.forFileName("notes").isEmpty());
    }
}
