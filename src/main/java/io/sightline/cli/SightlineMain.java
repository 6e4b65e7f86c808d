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
import io.sightline.article.ArticleIndex;
import io.sightline.article.ArticleRemoval;
import io.sightline.article.IndexConsistency;
import io.sightline.article.Reindexing;
import io.sightline.engine.EngineHeadStart;
import io.sightline.extract.DefaultEntityExtractor;
import io.sightline.ingest.ImportReport;
import io.sightline.ingest.PathImporter;
import io.sightline.ingest.Reextraction;

/**
 * Entry point. Without arguments (or with {@code serve}) Sightline serves the web app; the other
 * commands run against the same store and engine and exit:
 * <pre>
 *   sightline [serve]
 *   sightline import [--source NAME] PATH...   files, folders, zips (text, JSON Lines, HTML, RSS/Atom)
 *   sightline reindex                          rebuild the search index into a new one, then switch to it
 *   sightline reextract                        run entity extraction again over all articles
 *   sightline check | repair                   compare database and index | and repair the difference
 *   sightline delete ID... | --source NAME     remove articles (a takedown) from database and index
 *   sightline benchmark [--articles N] CORPUS.jsonl...
 *   sightline evaluate-relevance --corpus FILE.jsonl [--queries F] [--judgements F] [--variants] [--pool FILE [--depth N]]
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
                   sightline reindex                            rebuild the search index into a new one and
                                                                switch to it; search keeps answering
                   sightline reextract                          extract entities again for all articles
                   sightline check                              compare database and index (exit 1: they differ)
                   sightline repair                             make the index equal to the database
                   sightline delete ID...                       remove articles from database and index
                   sightline delete --source NAME               remove every article of a source
                   sightline benchmark [--articles N] FILE.jsonl...
                                                                import N articles into an empty store and
                                                                print the rate (see bin/benchmark-import)
                   sightline evaluate-relevance --corpus FILE.jsonl [--queries F] [--judgements F]
                                                [--variants] [--pool FILE [--depth N]]
                                                                nDCG@10, P@10, MRR of Sightline and plain
                                                                BM25 on a judged set (bin/evaluate-relevance)
                   sightline engine [options]                   run one OpenSearch node of a cluster
                                                                (sightline engine --help for its options)
            Exit status: 0 done, 1 some input failed (check: database and index differ), 2 usage error.
            """;

    private static final List<String> COMMANDS = List.of("import", "reindex", "reextract", "benchmark", "check",
            "repair", "delete", "evaluate-relevance");

    @Inject
    PathImporter pathImporter;

    @Inject
    Reindexing reindexing;

    @Inject
    Reextraction reextraction;

    @Inject
    ImportBenchmark benchmark;

    @Inject
    IndexConsistency consistency;

    @Inject
    ArticleIndex articleIndex;

    @Inject
    ArticleRemoval removal;

    @Inject
    RelevanceEvaluation relevanceEvaluation;

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
            // Commands check and repair only when asked (check must report, not repair first).
            System.setProperty("sightline.consistency.repair-on-start", "false");
        }
        // Start-up (issue 13, docs/benchmarks.md wave 5): the engine node and the extraction data
        // do not need Quarkus, so they start now, on threads of their own, while Quarkus boots.
        EngineHeadStart.begin();
        DefaultEntityExtractor.loadDataAhead();
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
            case "check" -> check(arguments);
            case "repair" -> repair(arguments);
            case "delete" -> delete(arguments);
            case "evaluate-relevance" -> evaluateRelevance(arguments);
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
        // Index writes an earlier, interrupted run left queued.
        articleIndex.replayPending();
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

    private int reindex(List<String> arguments) {
        if (!arguments.isEmpty()) {
            System.err.println("reindex takes no arguments.\n" + USAGE);
            return 2;
        }
        long total = reindexing.articleCount();
        ProgressBar bar = ProgressBar.onStderr("articles");
        long start = System.nanoTime();
        Reindexing.Result result = reindexing.reindex(indexed -> {
            synchronized (bar) {
                bar.update(indexed, total, null);
            }
        });
        bar.finish();
        System.out.printf(Locale.ROOT, "Reindexed %d articles in %.1f s into %s (was %s)%s%n", result.indexed(),
                (System.nanoTime() - start) / 1e9, result.newIndex(), result.previousIndex(),
                result.staleRemoved() > 0 ? "; removed " + result.staleRemoved() + " stale documents" : "");
        return 0;
    }

    private int check(List<String> arguments) {
        if (!arguments.isEmpty()) {
            System.err.println("check takes no arguments.\n" + USAGE);
            return 2;
        }
        IndexConsistency.Report report = consistency.check();
        System.out.println(report.summary());
        return report.consistent() ? 0 : 1;
    }

    private int repair(List<String> arguments) {
        if (!arguments.isEmpty()) {
            System.err.println("repair takes no arguments.\n" + USAGE);
            return 2;
        }
        IndexConsistency.Repair repair = consistency.repair();
        if (repair.before().consistent()) {
            System.out.println("Nothing to repair: " + repair.before().summary());
        } else {
            System.out.printf(Locale.ROOT, "Found: %s%nReplayed %d queued writes, indexed %d missing articles, "
                    + "removed %d orphan documents.%nNow: %s%n", repair.before().summary(), repair.replayed(),
                    repair.indexed(), repair.purged(), repair.after().summary());
        }
        return repair.after().consistent() ? 0 : 1;
    }

    private int delete(List<String> arguments) {
        if (arguments.size() == 2 && "--source".equals(arguments.get(0))) {
            String source = arguments.get(1);
            long total = removal.countSource(source);
            if (total == 0) {
                System.err.println("No articles of source '" + source + "'.");
                return 1;
            }
            ProgressBar bar = ProgressBar.onStderr("articles");
            long removed = removal.deleteSource(source, done -> bar.update(done, total, null));
            bar.finish();
            System.out.printf(Locale.ROOT, "Removed %d articles of source '%s'%n", removed, source);
            return 0;
        }
        if (arguments.isEmpty() || arguments.stream().anyMatch(argument -> !argument.matches("[0-9]{1,18}"))) {
            System.err.println("delete takes article ids, or --source NAME.\n" + USAGE);
            return 2;
        }
        int missing = 0;
        for (String argument : arguments) {
            if (removal.delete(Long.parseLong(argument))) {
                System.out.println("Removed article " + argument);
            } else {
                System.err.println("No article " + argument);
                missing++;
            }
        }
        return missing == 0 ? 0 : 1;
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

    private int evaluateRelevance(List<String> arguments) throws java.io.IOException {
        Path corpus = null;
        Path queries = Path.of("eval/relevance/queries.tsv");
        Path judgements = Path.of("eval/relevance/judgements.tsv");
        Path pool = null;
        int depth = RelevanceEvaluation.CUTOFF;
        boolean variants = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            boolean hasValue = i + 1 < arguments.size();
            switch (argument) {
                case "--corpus" -> corpus = hasValue ? Path.of(arguments.get(++i)) : null;
                case "--queries" -> queries = hasValue ? Path.of(arguments.get(++i)) : queries;
                case "--judgements" -> judgements = hasValue ? Path.of(arguments.get(++i)) : judgements;
                case "--pool" -> pool = hasValue ? Path.of(arguments.get(++i)) : null;
                case "--depth" -> depth = hasValue ? Integer.parseInt(arguments.get(++i)) : depth;
                case "--variants" -> variants = true;
                default -> {
                    System.err.println("Unknown option " + argument + "\n" + USAGE);
                    return 2;
                }
            }
        }
        if (corpus == null || !java.nio.file.Files.isRegularFile(corpus)) {
            System.err.println("Name the corpus with --corpus FILE.jsonl (" + corpus + " is not a file).\n" + USAGE);
            return 2;
        }
        if (!java.nio.file.Files.isRegularFile(queries)) {
            System.err.println(queries + ": no such file");
            return 2;
        }
        return relevanceEvaluation.run(corpus, queries, judgements, variants, pool, depth, System.out);
    }
}
