package io.sightline.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sightline.extract.DefaultEntityExtractor;

/**
 * Extraction throughput on a JSON Lines corpus: articles/s and MB/s on 1 and 2 threads, and
 * the rate normalised to 600-word articles.
 *
 * <pre>bin/benchmark-extraction [FILE] [--seconds N]</pre>
 * Default corpus: ../shared/bench-corpus/reuters-21578/reuters-21578.jsonl when present, else the
 * State Department corpus, else the project's dev set.
 */
public final class BenchmarkExtraction {

    public static void main(String[] args) throws Exception {
        Path file = null;
        int seconds = 10;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds") && i + 1 < args.length) {
                seconds = Integer.parseInt(args[++i]);
            } else {
                file = Path.of(args[i]);
            }
        }
        if (file == null) {
            for (String candidate : List.of("../shared/bench-corpus/reuters-21578/reuters-21578.jsonl",
                    "../shared/corpus/state-dept-press-releases/state-dept-press-releases.jsonl",
                    "eval/extraction-dev-set.jsonl")) {
                if (Files.isRegularFile(Path.of(candidate))) {
                    file = Path.of(candidate);
                    break;
                }
            }
        }
        if (file == null || !Files.isRegularFile(file)) {
            System.err.println("No corpus found; name a JSON Lines file.");
            System.exit(2);
        }
        List<String> texts = load(file);
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        double meanWords = (double) words / texts.size();
        long loadStart = System.nanoTime();
        DefaultEntityExtractor extractor = new DefaultEntityExtractor();
        System.out.printf(Locale.ROOT, "corpus %s: %d articles, %.1f MB, %.0f words per article; extractor loaded in %d ms%n",
                file, texts.size(), bytes / 1e6, meanWords, (System.nanoTime() - loadStart) / 1_000_000);
        run(extractor, texts, 1, 3); // warm-up
        System.out.printf("%-8s %12s %8s %22s%n", "threads", "articles/s", "MB/s", "600-word articles/s");
        for (int threads : List.of(1, 2)) {
            double[] rate = run(extractor, texts, threads, seconds);
            System.out.printf(Locale.ROOT, "%-8d %12.0f %8.2f %22.0f%n", threads, rate[0], rate[1],
                    rate[0] * meanWords / 600.0);
        }
    }

    private static List<String> load(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String body = node.path("body").asText("");
            if (!body.isBlank()) {
                texts.add(node.path("title").asText("") + "\n\n" + body);
            }
        }
        return texts;
    }

    /** Articles/s and MB/s for {@code threads} threads extracting for about {@code seconds}. */
    private static double[] run(DefaultEntityExtractor extractor, List<String> texts, int threads, int seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                long articles = 0;
                long bytes = 0;
                while (System.nanoTime() < deadline) {
                    String text = texts.get(Math.floorMod(next.getAndIncrement(), texts.size()));
                    extractor.extract(text);
                    articles++;
                    bytes += text.length();
                }
                return new long[] { articles, bytes };
            }));
        }
        long articles = 0;
        long bytes = 0;
        for (Future<long[]> result : results) {
            articles += result.get()[0];
            bytes += result.get()[1];
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new double[] { articles / elapsed, bytes / elapsed / 1e6 };
    }
}
