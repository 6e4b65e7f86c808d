package io.sightline.ingest;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sightline.article.PublicationDates;
import io.sightline.article.Article;
import io.sightline.article.ContentHash;
import io.sightline.extract.EntityExtractor;
import io.sightline.extract.EntityType;
import io.sightline.extract.Extraction;

/**
 * Stores parsed articles: validates them, skips those already stored (same URL or same
 * normalised text), extracts their entities and writes them in transactions of a configurable
 * size. Hashing and entity extraction run on all cores before the writes; Hibernate Search
 * sends each transaction's articles to the engine in one bulk request when it commits.
 *
 * <p>Import batches are indexed {@code write-sync}, whatever the application's default: a
 * commit returns once the engine has the documents durably, but does not wait for them to
 * become searchable. {@code sync} or {@code read-sync}
 * would force an index refresh per transaction, which makes bulk imports pay for many tiny
 * segments; instead {@link Session#finish()} refreshes once, so that an import is searchable
 * as soon as it reports back. {@code async} would report articles as stored before the engine
 * has them.
 *
 * <p>A batch that fails as a whole is retried article by article, so one bad article is
 * reported and the others are kept; nothing stored earlier is ever touched.
 */
@ApplicationScoped
public class ArticleImporter {

    public static final int MAX_TITLE_CHARS = 1000;
    public static final int MAX_BODY_CHARS = 2_000_000;
    public static final int MAX_URL_CHARS = 2048;

    private static final Logger LOG = Logger.getLogger(ArticleImporter.class);

    private final EntityExtractor extractor;
    private final SearchMapping searchMapping;
    private final int batchSize;
    /** Batches written at the same time by one import; 0 = written in the caller's thread. */
    private final int writers;
    private final ExecutorService writerThreads;
    // production: Prometheus counters of every import's outcome
    @jakarta.inject.Inject
    ImportMetrics metrics;

    ArticleImporter(EntityExtractor extractor, SearchMapping searchMapping,
            @ConfigProperty(name = "sightline.import.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "sightline.import.writers", defaultValue = "1") int writers) {
        this.writers = Math.max(0, writers);
        this.writerThreads = this.writers == 0 ? null : Executors.newFixedThreadPool(this.writers, runnable -> {
            Thread thread = new Thread(runnable, "sightline-import-writer");
            thread.setDaemon(true);
            return thread;
        });
        this.extractor = extractor;
        this.searchMapping = searchMapping;
        this.batchSize = Math.max(1, batchSize);
    }

    public ImportReport importItems(List<ParsedItem> items) {
        Session session = session();
        items.forEach(session::add);
        return session.finish();
    }

    /** Starts an import that takes items one at a time, for inputs too large to parse up front. */
    public Session session() {
        return new Session();
    }

    /**
     * One import in progress: items are validated as they come and stored a batch at a time.
     * Not thread-safe; {@link #report()} may be read between calls, for progress.
     */
    public final class Session {

        private final ImportReport report = new ImportReport();
        private final List<ArticleDraft> batch = new ArrayList<>(batchSize);
        /** Earlier batches, being written while the next one is prepared; oldest first. */
        private final java.util.ArrayDeque<CompletableFuture<ImportReport>> writing = new java.util.ArrayDeque<>();

        private Session() {
        }

        public void add(ParsedItem item) {
            if (item.isRejected()) {
                report.rejected(item.origin(), item.rejection());
                return;
            }
            String problem = validate(item.draft());
            if (problem != null) {
                report.rejected(item.origin(), problem);
                return;
            }
            batch.add(item.draft());
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        /** Counts so far (the current batch not included until it is stored). */
        public ImportReport report() {
            return report;
        }

        /**
         * Stores the last batch and makes the import visible to searches at once: one index
         * refresh per import, rather than one per batch (which bulk imports would pay for).
         */
        public ImportReport finish() {
            flush();
            awaitWriting();
            if (report.getCreated() > 0) {
                searchMapping.scope(Article.class).workspace().refresh();
            }
            metrics.count(report);
            return report;
        }

        /**
         * Prepares this batch (hashes, dedup look-up, extraction) in the caller's thread while
         * earlier batches are written and indexed by the writer threads: the CPU work, the
         * database and the engine work at the same time instead of taking turns. With two
         * writers the engine indexes two bulk requests at once, on two cores.
         */
        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            Prepared prepared = prepare(List.copyOf(batch));
            batch.clear();
            if (writers == 0) {
                storeBatch(prepared, report);
                return;
            }
            while (writing.size() >= writers) {
                awaitOldest();
            }
            writing.add(CompletableFuture.supplyAsync(() -> {
                ImportReport written = new ImportReport();
                storeBatch(prepared, written);
                return written;
            }, writerThreads));
        }

        private void awaitWriting() {
            while (!writing.isEmpty()) {
                awaitOldest();
            }
        }

        private void awaitOldest() {
            report.add(writing.poll().join());
        }
    }

    @jakarta.annotation.PreDestroy
    void stopWriters() {
        if (writerThreads != null) {
            writerThreads.shutdown();
        }
    }

    /** Copies an extraction's entity sets onto the article (also used when re-extracting). */
    public static void applyEntities(Article article, Extraction extraction) {
        for (EntityType type : EntityType.values()) {
            replace(article.entities(type), extraction.values(type));
        }
        replace(article.weaponTypes, extraction.weaponTypes());
        replace(article.weaponOrigins, extraction.weaponOrigins());
    }

    private static void replace(Set<String> target, Set<String> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    static String validate(ArticleDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            return "the title is empty";
        }
        if (draft.title().length() > MAX_TITLE_CHARS) {
            return "the title is longer than " + MAX_TITLE_CHARS + " characters";
        }
        if (draft.body() == null || draft.body().isBlank()) {
            return "the body is empty";
        }
        if (draft.body().length() > MAX_BODY_CHARS) {
            return "the body is longer than " + MAX_BODY_CHARS + " characters";
        }
        String badDate = PublicationDates.implausibility(draft.published());
        if (badDate != null) {
            return badDate;
        }
        if (draft.source() == null || draft.source().isBlank() || draft.source().length() > 300) {
            return "the source must be 1 to 300 characters";
        }
        if (draft.url() != null) {
            if (draft.url().length() > MAX_URL_CHARS) {
                return "the url is longer than " + MAX_URL_CHARS + " characters";
            }
            try {
                URI uri = new URI(draft.url());
                if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                    return "the url must be http or https: " + draft.url();
                }
            } catch (java.net.URISyntaxException e) {
                return "the url is not valid: " + e.getMessage();
            }
        }
        return null;
    }

