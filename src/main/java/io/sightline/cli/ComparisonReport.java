package io.sightline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import io.sightline.cli.EngineComparison.ImportFigures;
import io.sightline.cli.EngineComparison.Latencies;
import io.sightline.cli.EngineComparison.Options;
import io.sightline.cli.EngineComparison.Target;

/**
 * The Markdown table bin/benchmark prints (issue 13): every figure of one {@link EngineComparison}
 * run beside the raw engine's, with the ratios against the targets. Split from EngineComparison,
 * which runs the phases, so that neither is over 600 lines.
 */
final class ComparisonReport {

    private final Options options;
    private final Map<Target, Double> engineSearchesPerRequest;
    private final long peakAnonKib;
    private final long peakFileKib;

    ComparisonReport(Options options, Map<Target, Double> engineSearchesPerRequest, long peakAnonKib, long peakFileKib) {
        this.options = options;
        this.engineSearchesPerRequest = engineSearchesPerRequest;
        this.peakAnonKib = peakAnonKib;
        this.peakFileKib = peakFileKib;
    }

    String markdown(Instant started, String loadBefore, String loadAfter, ImportFigures imported, long rssKib,
            long peakRssKib, long rssAfterSearchKib, double startEmpty, double startFull,
            Map<Target, Map<Integer, Latencies>> search) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "### %,d articles — %s%n%n", options.articles(), started));
        out.append(String.format(Locale.ROOT,
                "Machine: %d cores, %s; load average %s at the start, %s at the end. Java %s. Sightline JVM options: %s%n%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), loadBefore, loadAfter,
                System.getProperty("java.version"),
                options.javaOptions().isEmpty() ? "(none: the JVM's defaults)" : String.join(" ", options.javaOptions())));
        out.append("| work | Sightline | raw engine, same run | ratio | target | met |\n");
        out.append("| --- | --- | --- | --- | --- | --- |\n");
        double importRatio = imported.appRate() / imported.rawRate();
        row(out, String.format(Locale.ROOT, "import %,d (500 per request)", imported.articles()),
                String.format(Locale.ROOT, "%,.0f /s", imported.appRate()),
                String.format(Locale.ROOT, "`_bulk` %,.0f /s", imported.rawRate()),
                String.format(Locale.ROOT, "%.2f", importRatio), "≥ 0.5", importRatio >= 0.5);
        for (int concurrency : options.concurrencies()) {
            Latencies engine = search.get(Target.ENGINE).get(concurrency);
            Latencies api = search.get(Target.API).get(concurrency);
            Latencies html = search.get(Target.HTML).get(concurrency);
            for (double p : new double[] {50, 95, 99}) {
                double ratio = api.percentileMillis(p) / engine.percentileMillis(p);
                String target = p == 50 ? "≤ 1.1" : p == 95 ? "≤ 1.2" : "";
                row(out, String.format(Locale.ROOT, "`/api/search` p%.0f, concurrency %d", p, concurrency),
                        ms(api.percentileMillis(p)), ms(engine.percentileMillis(p)),
                        String.format(Locale.ROOT, "%.2f", ratio), target,
                        p == 50 ? (Boolean) (ratio <= 1.1) : p == 95 ? (Boolean) (ratio <= 1.2) : null);
            }
            double htmlOverJson = html.percentileMillis(50) - api.percentileMillis(50);
            row(out, String.format(Locale.ROOT, "`/search` HTML p50 (p95), concurrency %d", concurrency),
                    ms(html.percentileMillis(50)) + " (" + ms(html.percentileMillis(95)) + ")",
                    "JSON " + ms(api.percentileMillis(50)),
                    String.format(Locale.ROOT, "%+.1f ms", htmlOverJson), "≤ +5 ms", htmlOverJson <= 5);
            row(out, String.format(Locale.ROOT, "throughput, concurrency %d", concurrency),
                    String.format(Locale.ROOT, "API %.0f /s, HTML %.0f /s", api.perSecond(), html.perSecond()),
                    String.format(Locale.ROOT, "%.0f /s", engine.perSecond()),
                    String.format(Locale.ROOT, "%.2f", api.perSecond() / engine.perSecond()), "", null);
        }
        row(out, "engine searches per request (`/api/search`, `/search`)",
                String.format(Locale.ROOT, "%.2f, %.2f", engineSearchesPerRequest.get(Target.API),
                        engineSearchesPerRequest.get(Target.HTML)),
                String.format(Locale.ROOT, "%.2f", engineSearchesPerRequest.get(Target.ENGINE)), "", "", null);
        double gib = options.articles() >= 1_000_000 ? 1.5 : 1.0;
        row(out, String.format(Locale.ROOT, "RSS after importing %,d (peak)", imported.articles()),
                String.format(Locale.ROOT, "%,d MiB (%,d MiB; anonymous ≤ %,d, mapped files ≤ %,d)", rssKib / 1024,
                        peakRssKib / 1024, peakAnonKib / 1024, peakFileKib / 1024), "", "",
                String.format(Locale.ROOT, "≤ %,.0f MiB", gib * 1024),
                options.articles() <= 100_000 || options.articles() >= 1_000_000 ? (Boolean) (rssKib <= gib * 1024 * 1024) : null);
        row(out, "RSS after the searches (restarted)", String.format(Locale.ROOT, "%,d MiB", rssAfterSearchKib / 1024),
                "", "", "", null);
        row(out, String.format(Locale.ROOT, "start-up to a searchable page, %,d articles (empty store)", imported.articles()),
                String.format(Locale.ROOT, "%.1f s (%.1f s)", startFull, startEmpty), "", "", "≤ 10 s", startFull <= 10);
        out.append(String.format(Locale.ROOT,
                "%nSearch: %d queries of one or two words (%s), page of 20 with seven facets, the date histogram and"
                        + " highlights; %d requests per target and concurrency in %d rotating rounds after a warm-up.%n",
                EngineComparison.QUERIES.size(), String.join(", ", EngineComparison.QUERIES), options.requests(), options.rounds()));
        return out.toString();
    }

    private static void row(StringBuilder out, String work, String app, String raw, String ratio, String target, Boolean met) {
        out.append("| ").append(work).append(" | ").append(app).append(" | ").append(raw).append(" | ").append(ratio)
                .append(" | ").append(target).append(" | ").append(met == null ? "" : met ? "yes" : "**no**").append(" |\n");
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
