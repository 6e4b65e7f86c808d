package io.sightline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.sightline.article.Reindexing;
import io.sightline.ingest.ImportReport;
import io.sightline.ingest.PathImporter;
import io.sightline.ingest.Reextraction;

/**
 * Entry point. Without arguments (or with {@code serve}) Sightline serves the web app; the other
 * commands run against the same store and engine and exit:
 * <pre>
 *   sightline [serve]
 *   sightline import [--source NAME] PATH...   files, folders, zips (text, JSON Lines, HTML, RSS/Atom)
 *   sightline reindex [--drop]                 rebuild the search index from the database
 *   sightline reextract                        run entity extraction again over all articles
 *   sightline benchmark [--articles N] CORPUS.jsonl...
 *   sightline engine [options]                 one OpenSearch node of a cluster, without the app
 * </pre>
 * Commands need the store to themselves: stop a running server first (its database and engine
 * folders are locked while it runs).
 */
@QuarkusMain
public class SightlineMain implements QuarkusApplication {

    static final String USAGE = """
            Usage: sightline [serve]                            run the web app on http://localhost:8080
                   sightline import [--source NAME] PATH...     import files, folders or zips, then exit
                                                                (.txt, .jsonl, .html, .rss/.atom/.xml, .zip)
                   sightline reindex [--drop]                   rebuild the search index; search keeps
                                                                answering (--drop: recreate it first)
                   sightline reextract                          extract entities again for all articles
                   sightline benchmark [--articles N] FILE.jsonl...
                                                                import N articles into an empty store and
                                                                print the rate (see bin/benchmark-import)
                   sightline engine [options]                   run one OpenSearch node of a cluster
                                                                (sightline engine --help for its options)
            Exit status: 0 done, 1 some input failed, 2 usage error.
            """;

    private static final List<String> COMMANDS = List.of("import", "reindex", "reextract", "benchmark");

    @Inject
    PathImporter pathImporter;

    @Inject
    Reindexing reindexing;

    @Inject
    Reextraction reextraction;

    @Inject
    ImportBenchmark benchmark;

    public static void main(String... args) throws InterruptedException {
        // production: the standalone engine node runs without Quarkus (no database, no web app)
        if (args.length > 0 && "engine".equals(args[0])) {
            List<String> options = Arrays.asList(args).subList(1, args.length);
            if (options.contains("--help") || options.contains("-h")) {
                System.out.print(io.sightline.engine.StandaloneEngine.USAGE);
                return;
            }
            System.exit(io.sightline.engine.StandaloneEngine.run(options));
        }
        if (args.length > 0 && !"serve".equals(args[0])) {
            if (!COMMANDS.contains(args[0]) && !List.of("help", "--help", "-h").contains(args[0])) {
                System.err.println("Unknown command '" + args[0] + "'.\n" + USAGE);
                System.exit(2);
            }
            if (!COMMANDS.contains(args[0])) {
                System.out.print(USAGE);
                return;
            }
            // A command is not a server: no samples, no feed polling, no fixed HTTP port to collide with.
            System.setProperty("sightline.samples.load-when-empty", "false");
            System.setProperty("quarkus.scheduler.enabled", "false");
            System.setProperty("quarkus.http.port", "0");
        }
        Quarkus.run(SightlineMain.class, args);
    }

    @Override
    public int run(String... args) throws Exception {
        if (args.length == 0 || "serve".equals(args[0])) {
            Quarkus.waitForExit();
            return 0;
        }
        List<String> arguments = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "import" -> importPaths(arguments);
            case "reindex" -> reindex(arguments);
            case "reextract" -> reextract(arguments);
            case "benchmark" -> benchmark(arguments);
            default -> 2;
        };
    }

    private int importPaths(List<String> arguments) {
        String source = null;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if ("--source".equals(argument) && i + 1 < arguments.size()) {
                source = arguments.get(++i);
            } else if (argument.startsWith("--")) {
                System.err.println("Unknown option " + argument + "\n" + USAGE);
                return 2;
            } else {
                paths.add(Path.of(argument));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("Name at least one file or folder to import.\n" + USAGE);
            return 2;
        }
        ProgressBar bar = ProgressBar.onStderr("files");
        long start = System.nanoTime();
        int[] files = {0};
        ImportReport report = pathImporter.importPaths(paths, source, (done, total, soFar) -> {
            files[0] = done;
            bar.update(done, total, soFar.getCreated() + " new, " + soFar.getRejected() + " failed");
        });
        bar.finish();
        for (ImportReport.Rejection rejection : report.getRejections()) {
            System.err.println("failed: " + rejection.origin() + ": " + rejection.reason());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Imported %d file%s in %.1f s: %s%n", files[0], files[0] == 1 ? "" : "s",
                seconds, report.summary());
        return report.getRejected() == 0 ? 0 : 1;
    }

    private int reindex(List<String> arguments) throws InterruptedException {
        boolean drop = arguments.contains("--drop");
        if (arguments.stream().anyMatch(argument -> !"--drop".equals(argument))) {
            System.err.println("reindex takes only --drop.\n" + USAGE);
            return 2;
        }
        long total = reindexing.articleCount();
        ProgressBar bar = ProgressBar.onStderr("articles");
        long start = System.nanoTime();
        Reindexing.Result result = reindexing.reindex(drop, indexed -> {
            synchronized (bar) {
                bar.update(indexed, total, null);
            }
        });
        bar.finish();
        System.out.printf(Locale.ROOT, "Reindexed %d articles in %.1f s%s%n", result.indexed(),
                (System.nanoTime() - start) / 1e9,
                result.staleRemoved() > 0 ? "; removed " + result.staleRemoved() + " stale documents" : "");
        return 0;
    }

    private int reextract(List<String> arguments) {
        if (!arguments.isEmpty()) {
            System.err.println("reextract takes no arguments.\n" + USAGE);
            return 2;
        }
        ProgressBar bar = ProgressBar.onStderr("articles");
        long start = System.nanoTime();
        long changed = reextraction.reextractAll((done, total, changedSoFar) -> bar.update(done, total,
                changedSoFar + " changed"));
        bar.finish();
        System.out.printf(Locale.ROOT, "Re-extracted entities in %.1f s: %d articles changed%n",
                (System.nanoTime() - start) / 1e9, changed);
        return 0;
    }

    private int benchmark(List<String> arguments) throws java.io.IOException {
        int articles = 10_000;
        List<Path> corpora = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if ("--articles".equals(argument) && i + 1 < arguments.size()) {
                articles = Integer.parseInt(arguments.get(++i));
            } else if (argument.startsWith("--")) {
                System.err.println("Unknown option " + argument + "\n" + USAGE);
                return 2;
            } else {
                corpora.add(Path.of(argument));
            }
        }
        if (corpora.isEmpty()) {
            System.err.println("Name at least one JSON Lines corpus.\n" + USAGE);
            return 2;
        }
        return benchmark.run(articles, corpora);
    }
}
