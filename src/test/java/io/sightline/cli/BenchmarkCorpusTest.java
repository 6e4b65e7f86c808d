package io.sightline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sightline.article.ContentHash;

/** The benchmark's articles: as many as asked, each unique to Sightline's dedup, the same every run. */
class BenchmarkCorpusTest {

    @TempDir
    Path folder;

    private BenchmarkCorpus corpus() throws IOException {
        Path file = folder.resolve("corpus.jsonl");
        Files.writeString(file, """
                {"title": "Cocoa review", "published": "1987-02-26T15:01:01", "body": "Showers continued in the Bahia zone.\\n    Arrivals were late."}
                {"title": "Grain exports", "published": null, "body": "Wheat exports rose.\\n\\nShipments to Asia doubled."}
                {"title": "Grain exports", "published": null, "body": "Wheat exports rose.\\n\\nShipments to Asia doubled."}
                {"title": "", "body": "no title: skipped"}

                {"title": "Steel output", "published": "1987-03-01T10:00:00", "body": "Steel output fell in March."}
                """);
        return BenchmarkCorpus.read(List.of(file));
    }

    @Test
    void theSameTextTwiceOrATextWithoutTitleIsNotABenchmarkText() throws IOException {
        assertEquals(3, corpus().texts());
    }

    @Test
    void threeTextsMakeNineArticlesUniqueToTheDedupAndRepeatableAndNoMore() throws IOException {
        BenchmarkCorpus corpus = corpus();
        Set<String> hashes = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (long i = 0; i < 9; i++) {
            BenchmarkCorpus.Article article = corpus.article(i);
            assertTrue(hashes.add(ContentHash.of(article.title(), article.body())), "article " + i + " repeats a text");
            assertTrue(urls.add(article.url()));
            assertEquals(article, corpus.article(i), "article " + i + " is not deterministic");
        }
        assertThrows(IllegalArgumentException.class, () -> corpus.article(9));
        BenchmarkCorpus.Article first = corpus.article(0);
        BenchmarkCorpus.Article firstOfRound2 = corpus.article(6);
        assertEquals("Cocoa review", first.title());
        assertEquals(3, java.util.stream.LongStream.range(0, 3).mapToObj(i -> corpus.article(i).title()).distinct().count());
        assertEquals(first.title(), firstOfRound2.title());
        assertTrue(firstOfRound2.body().startsWith(first.body() + "\n\n"));
        assertEquals(LocalDateTime.parse("1987-02-24T15:01:01"), firstOfRound2.published());
        assertNotEquals(first.body(), firstOfRound2.body());
    }

    /**
     * Texts that begin alike (Reuters: "Qtly div 10 cts vs 10 cts prior" 21 times) must not make two
     * rounds of one text add the same paragraph: taken from the texts themselves, they made 207 of
     * 1,000,000 articles repeats, which Sightline stores once.
     */
    @Test
    void textsThatBeginAlikeStillMakeEveryArticleUnique() throws IOException {
        Path file = folder.resolve("alike.jsonl");
        Files.writeString(file, """
                {"title": "Acme dividend", "body": "Qtly div 10 cts vs 10 cts prior.\\n    Pay April one."}
                {"title": "Bolt dividend", "body": "Qtly div 10 cts vs 10 cts prior.\\n    Pay May two."}
                {"title": "Cocoa review", "body": "Showers continued in the Bahia zone.\\n    Arrivals were late."}
                {"title": "Steel output", "body": "Steel output fell in March."}
                """);
        BenchmarkCorpus corpus = BenchmarkCorpus.read(List.of(file));
        assertEquals(4 * 3, corpus.maxArticles(), "four texts, three distinct first paragraphs");
        Set<String> hashes = new HashSet<>();
        for (long i = 0; i < corpus.maxArticles(); i++) {
            BenchmarkCorpus.Article article = corpus.article(i);
            assertTrue(hashes.add(ContentHash.of(article.title(), article.body())), "article " + i + " repeats a text");
        }
        assertThrows(IllegalArgumentException.class, () -> corpus.article(corpus.maxArticles()));
    }

    @Test
    void theAddedParagraphEndsAtABlankOrIndentedLineAndIsAtMost600Characters() {
        assertEquals("Showers continued.", BenchmarkCorpus.firstParagraph("Showers continued.\n    Arrivals were late."));
        assertEquals("Wheat.", BenchmarkCorpus.firstParagraph("Wheat.\n\nShipments."));
        String longParagraph = "word ".repeat(200);
        assertTrue(BenchmarkCorpus.firstParagraph(longParagraph).length() <= 600);
    }

    @Test
    void aLineThatIsNotJsonIsNamedWithItsFileAndLine() throws IOException {
        Path file = folder.resolve("broken.jsonl");
        Files.writeString(file, "{\"title\": \"a\", \"body\": \"b\"}\n{not json\n");
        IOException error = assertThrows(IOException.class, () -> BenchmarkCorpus.read(List.of(file)));
        assertTrue(error.getMessage().contains("broken.jsonl line 2"), error.getMessage());
    }

    @Test
    void anArticleIsTheJsonObjectSightlineImports() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var node = corpus().article(0).json(json);
        assertEquals("1987-02-26T15:01:01.000000000Z", node.get("published").asText());
        assertEquals(BenchmarkCorpus.SOURCE, node.get("source").asText());
        assertEquals("https://benchmark.sightline.invalid/article/0", node.get("url").asText());
    }
}
