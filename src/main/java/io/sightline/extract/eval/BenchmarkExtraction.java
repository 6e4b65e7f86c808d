package io.sightline.extract.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sightline.extract.DefaultEntityExtractor;
import io.sightline.extract.EntityExtractor;

/**
 * Measures extraction throughput on a JSON Lines corpus ({@code {"title","body",...}} per line):
 * articles/s, MB/s (UTF-8 bytes of title + body) and the rate normalised to 600-word articles,
 * on 1 and 2 threads sharing one extractor, after a warm-up.
 *
 * <p>Usage: {@code bin/benchmark-extraction [corpus.jsonl] [--seconds N]}. Default corpus:
 * {@code ../shared/bench-corpus/reuters-21578/reuters-21578.jsonl}, else
 * {@code ../shared/corpus/state-dept-press-releases/state-dept-press-releases.jsonl}, else the dev set.
 */
public final class BenchmarkExtraction {

    static final List<String> DEFAULTS = List.of(
            "../shared/bench-corpus/reuters-21578/reuters-21578.jsonl",
            "../shared/corpus/state-dept-press-releases/state-dept-press-releases.jsonl",
            EvaluateExtraction.DEFAULT_GOLD);

    /** A text of any size built to defeat per-token scans or pairwise comparisons. */
    public record PathologicalText(String name, IntFunction<String> ofSize) {
    }

    /**
     * Inputs built to defeat a per-token scan over the rest of the text or a comparison of every
     * name with every other (issue 10, finding 4); ExtractionWorkTest counts the work on the same.
     */
    public static final List<PathologicalText> PATHOLOGICAL_TEXTS = List.of(
            repeated("Mr. Dr. Gen. Col. "),
            repeated("Patriot "),
            repeated("John Smith Mary Jones "),
            repeated("IS UN AU "),
            repeated("Russia's Defence Ministry "),
            repeated("aaaa\n"),
            repeated("S-400 F-16V Su-35S "),
            repeated("Lt. Gen. Defence Minister Vice President "),
            repeated("Alpha Bravo Charlie Delta Echo Foxtrot "),
            repeated("Jae-myung-"),
            repeated("U.S.A.U.K."),
            // the normaliser's work: invisible marks, no-break spaces, hyphen variants, a decomposed accent
            repeated("Li\u200BShangfu Erdog\u0306an\u00A0Su\u201135 \u201CX\u201D "),
            new PathologicalText("\"Mr. Qba Qfe said. \" (new names)", BenchmarkExtraction::madeUpNames),
            new PathologicalText("\"Sheikh Qba Qfe met King Qdo. \" (titled given names)", BenchmarkExtraction::madeUpTitledNames));

    private static PathologicalText repeated(String unit) {
        return new PathologicalText("\"" + unit.replace("\n", "\\n") + "\"",
                size -> unit.repeat(size / unit.length() + 1).substring(0, size));
    }

    /** "Mr. Qba Qfe said." with other made-up names each time: every sentence adds a person to compare. */
    static String madeUpNames(int size) {
        StringBuilder text = new StringBuilder(size + 40);
        for (int i = 0; text.length() < size; i++) {
            text.append("Mr. ").append(madeUpWord(i)).append(' ').append(madeUpWord(i * 7 + 3)).append(" said. ");
        }
        return text.substring(0, size);
    }

    /**
     * "Sheikh Qba Qfe met King Qdo." with other made-up names each time: every "King X" looks its
     * given name up among all the names of the text (NameMerging.byGivenName).
     */
    static String madeUpTitledNames(int size) {
        StringBuilder text = new StringBuilder(size + 60);
        for (int i = 0; text.length() < size; i++) {
            text.append("Sheikh ").append(madeUpWord(i)).append(' ').append(madeUpWord(i * 7 + 3))
                    .append(" met King ").append(madeUpWord(i * 3 + 1)).append(". ");
        }
        return text.substring(0, size);
    }

    private static String madeUpWord(int i) {
        String vowels = "aeiou";
        String consonants = "bdfgklmnprstvz";
        StringBuilder word = new StringBuilder("Q");
        int rest = i;
        do {
            word.append(consonants.charAt(rest % 14)).append(vowels.charAt(rest / 14 % 5));
            rest /= 70;
        } while (rest > 0);
        return word.toString();
    }

    private BenchmarkExtraction() {
    }

