package io.sightline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Benchmark articles made from real news text (JSON Lines corpora such as Reuters-21578), as
 * many as asked for and each one unique, deterministically: article {@code i} is the corpus text
 * at {@code i mod n} of a fixed permutation of the texts; from the second pass over the corpus on ({@code round = i / n > 0}) its body
 * gains a first paragraph from the pool of the texts' distinct first paragraphs (entry
 * {@code (i mod n + round) mod p}, a different one in every round) and its date moves back
 * {@code round} days (up to p rounds), so that no two articles share a content hash and a
 * 1M-article index is not 50 copies of the same postings. Every article has its own URL.
 *
 * <p>The pool holds each first paragraph once (compared as the content hash compares text):
 * Reuters has groups of texts that begin alike ("Qtly div 10 cts vs 10 cts prior" 21 times), and
 * when paragraphs were taken from the texts themselves two rounds of one text could add the same
 * one. That made 207 of 1,000,000 articles repeats of earlier ones (the 1M run's index held
 * 999,793); a simulation of the old scheme predicts exactly 207.
 *
 * <p>Only the corpus texts are held in memory (about 30 MB for Reuters and BBC); articles are
 * made one at a time as they are sent, so a 1M run needs no more memory than a 10k run.
 */
final class BenchmarkCorpus {

    /** A corpus text: what each benchmark article is made from. */
    record Text(String title, String body, LocalDateTime published) {
    }

    /** One benchmark article, as sent to Sightline and to the engine alike. */
    record Article(String title, String body, String url, String source, LocalDateTime published) {

        /** The article as one JSON object: a line of the NDJSON import, or the document of a bulk request. */
        ObjectNode json(ObjectMapper json) {
            ObjectNode node = json.createObjectNode();
            node.put("title", title);
            node.put("body", body);
            node.put("url", url);
            node.put("source", source);
            if (published != null) {
                node.put("published", published.format(DATE));
            }
            return node;
        }
    }

    static final String SOURCE = "benchmark";
    /** UTC with nanoseconds: the one date format of the index mapping (Hibernate Search's), which Sightline reads too. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'");
    private static final String URL_PREFIX = "https://benchmark.sightline.invalid/article/";

    private final List<Text> texts;
    /** The texts' first paragraphs in the permuted order, each normalised text once: what later rounds add. */
    private final List<String> paragraphs;

    BenchmarkCorpus(List<Text> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("The benchmark corpus holds no texts");
        }
        this.texts = List.copyOf(texts);
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> pool = new ArrayList<>();
        for (int position = 0; position < texts.size(); position++) {
            String paragraph = firstParagraph(this.texts.get(shuffled(position)).body());
            if (seen.add(io.sightline.article.ContentHash.normalise(paragraph))) {
                pool.add(paragraph);
            }
        }
        this.paragraphs = List.copyOf(pool);
    }

    /**
     * Reads JSON Lines files of {@code {"title","body","published"}} objects; lines without a
     * title or body are skipped, a line that is not JSON fails with the file and line named.
     */
    static BenchmarkCorpus read(List<Path> files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Text> texts = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node;
                    try {
                        node = json.readTree(line);
                    } catch (IOException e) {
                        throw new IOException(file + " line " + number + " is not JSON: " + e.getMessage(), e);
                    }
                    String title = node.path("title").asText("").strip();
                    String body = node.path("body").asText("").strip();
                    if (title.isEmpty() || body.isEmpty()) {
                        continue;
                    }
                    if (!seen.add(io.sightline.article.ContentHash.of(title, body))) {
                        continue; // Reuters holds some texts twice: Sightline would import them once
                    }
                    String published = node.path("published").asText("");
                    texts.add(new Text(title, body, published.isEmpty() ? null : LocalDateTime.parse(published)));
                }
            }
        }
        return new BenchmarkCorpus(texts);
    }

    int texts() {
        return texts.size();
    }

    /** How many unique articles the corpus makes: a pass over the texts per added paragraph, and one without. */
    long maxArticles() {
        return (long) texts.size() * paragraphs.size();
    }

    /** Benchmark article {@code i} (0-based); the same {@code i} always gives the same article. */
    Article article(long i) {
        int n = texts.size();
        Text text = texts.get(shuffled(i % n));
        int round = (int) (i / n);
        String body = text.body();
        LocalDateTime published = text.published();
        int p = paragraphs.size();
        if (round >= p) {
            // Beyond p rounds the added paragraphs would repeat (Reuters and BBC: 20,900 texts with
            // 19,793 distinct first paragraphs, so 400 million articles; 1M articles are 48 rounds).
            throw new IllegalArgumentException("A corpus of " + n + " texts makes at most " + maxArticles()
                    + " unique benchmark articles");
        }
        if (round > 0) {
            body = body + "\n\n" + paragraphs.get((int) ((i % n + round) % p));
            published = published == null ? null : published.minusDays(round);
        }
        return new Article(text.title(), body, URL_PREFIX + i, SOURCE, published);
    }

    /**
     * A fixed permutation of the texts, so that a 10k run samples every corpus (Reuters and BBC
     * one after the other would give 10k Reuters texts, where half the query mix finds nothing).
     */
    private int shuffled(long position) {
        int n = texts.size();
        long stride = STRIDE % n == 0 ? 1 : STRIDE;
        // STRIDE is prime: coprime to n unless it divides it, so position -> position * STRIDE mod n is a permutation.
        return (int) (position * stride % n);
    }

    private static final long STRIDE = 7919;

    /** Up to the first blank or indented line (Reuters indents its paragraphs), at most 600 characters. */
    static String firstParagraph(String body) {
        java.util.regex.Matcher end = PARAGRAPH_END.matcher(body);
        String paragraph = end.find() ? body.substring(0, end.start()) : body;
        if (paragraph.length() <= MAX_ADDED_CHARS) {
            return paragraph;
        }
        int space = paragraph.lastIndexOf(' ', MAX_ADDED_CHARS);
        return paragraph.substring(0, space > 0 ? space : MAX_ADDED_CHARS);
    }

    private static final java.util.regex.Pattern PARAGRAPH_END = java.util.regex.Pattern.compile("\n\\s*\n|\n[ \t]+");
    private static final int MAX_ADDED_CHARS = 600;
}
