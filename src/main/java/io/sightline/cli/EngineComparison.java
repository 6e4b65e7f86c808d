package io.sightline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code bin/benchmark} (issue 13): Sightline against the raw engine it embeds, in one run on one
 * node, so that every figure is a same-run ratio that a busy machine affects on both sides alike.
 *
 * <ol>
 * <li>Starts Sightline (prod jar, fresh temporary data folder, free ports) and times it to the
 * first answered search page.</li>
 * <li>Creates a raw index on the same embedded node with the app index's own settings and mapping,
 * then imports N benchmark articles ({@link BenchmarkCorpus}, made on the fly) both ways, 500 per
 * request, alternating request by request: NDJSON to {@code POST /api/articles}, and {@code _bulk}
 * of the same documents to the raw index.</li>
 * <li>Reads the resident memory (RSS) of the Sightline process, restarts it on the full store and
 * times it again to the first answered search page.</li>
 * <li>Runs a fixed query mix at concurrency 1 and 8 against {@code /api/search}, {@code /search}
 * and the equivalent single engine request ({@link #engineRequest}) in rotating rounds, and prints
 * p50/p95/p99, throughput and the ratios against the targets as a Markdown table.</li>
 * </ol>
 * Plain JDK and Jackson only: it runs from the application's jars without starting Quarkus.
 */
public final class EngineComparison {

    /** Articles per import request, both ways (the figure). */
    static final int PER_REQUEST = 500;
    static final String RAW_INDEX = "raw-benchmark";
    /** The JVM options ./sightline starts Sightline with, read relative to the working directory (bin/benchmark's). */
    static final Path EMBEDDED_JAVA_OPTIONS = Path.of("bin", "embedded-java-options");

    /**
     * One word or two, with no entity or alias in them, so that the app's engine request is the
     * plain relevance query + facets + histogram + highlight that {@link #engineRequest} rebuilds
     * (EngineComparisonTest compares the two).
     */
    static final List<String> QUERIES = List.of("oil", "trade deficit", "interest rates", "wheat", "profit",
            "dollar", "shares", "coffee prices", "merger", "election", "bank", "crude output", "tax", "exports",
            "football", "gold", "loss", "dividend", "music", "steel");

    enum Target {
        ENGINE("engine request"), API("/api/search"), HTML("/search HTML");

        final String label;

        Target(String label) {
            this.label = label;
        }
    }

    /** Latencies of one target at one concurrency, in nanoseconds, and the wall time they took. */
    record Latencies(long[] nanos, long wallNanos) {

        double percentileMillis(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
        }

        double perSecond() {
            return nanos.length / (wallNanos / 1e9);
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final Options options;
    private final BenchmarkCorpus corpus;
    private final Path data;
    private final int httpPort;
    private final int enginePort;
    private final int transportPort;
    private Process sightline;
    private int starts;
    private String appIndex;

    record Options(long articles, List<Path> corpora, Path jar, List<String> javaOptions, int requests,
            List<Integer> concurrencies, int rounds) {
    }

    EngineComparison(Options options, BenchmarkCorpus corpus, Path data) throws IOException {
        this.options = options;
        this.corpus = corpus;
        this.data = data;
        this.httpPort = freePort();
        this.enginePort = freePort();
        this.transportPort = freePort();
    }

    static final String USAGE = """
            Usage: bin/benchmark [--articles N] [--requests R] [--concurrency 1,8] [--rounds K] [CORPUS.jsonl...]
              N articles made unique from the corpora (default 10000; the issue's sizes: 10000, 100000, 1000000)
              R search requests per target and concurrency (default 400), in K rotating rounds (default 4)
              SIGHTLINE_JAVA_OPTS: JVM options of the measured Sightline (default: bin/embedded-java-options,
              as ./sightline); {start} in them is 1 for the
              import, 2 for the restart (-XX:StartFlightRecording=filename=/tmp/sightline-{start}.jfr)
            """;

    public static void main(String[] args) throws Exception {
        long articles = 10_000;
        int requests = 400;
        int rounds = 4;
        List<Integer> concurrencies = List.of(1, 8);
        List<Path> corpora = new ArrayList<>();
        Path jar = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Long.parseLong(args[++i].replace("_", ""));
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrencies = Arrays.stream(args[++i].split(","))
                        .map(String::strip).map(Integer::valueOf).toList();
                case "--jar" -> jar = Path.of(args[++i]);
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> corpora.add(Path.of(args[i]));
            }
        }
        if (jar == null || corpora.isEmpty() || articles < PER_REQUEST) {
            System.err.print((articles < PER_REQUEST ? "At least " + PER_REQUEST + " articles.\n" : "") + USAGE);
            System.exit(2);
        }
        String javaOptions = System.getenv().getOrDefault("SIGHTLINE_JAVA_OPTS", "");
        if (javaOptions.isBlank() && Files.isRegularFile(EMBEDDED_JAVA_OPTIONS)) {
            javaOptions = Files.readString(EMBEDDED_JAVA_OPTIONS); // what ./sightline runs with
        }
        Options options = new Options(articles, corpora, jar,
                javaOptions.isBlank() ? List.of() : List.of(javaOptions.strip().split("\\s+")), requests,
                concurrencies, rounds);
        BenchmarkCorpus corpus = BenchmarkCorpus.read(corpora);
        if (articles > corpus.maxArticles()) {
            System.err.println(corpora + " hold " + corpus.texts() + " distinct texts: too few for " + articles
                    + " unique articles (at most " + corpus.maxArticles() + ")");
            System.exit(2);
        }
        Path data = Files.createTempDirectory("sightline-benchmark");
        EngineComparison comparison = new EngineComparison(options, corpus, data);
        int status;
        try {
            status = comparison.run();
        } finally {
            comparison.stopSightline();
            deleteRecursively(data);
        }
        System.exit(status);
    }

    int run() throws Exception {
        String loadBefore = loadAverage();
        Instant started = Instant.now();
        log("Corpus: %d distinct texts from %s; %,d articles; data in %s", corpus.texts(), options.corpora(),
                options.articles(), data);
        double startEmpty = startSightline();
        log("Sightline answered its first search page %.1f s after start (empty store)", startEmpty);
        createRawIndex();

        ImportFigures imported = importBoth();
        long rssAfterImport = residentKib(sightline.pid(), "VmRSS");
        long peakRss = residentKib(sightline.pid(), "VmHWM");
        log("RSS after import: %,d MiB (peak %,d MiB; sampled after each request: anonymous up to %,d MiB,"
                + " mapped files up to %,d MiB)", rssAfterImport / 1024, peakRss / 1024, peakAnonKib / 1024,
                peakFileKib / 1024);

        stopSightline();
        double startFull = startSightline();
        log("Restarted on %,d articles: first search page after %.1f s", options.articles(), startFull);

        Map<Target, Map<Integer, Latencies>> search = searchAll();
        long rssAfterSearch = residentKib(sightline.pid(), "VmRSS");
        String loadAfter = loadAverage();

        System.out.println();
        System.out.println(new ComparisonReport(options, engineSearchesPerRequest, peakAnonKib, peakFileKib).markdown(
                started, loadBefore, loadAfter, imported, rssAfterImport, peakRss, rssAfterSearch, startEmpty, startFull,
                search));
        return exitStatus(imported);
    }

    /**
     * 0 when both indexes hold every article sent, else 1 with the counts named: the 1M run of
     * 2026-11-30 exited 1 after its table without saying why (Sightline held 999,793: 207
     * benchmark articles repeated a content hash, which BenchmarkCorpus now rules out).
     */
    int exitStatus(ImportFigures imported) {
        if (imported.appCount() == options.articles() && imported.rawCount() == options.articles()) {
            return 0;
        }
        log("Exit status 1: %,d articles sent, but Sightline's index holds %,d and the raw index %,d", options.articles(),
                imported.appCount(), imported.rawCount());
        return 1;
    }

    // --- Sightline process ---------------------------------------------------------------------

    /** Starts Sightline on the data folder; returns the seconds until {@code /search?q=...} answered 200. */
    double startSightline() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        starts++;
        // "{start}" in an option: the number of this start, e.g. one flight recording per process.
        options.javaOptions().forEach(option -> command.add(option.replace("{start}", Integer.toString(starts))));
        command.addAll(List.of("-Dsightline.data=" + data, "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.hibernate-search-orm.elasticsearch.hosts=localhost:" + enginePort,
                "-Dsightline.engine.embedded.transport-port=" + transportPort,
                "-Dsightline.samples.load-when-empty=false", "-Dquarkus.log.level=WARN",
                // the benchmark is the only client; the import's rate limits are not what is measured
                "-Dsightline.security.extract-rate.burst=100000",
                "-jar", options.jar().toString()));
        long start = System.nanoTime();
        sightline = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("sightline.log").toFile())).start();
        URI page = URI.create("http://localhost:" + httpPort + "/search?q=oil");
        long deadline = start + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!sightline.isAlive()) {
                throw new IllegalStateException("Sightline exited with " + sightline.exitValue() + "; its log: "
                        + data.resolve("sightline.log"));
            }
            try {
                if (client.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - start) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Sightline did not answer within 10 minutes; its log: " + data.resolve("sightline.log"));
    }

    /** SIGTERM and wait: the store must be closed cleanly before it is opened again. */
    void stopSightline() throws InterruptedException {
        if (sightline != null && sightline.isAlive()) {
            sightline.destroy();
            if (!sightline.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                sightline.destroyForcibly().waitFor();
            }
        }
    }

    // --- import ----------------------------------------------------------------------------------

    record ImportFigures(long articles, double appSeconds, double rawSeconds, long appCount, long rawCount) {

        double appRate() {
            return articles / appSeconds;
        }

        double rawRate() {
            return articles / rawSeconds;
        }
    }

    /** The raw index: the app index's analysis settings and mapping, on the same node. */
    void createRawIndex() throws IOException, InterruptedException {
        JsonNode mappings = json.readTree(engine("GET", "/" + io.sightline.article.ArticleFields.INDEX + "-read/_mapping", null));
        appIndex = mappings.fieldNames().next();
        JsonNode settings = json.readTree(engine("GET", "/" + appIndex + "/_settings", null))
                .path(appIndex).path("settings").path("index");
        ObjectNode body = json.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", settings.path("number_of_shards").asText("1"));
        index.put("number_of_replicas", 0);
        if (settings.has("analysis")) {
            index.set("analysis", settings.get("analysis"));
        }
        if (settings.has("max_result_window")) {
            index.set("max_result_window", settings.get("max_result_window"));
        }
        body.set("mappings", mappings.path(appIndex).path("mappings"));
        engine("PUT", "/" + RAW_INDEX, json.writeValueAsString(body));
        log("Raw index %s created with the mapping of %s", RAW_INDEX, appIndex);
    }

    /** Both imports, request by request in turn (who goes first alternates). */
    ImportFigures importBoth() throws IOException, InterruptedException {
        long appNanos = 0;
        long rawNanos = 0;
        long n = options.articles();
        ProgressBar bar = ProgressBar.onStderr("articles");
        for (long first = 0, request = 0; first < n; first += PER_REQUEST, request++) {
            long last = Math.min(n, first + PER_REQUEST);
            StringBuilder lines = new StringBuilder();
            StringBuilder bulk = new StringBuilder();
            for (long i = first; i < last; i++) {
                String document = json.writeValueAsString(corpus.article(i).json(json));
                lines.append(document).append('\n');
                bulk.append("{\"index\":{\"_id\":\"").append(i).append("\"}}\n").append(document).append('\n');
            }
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == (request % 2 == 0)) {
                    appNanos += timed(() -> importIntoSightline(lines.toString()));
                } else {
                    rawNanos += timed(() -> bulkIntoEngine(bulk.toString()));
                }
            }
            bar.update(last, n, null);
            sampleResidentParts();
        }
        // The app refreshes at the end of each import; the raw side pays for its refresh too.
        rawNanos += timed(() -> engine("POST", "/" + RAW_INDEX + "/_refresh", null));
        bar.finish();
        long appCount = count(appIndex);
        long rawCount = count(RAW_INDEX);
        ImportFigures figures = new ImportFigures(n, appNanos / 1e9, rawNanos / 1e9, appCount, rawCount);
        log("Import: Sightline %,.0f articles/s (%,d in the index), engine _bulk %,.0f/s (%,d): ratio %.2f",
                figures.appRate(), appCount, figures.rawRate(), rawCount, figures.appRate() / figures.rawRate());
        return figures;
    }

    /**
     * Peaks of the two parts of the resident memory during the import: anonymous (heap, metaspace,
     * direct buffers, malloc) and file-backed (the engine's memory-mapped index files, which the
     * kernel may drop at any time). VmHWM adds them up: the 1M run's 1,815 MiB peak could not
     * tell whether the JVM or Lucene's mapped segments (merges read whole segments) made it.
     */
    private long peakAnonKib;
    private long peakFileKib;

    private void sampleResidentParts() throws IOException {
        peakAnonKib = Math.max(peakAnonKib, residentKib(sightline.pid(), "RssAnon"));
        peakFileKib = Math.max(peakFileKib, residentKib(sightline.pid(), "RssFile"));
    }

    private String importIntoSightline(String lines) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(app("/api/articles?source=" + BenchmarkCorpus.SOURCE))
                .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(lines)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Import answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private String bulkIntoEngine(String bulk) throws IOException, InterruptedException {
        String answer = engine("POST", "/" + RAW_INDEX + "/_bulk", bulk);
        if (json.readTree(answer).path("errors").asBoolean()) {
            throw new IllegalStateException("The raw bulk request failed: " + answer.substring(0, Math.min(2000, answer.length())));
        }
        return answer;
    }

    private long count(String index) throws IOException, InterruptedException {
        return json.readTree(engine("GET", "/" + index + "/_count", null)).path("count").asLong();
    }

    // --- search ----------------------------------------------------------------------------------

    /**
     * The single engine request equivalent to a Sightline search page for a plain query of one or
     * more words: every word required, the words as a phrase (slop 2) for a boost, title three
     * times the body; the seven facets, the date histogram and the highlighted page of hits
     * ({@code benchmark/search-request.json}), as the app sends it (EngineComparisonTest checks it
     * against the app's own request). Page offset and size go in the URL, as Hibernate Search sends them.
     */
    static String engineRequest(String words, String template) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode request = (ObjectNode) json.readTree(template);
        List<String> terms = Arrays.asList(words.strip().split("\\s+"));
        ObjectNode bool = json.createObjectNode();
        var must = bool.putArray("must");
        for (String term : terms) {
            ObjectNode simple = must.addObject().putObject("simple_query_string");
            simple.put("query", term);
            simple.putArray("fields").add("title^3.0").add("body");
            simple.put("default_operator", "and");
            simple.put("analyze_wildcard", true);
            simple.put("flags", "OR|AND|NOT|PHRASE|PREFIX|FUZZY|PRECEDENCE|WHITESPACE|ESCAPE");
        }
        if (terms.size() >= 2) {
            ObjectNode phrase = bool.putArray("should").addObject().putObject("multi_match");
            phrase.put("query", String.join(" ", terms));
            phrase.put("type", "phrase");
            phrase.put("slop", 2);
            phrase.putArray("fields").add("title^3.0").add("body");
            phrase.put("boost", 1.0);
        }
        request.putObject("query").set("bool", bool);
        ((ObjectNode) request.path("aggregations").path("dates").path("filter").path("range").path("published"))
                .put("lte", io.sightline.article.PublicationDates.latest().toEpochMilli());
        return json.writeValueAsString(request);
    }

    static String requestTemplate() throws IOException {
        try (InputStream in = EngineComparison.class.getResourceAsStream("/benchmark/search-request.json")) {
            if (in == null) {
                throw new IOException("benchmark/search-request.json is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    Map<Target, Map<Integer, Latencies>> searchAll() throws Exception {
        String template = requestTemplate();
        List<HttpRequest> engineRequests = new ArrayList<>();
        List<HttpRequest> apiRequests = new ArrayList<>();
        List<HttpRequest> htmlRequests = new ArrayList<>();
        for (String query : QUERIES) {
            String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
            engineRequests.add(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + enginePort + "/" + appIndex + "/_search?from=0&size=20&track_total_hits=true"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(engineRequest(query, template))).build());
            apiRequests.add(HttpRequest.newBuilder(app("/api/search?q=" + q)).timeout(Duration.ofSeconds(60)).build());
            htmlRequests.add(HttpRequest.newBuilder(app("/search?q=" + q)).timeout(Duration.ofSeconds(60)).build());
        }
        Map<Target, List<HttpRequest>> requests = new EnumMap<>(Map.of(Target.ENGINE, engineRequests,
                Target.API, apiRequests, Target.HTML, htmlRequests));
        // Warm-up: every request of the mix twice on every target (JIT, engine caches, page templates).
        for (int warm = 0; warm < 2; warm++) {
            for (Target target : Target.values()) {
                measure(requests.get(target), QUERIES.size(), 1);
            }
        }
        Map<Target, Map<Integer, Latencies>> results = new EnumMap<>(Target.class);
        for (int concurrency : options.concurrencies()) {
            Map<Target, List<long[]>> parts = new EnumMap<>(Target.class);
            Map<Target, Long> wall = new EnumMap<>(Target.class);
            int perRound = Math.max(1, options.requests() / options.rounds());
            for (int round = 0; round < options.rounds(); round++) {
                // Rotating order, so that no target always runs after the same one.
                for (int t = 0; t < Target.values().length; t++) {
                    Target target = Target.values()[(t + round) % Target.values().length];
                    long searchesBefore = engineSearches();
                    Latencies measured = measure(requests.get(target), perRound, concurrency);
                    engineSearchesPerRequest.merge(target, (engineSearches() - searchesBefore) / (double) perRound
                            / (options.rounds() * options.concurrencies().size()), Double::sum);
                    parts.computeIfAbsent(target, k -> new ArrayList<>()).add(measured.nanos());
                    wall.merge(target, measured.wallNanos(), Long::sum);
                }
            }
            for (Target target : Target.values()) {
                long[] all = parts.get(target).stream().flatMapToLong(Arrays::stream).toArray();
                results.computeIfAbsent(target, k -> new java.util.TreeMap<>()).put(concurrency, new Latencies(all, wall.get(target)));
            }
            log("Search at concurrency %d: engine p50 %.1f ms, /api/search p50 %.1f ms, /search p50 %.1f ms", concurrency,
                    results.get(Target.ENGINE).get(concurrency).percentileMillis(50),
                    results.get(Target.API).get(concurrency).percentileMillis(50),
                    results.get(Target.HTML).get(concurrency).percentileMillis(50));
        }
        return results;
    }

    /**
     * Engine searches per request of each target (1 for the engine request itself): more than 1
     * for the app means round trips beyond the page request (widening, spelling suggestions).
     */
    private final Map<Target, Double> engineSearchesPerRequest = new EnumMap<>(Target.class);

    private long engineSearches() throws IOException, InterruptedException {
        return json.readTree(engine("GET", "/" + appIndex + "/_stats/search", null)).path("_all").path("primaries")
                .path("search").path("query_total").asLong();
    }

    /** {@code count} requests of the mix (in order, cycling) sent by {@code concurrency} clients. */
    private Latencies measure(List<HttpRequest> mix, int count, int concurrency) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                running.add(clients.submit(() -> {
                    for (int k = next.getAndIncrement(); k < count; k = next.getAndIncrement()) {
                        HttpRequest request = mix.get(k % mix.size());
                        long sent = System.nanoTime();
                        HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        nanos[k] = System.nanoTime() - sent;
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException(request.uri() + " answered " + answer.statusCode() + ": "
                                    + new String(answer.body(), StandardCharsets.UTF_8));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            clients.shutdown();
        }
        return new Latencies(nanos, System.nanoTime() - start);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private URI app(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    private String engine(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + enginePort + path))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", path.endsWith("_bulk") ? "application/x-ndjson" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    @FunctionalInterface
    private interface Call {
        Object call() throws IOException, InterruptedException;
    }

    private static long timed(Call call) throws IOException, InterruptedException {
        long start = System.nanoTime();
        call.call();
        return System.nanoTime() - start;
    }

    /** A line of /proc/PID/status in KiB (VmRSS: resident now; VmHWM: the peak). */
    static long residentKib(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
            }
        }
        throw new IOException("No " + field + " in /proc/" + pid + "/status");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void log(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