    /**
     * Extraction time of the pathological texts at 100 kB, 300 kB and 1 MB: a linear extractor
     * takes about 3 and 10 times as long for the larger sizes, a quadratic one 9 and 100 times.
     */
    static void pathological() {
        EntityExtractor extractor = new DefaultEntityExtractor();
        for (PathologicalText warmUp : PATHOLOGICAL_TEXTS) {
            extractor.extract(warmUp.ofSize().apply(30_000));
        }
        System.out.printf("%-36s %10s %10s %10s%n", "text", "100 kB", "300 kB", "1 MB");
        for (PathologicalText pathological : PATHOLOGICAL_TEXTS) {
            StringBuilder row = new StringBuilder(String.format("%-36s", pathological.name()));
            for (int size : new int[] {100_000, 300_000, 1_000_000}) {
                String text = pathological.ofSize().apply(size);
                long best = Long.MAX_VALUE;
                for (int run = 0; run < 3; run++) {
                    long t0 = System.nanoTime();
                    extractor.extract(text);
                    best = Math.min(best, System.nanoTime() - t0);
                }
                row.append(String.format(" %8.3f s", best / 1e9));
            }
            System.out.println(row);
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = null;
        double seconds = 5;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds") && i + 1 < args.length) {
                seconds = Double.parseDouble(args[++i]);
            } else if (args[i].equals("--pathological")) {
                pathological();
                return;
            } else if (args[i].equals("-h") || args[i].equals("--help")) {
                System.out.println("usage: benchmark-extraction [corpus.jsonl] [--seconds N] | --pathological");
                return;
            } else {
                corpus = Path.of(args[i]);
            }
        }
        if (corpus == null) {
            for (String candidate : DEFAULTS) {
                if (Files.isRegularFile(Path.of(candidate))) {
                    corpus = Path.of(candidate);
                    break;
                }
            }
        }
        if (corpus == null) {
            System.err.println("no corpus found; pass a JSON Lines file");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        EntityExtractor extractor = new DefaultEntityExtractor();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        List<String> texts = read(corpus);
        long bytes = 0;
        long words = 0;
        for (String s : texts) {
            bytes += s.getBytes(StandardCharsets.UTF_8).length;
            words += countWords(s);
        }
        double avgWords = (double) words / texts.size();
        System.out.printf("corpus: %s%n%,d articles, %.1f MB, %.0f words per article on average; "
                + "dictionaries loaded in %.0f ms%n", corpus, texts.size(), bytes / 1e6, avgWords, loadMs);
        // warm-up: let the JIT compile the hot paths
        run(extractor, texts, 2, Math.max(3, seconds));
        run(extractor, texts, 1, Math.max(2, seconds / 2));
        System.out.printf("%n%-8s %12s %8s %22s %28s%n", "threads", "articles/s", "MB/s", "600-word articles/s",
                "600-word articles/CPU-second");
        for (int threads : new int[] {1, 2}) {
            double[] r = run(extractor, texts, threads, seconds);
            double articlesPerSecond = r[0];
            double mbPerSecond = articlesPerSecond * bytes / texts.size() / 1e6;
            double normalised = articlesPerSecond * avgWords / 600.0;
            double perCpuSecond = r[1] * avgWords / 600.0;
            System.out.printf("%-8d %,12.0f %8.1f %22s %28s%n", threads, articlesPerSecond, mbPerSecond,
                    String.format("%,.0f (%,.0f per thread)", normalised, normalised / threads),
                    String.format("%,.0f", perCpuSecond));
        }
    }

    /** Runs for about the given time; returns {articles per wall-clock second, articles per CPU-second}. */
    static double[] run(EntityExtractor extractor, List<String> texts, int threads, double seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int offset = t * texts.size() / threads;
            futures.add(pool.submit(() -> {
                long sink = 0;
                int i = offset;
                long cpu0 = mx.getCurrentThreadCpuTime();
                while (System.nanoTime() < deadline) {
                    sink += extractor.extract(texts.get(i)).countries().size();
                    i = (i + 1) % texts.size();
                    done.incrementAndGet();
                }
                cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                return sink;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        // wall-clock rate, and the rate per CPU-second actually used (robust on a busy machine)
        return new double[] {done.get() / elapsed, done.get() / (cpuNanos.get() / 1e9)};
    }

    static List<String> read(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                String title = doc.path("title").asText("");
                String body = doc.path("body").asText("");
                texts.add(title.isBlank() ? body : title + "\n\n" + body);
            }
        }
        return texts;
    }

    static int countWords(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }
}
