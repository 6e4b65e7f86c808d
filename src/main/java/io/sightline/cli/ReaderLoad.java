package io.sightline.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Load of many readers on a running Sightline while an import runs: each reader sends search,
 * facet, suggestion and article requests back to back; an importer posts batches of articles
 * meanwhile. Counts errors (anything but 200, or no answer) and the latency percentiles. Plain
 * JDK only, so {@code bin/load-test} runs it from the application jar without starting Quarkus;
 * ConcurrentReadersTest runs a small version in the test suite.
 */
public final class ReaderLoad {

    /** What was measured. */
    public record Result(long requests, long errors, List<String> errorSamples, Duration p50, Duration p95,
            Duration p99, Duration max, long importBatches, long importErrors) {

        public String summary() {
            return String.format(Locale.ROOT,
                    "%d requests, %d errors; latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; %d import batches"
                            + " (%d failed)",
                    requests, errors, p50.toMillis(), p95.toMillis(), p99.toMillis(), max.toMillis(), importBatches,
                    importErrors);
        }
    }

    /** What readers ask for: a mix of the pages and API calls a reader's browser makes. */
    static final List<String> READS = List.of("/search", "/search?q=missile", "/api/search?q=defence+minister",
            "/api/search?q=tank&sort=newest", "/search?country=RU", "/api/search?q=air+defence&page=2",
            "/search/facets/person", "/search/facets/country?filter=an", "/api/suggest?q=pu",
            "/api/search?from=2024&to=2025", "/search?q=%22foreign+minister%22", "/api/search?q=sanction*");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ReaderLoad() {
    }

    /**
     * @param importBatches one JSON Lines body after another, posted to /api/articles while
     *                      the readers run (null when nothing is left); null for no import
     */
    public static Result run(String baseUrl, int readers, Duration duration, Supplier<String> importBatches)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        AtomicLong batches = new AtomicLong();
        AtomicLong batchErrors = new AtomicLong();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            int offset = r;
            Thread reader = new Thread(() -> {
                int i = offset;
                while (running.get()) {
                    String path = READS.get(i++ % READS.size());
                    long started = System.nanoTime();
                    String problem = get(baseUrl + path);
                    mine.add(System.nanoTime() - started);
                    if (problem != null) {
                        errors.incrementAndGet();
                        if (samples.size() < 10) {
                            samples.add(path + ": " + problem);
                        }
                    }
                }
            }, "reader-" + r);
            reader.start();
            threads.add(reader);
        }
        Thread importer = null;
        if (importBatches != null) {
            importer = new Thread(() -> {
                String batch;
                while (running.get() && (batch = importBatches.get()) != null) {
                    String problem = post(baseUrl + "/api/articles", batch);
                    batches.incrementAndGet();
                    if (problem != null) {
                        batchErrors.incrementAndGet();
                        if (samples.size() < 10) {
                            samples.add("import: " + problem);
                        }
                    }
                }
            }, "importer");
            importer.start();
        }
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        if (importer != null) {
            importer.join();
        }
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        return new Result(all.size(), errors.get(), List.copyOf(samples), percentile(all, 50), percentile(all, 95),
                percentile(all, 99), all.isEmpty() ? Duration.ZERO : Duration.ofNanos(all.get(all.size() - 1)),
                batches.get(), batchErrors.get());
    }

    private static Duration percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return Duration.ofNanos(sorted.get(Math.max(0, index)));
    }

    /** Null when the answer was a 200, else what went wrong. */
    private static String get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static String post(String url, String jsonLines) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(jsonLines, StandardCharsets.UTF_8)));
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Batches of {@code size} lines of a JSON Lines file, each batch once. */
    public static Supplier<String> batchesOf(Path jsonLines, int size) throws IOException {
        List<String> lines = Files.readAllLines(jsonLines, StandardCharsets.UTF_8);
        AtomicLong next = new AtomicLong();
        return () -> {
            int from = (int) next.getAndAdd(size);
            if (from >= lines.size()) {
                return null;
            }
            return String.join("\n", lines.subList(from, Math.min(lines.size(), from + size)));
        };
    }

    /** {@code ReaderLoad BASE_URL READERS SECONDS [IMPORT.jsonl]}: prints the result; exit 1 on any error. */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ReaderLoad BASE_URL READERS SECONDS [IMPORT.jsonl]");
            System.exit(2);
        }
        Supplier<String> batches = args.length > 3 ? batchesOf(Path.of(args[3]), 200) : null;
        Result result = run(args[0], Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])), batches);
        System.out.println(result.summary());
        result.errorSamples().forEach(sample -> System.out.println("  error: " + sample));
        System.exit(result.errors() + result.importErrors() == 0 ? 0 : 1);
    }
}
