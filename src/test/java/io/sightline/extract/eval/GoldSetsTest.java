package io.sightline.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sightline.extract.DefaultEntityExtractor;

/** Real-text gold sets: labels by URL joined with the corpus at run time, scored per type and region. */
class GoldSetsTest {

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path corpus = dir.resolve("corpus/releases");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("releases.jsonl"),
                "{\"title\":\"Secretary meets minister\",\"url\":\"https://example.gov/1\",\"body\":"
                        + "\"Foreign Minister Sergei Lavrov met Secretary Antony Blinken in Geneva, Switzerland.\"}\n",
                StandardCharsets.UTF_8);
        return dir.resolve("corpus");
    }

    private Path gold(String line) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line + "\n", StandardCharsets.UTF_8);
        return gold;
    }

    @Test
    void aRealDocumentIsJoinedFromTheCorpusAndJudgedOnlyOnItsLabelledTypes() throws IOException {
        Path gold = gold("{\"corpus\":\"releases/releases.jsonl\",\"url\":\"https://example.gov/1\","
                + "\"labels\":{\"people\":[\"Sergey Lavrov\",\"Antony Blinken\"],\"countries\":[\"CH\"]}}");
        List<GoldDocument> docs = new GoldSets(corpus()).read(gold);
        assertEquals(1, docs.size());
        assertEquals("Secretary meets minister", docs.get(0).title());
        assertTrue(docs.get(0).body().startsWith("Foreign Minister"));
        assertFalse(docs.get(0).judges("weapons"));

        Path regions = dir.resolve("regions.tsv");
        Files.writeString(regions, "# test\nSergei Lavrov\tRussia/Central Asia\nAntony Blinken\tNorth America\n");
        EvaluateExtraction eval = new EvaluateExtraction(new DefaultEntityExtractor(), null);
        PeopleRegions table = new PeopleRegions(regions, eval::personKey);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        EvaluateExtraction.Scores scores = eval.evaluate("gold", docs, table, true, new PrintStream(text, true));
        assertEquals(Set.of("people", "countries"), scores.byType.keySet());
        assertEquals(2, scores.byType.get("people").tp, text.toString());
        assertEquals(0, scores.byType.get("people").fp, text.toString());
        assertEquals(1, scores.peopleByRegion.get("Russia/Central Asia").tp);
        assertEquals(1, scores.byType.get("countries").tp);
    }

    @Test
    void anAbsentCorpusOrUnknownUrlStopsTheRunWithTheLineNamed() throws IOException {
        Path gold = gold("{\"corpus\":\"releases/releases.jsonl\",\"url\":\"https://example.gov/1\",\"labels\":{}}");
        GoldSets.GoldSetException absent = assertThrows(GoldSets.GoldSetException.class,
                () -> new GoldSets(dir.resolve("nowhere")).read(gold));
        assertTrue(absent.getMessage().contains("gold.jsonl:1") && absent.getMessage().contains("absent"),
                absent.getMessage());
        Path other = gold("{\"corpus\":\"releases/releases.jsonl\",\"url\":\"https://example.gov/2\",\"labels\":{}}");
        GoldSets.GoldSetException unknown = assertThrows(GoldSets.GoldSetException.class,
                () -> new GoldSets(corpus()).read(other));
        assertTrue(unknown.getMessage().contains("https://example.gov/2"), unknown.getMessage());
    }

    @Test
    void aBadRegionRowFailsWithItsLine() throws IOException {
        Path regions = dir.resolve("regions.tsv");
        Files.writeString(regions, "Sergei Lavrov\tAtlantis\n");
        GoldSets.GoldSetException e = assertThrows(GoldSets.GoldSetException.class,
                () -> new PeopleRegions(regions, String::toLowerCase));
        assertTrue(e.getMessage().contains("regions.tsv:1"), e.getMessage());
    }
}
