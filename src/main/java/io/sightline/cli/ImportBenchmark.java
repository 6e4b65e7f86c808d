package io.sightline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sightline.article.Article;
import io.sightline.extract.EntityExtractor;
import io.sightline.ingest.ArticleDraft;
import io.sightline.ingest.ArticleImporter;
import io.sightline.ingest.ImportReport;
import io.sightline.ingest.JsonLinesFormat;
import io.sightline.ingest.ParsedItem;

/**
 * {@code sightline benchmark}: imports N articles made from real text (JSON Lines corpora) into
 * an empty store and prints the end-to-end rate. When N exceeds the corpus, articles are reused
 * with a numbered title, so that each is new to the dedup. Run it through
 * {@code bin/benchmark-import}, which gives it a fresh temporary data folder.
 */
@ApplicationScoped
public class ImportBenchmark {

    private final ArticleImporter importer;
    private final EntityExtractor extractor;
    private final SearchMapping searchMapping;

    ImportBenchmark(ArticleImporter importer, EntityExtractor extractor, SearchMapping searchMapping) {
        this.importer = importer;
        this.extractor = extractor;
        this.searchMapping = searchMapping;
    }

    /**
     * CPU time of the JVM's threads by what they do: preparing batches (hashing, extraction),
     * writing them (database, building index documents), the engine indexing them, the rest.
     */
    private static java.util.Map<String, Long> cpuByActivity() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> cpu = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos < 0) {
                continue;
            }
            String name = info.getThreadName();
            String activity = name.equals("main") || name.startsWith("ForkJoinPool.commonPool") ? "prepare"
                    : name.startsWith("sightline-import-writer") ? "write"
                    : name.startsWith("Hibernate Search") || name.startsWith("sightline-import-indexer") ? "index-client"
                    : name.startsWith("opensearch") ? "engine"
                    : "other";
            cpu.merge(activity, nanos, Long::sum);
        }
        return cpu;
    }

    int run(int articles, List<Path> corpora) throws IOException {
        if (QuarkusTransaction.requiringNew().call(() -> Article.count()) > 0) {
            System.err.println("The store is not empty: run the benchmark on a fresh data folder (bin/benchmark-import).");
            return 2;
        }
        List<ArticleDraft> texts = new ArrayList<>();
        for (Path corpus : corpora) {
            String content = Files.readString(corpus, StandardCharsets.UTF_8);
            new JsonLinesFormat().parse(content, corpus.toString(), "bench").stream()
                    .filter(item -> !item.isRejected()).forEach(item -> texts.add(item.draft()));
        }
        if (texts.isEmpty()) {
            System.err.println("No articles in " + corpora);
            return 2;
        }
        List<ParsedItem> items = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            ArticleDraft text = texts.get(i % texts.size());
            int round = i / texts.size();
            items.add(ParsedItem.accepted(round == 0 ? text : new ArticleDraft(text.title() + " [" + round + "]",
                    text.body(), null, text.source(), text.published(), text.origin())));
        }
        long chars = items.stream().mapToLong(item -> item.draft().body().length()).sum();
        System.out.printf(Locale.ROOT, "Corpus: %d texts from %s; importing %d articles, %.1f MB of text, %d cores%n",
                texts.size(), corpora, articles, chars / 1e6, Runtime.getRuntime().availableProcessors());

        // Extraction alone, on all cores: the ceiling for the whole import.
        List<ArticleDraft> sample = texts.subList(0, Math.min(texts.size(), 2000));
        long extractStart = System.nanoTime();
        sample.parallelStream().forEach(draft -> extractor.extract(draft.title(), draft.body()));
        double extractionRate = sample.size() / ((System.nanoTime() - extractStart) / 1e9);

        ProgressBar bar = ProgressBar.onStderr("articles");
        java.util.Map<String, Long> cpuBefore = cpuByActivity();
        long start = System.nanoTime();
        ArticleImporter.Session session = importer.session();
        int n = 0;
        for (ParsedItem item : items) {
            session.add(item);
            if (++n % 200 == 0) {
                bar.update(n, articles, null);
            }
        }
        ImportReport report = session.finish();
        double importSeconds = (System.nanoTime() - start) / 1e9;
        searchMapping.scope(Article.class).workspace().refresh();
        double searchableSeconds = (System.nanoTime() - start) / 1e9;
        bar.finish();
        long indexed = QuarkusTransaction.requiringNew().call(() -> org.hibernate.search.mapper.orm.Search
                .session(Article.getEntityManager()).search(Article.class).where(f -> f.matchAll())
                .fetchTotalHitCount());
        System.out.printf(Locale.ROOT, "Imported: %s in %.1f s = %.0f articles/s (stored and indexed)%n",
                report.summary(), importSeconds, articles / importSeconds);
        System.out.printf(Locale.ROOT, "Searchable after %.1f s; %d documents in the index%n", searchableSeconds, indexed);
        System.out.printf(Locale.ROOT, "Extraction alone: %.0f articles/s on %d cores%n", extractionRate,
                Runtime.getRuntime().availableProcessors());
        java.util.Map<String, Long> cpuAfter = cpuByActivity();
        StringBuilder cpu = new StringBuilder("CPU time during the import:");
        cpuAfter.forEach((activity, nanos) -> cpu.append(String.format(Locale.ROOT, " %s %.1f s;", activity,
                (nanos - cpuBefore.getOrDefault(activity, 0L)) / 1e9)));
        System.out.println(cpu);
        return report.getRejected() == 0 && indexed == report.getCreated() ? 0 : 1;
    }
}