    /** A batch ready to write: content hashes, and extractions for the drafts that looked new. */
    private record Prepared(List<ArticleDraft> drafts, List<String> hashes, List<Extraction> extractions) {
    }

    /**
     * Hashing, the dedup look-up and entity extraction, outside the write transaction. Hashing
     * and extraction are pure CPU work on immutable drafts and run on all cores. Drafts already
     * stored are not extracted, so re-imports are cheap.
     */
    private Prepared prepare(List<ArticleDraft> batch) {
        List<String> hashes = batch.parallelStream().map(draft -> ContentHash.of(draft.title(), draft.body())).toList();
        Stored stored = QuarkusTransaction.requiringNew().call(() -> alreadyStored(batch, hashes));
        Extraction[] extractions = new Extraction[batch.size()];
        java.util.stream.IntStream.range(0, batch.size()).parallel()
                .filter(i -> !stored.contains(batch.get(i), hashes.get(i)))
                .forEach(i -> extractions[i] = extractor.extract(batch.get(i).title().strip(), batch.get(i).body().strip()));
        return new Prepared(batch, hashes, java.util.Arrays.asList(extractions));
    }

    /** Hashes and URLs of a batch that are in the store already. */
    private record Stored(Set<String> hashes, Set<String> urls) {
        boolean contains(ArticleDraft draft, String hash) {
            return hashes.contains(hash) || (draft.url() != null && urls.contains(draft.url()));
        }
    }

    private static Stored alreadyStored(List<ArticleDraft> batch, List<String> hashes) {
        List<String> urls = batch.stream().map(ArticleDraft::url).filter(java.util.Objects::nonNull).toList();
        var em = Article.getEntityManager();
        Set<String> seenHashes = new HashSet<>(em.createQuery(
                "select a.contentHash from Article a where a.contentHash in :hashes", String.class)
                .setParameter("hashes", hashes).getResultList());
        Set<String> seenUrls = urls.isEmpty() ? new HashSet<>()
                : new HashSet<>(em.createQuery("select a.url from Article a where a.url in :urls", String.class)
                        .setParameter("urls", urls).getResultList());
        return new Stored(seenHashes, seenUrls);
    }

    private void storeBatch(Prepared batch, ImportReport report) {
        try {
            ImportReport batchReport = QuarkusTransaction.requiringNew().call(() -> store(batch));
            report.add(batchReport);
        } catch (RuntimeException batchFailure) {
            if (batch.drafts().size() == 1) {
                LOG.warnf(batchFailure, "Could not store %s", batch.drafts().get(0).origin());
                report.rejected(batch.drafts().get(0).origin(), "could not be stored: " + rootMessage(batchFailure));
                return;
            }
            LOG.warnf("A batch of %d articles failed (%s); storing them one by one", batch.drafts().size(),
                    rootMessage(batchFailure));
            for (int i = 0; i < batch.drafts().size(); i++) {
                storeBatch(new Prepared(List.of(batch.drafts().get(i)), List.of(batch.hashes().get(i)),
                        java.util.Collections.singletonList(batch.extractions().get(i))), report);
            }
        }
    }

    /** Writes the batch's new articles; the dedup look-up is repeated, as other imports may have run meanwhile. */
    private ImportReport store(Prepared batch) {
        ImportReport report = new ImportReport();
        // Whatever the application-wide strategy, an import batch does not wait for a refresh:
        // Session.finish() refreshes once for the whole import (see the class comment).
        Search.session(Article.getEntityManager())
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
        Stored stored = alreadyStored(batch.drafts(), batch.hashes());
        Instant now = Instant.now();
        List<Article> created = new ArrayList<>();
        for (int i = 0; i < batch.drafts().size(); i++) {
            ArticleDraft draft = batch.drafts().get(i);
            String hash = batch.hashes().get(i);
            if (stored.contains(draft, hash)) {
                report.alreadyPresent();
                continue;
            }
            stored.hashes().add(hash);
            if (draft.url() != null) {
                stored.urls().add(draft.url());
            }
            Article article = new Article();
            article.title = draft.title().strip();
            article.body = draft.body().strip();
            article.url = draft.url();
            article.source = draft.source().strip();
            article.published = draft.published();
            article.contentHash = hash;
            article.importedAt = now;
            Extraction extraction = batch.extractions().get(i);
            applyEntities(article, extraction != null ? extraction : extractor.extract(article.title, article.body));
            article.persist();
            created.add(article);
        }
        Article.flush();
        created.forEach(article -> report.created(article.id));
        return report;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
