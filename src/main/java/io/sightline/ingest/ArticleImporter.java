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
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.sightline.article.PublicationDates;
import io.sightline.article.Article;
import io.sightline.article.ArticleIndex;
import io.sightline.article.ArticleMentions;
import io.sightline.article.ContentHash;
import io.sightline.extract.EntityExtractor;
import io.sightline.extract.EntityType;
import io.sightline.extract.Extraction;

/**
 * Stores parsed articles: validates them, skips those already stored (same URL and text, or
 * same normalised text), updates those whose URL is stored with a changed text (a correction),
 * extracts their entities and writes them in transactions of a configurable size. Hashing and
 * entity extraction run on all cores before the writes.
 *
 * <p>Indexing goes through the outbox ({@link ArticleIndex}): each batch's transaction records
 * which articles it wrote; once it has committed, their documents are sent to the engine in one
 * bulk request ({@code write-sync}: durable, not yet refreshed) and the records cleared. A crash
 * or an engine failure in between leaves the records, which are replayed later; the import
 * reports such articles as not yet searchable. {@link Session#finish()} refreshes once, so that
 * an import is searchable as soon as it reports back, rather than paying for a refresh per batch.
 *
 * <p>A batch that fails as a whole is retried article by article, so one bad article is
 * reported and the others are kept; nothing stored earlier is ever touched. An already present
 * article that is missing from the index (an import interrupted between commit and index write)
 * is indexed again, so re-importing an interrupted batch completes it.
 *
 * <p>On shutdown (SIGTERM), imports in progress finish the batch they hold and report the rest
 * as not imported; shutdown waits for them, so that the engine stops after the last index write.
 */
@ApplicationScoped
public class ArticleImporter {

    public static final int MAX_TITLE_CHARS = 1000;
    public static final int MAX_BODY_CHARS = 2_000_000;
    public static final int MAX_URL_CHARS = 2048;

    private static final Logger LOG = Logger.getLogger(ArticleImporter.class);

    /** How long shutdown waits for imports in progress to store their current batch. */
    static final long SHUTDOWN_GRACE_MILLIS = 60_000;
    static final String SHUTTING_DOWN = "not imported: Sightline is shutting down; import it again once it is back";

    private final EntityExtractor extractor;
    private final ArticleIndex index;
    /** Set on shutdown: sessions stop taking items. */
    private volatile boolean closing;
    /** Sessions between their first item and finish(). */
    private final java.util.concurrent.atomic.AtomicInteger activeSessions = new java.util.concurrent.atomic.AtomicInteger();
    private final int batchSize;
    /** Batches written at the same time by one import; 0 = written in the caller's thread. */
    private final int writers;
    private final ExecutorService writerThreads;
    /**
     * Index writes of stored batches, one at a time and in order, while the writer threads store
     * the next batch: database and engine work at the same time instead of taking turns (issue 13).
     */
    private final ExecutorService indexerThread;
    // production: Prometheus counters of every import's outcome
    @jakarta.inject.Inject
    ImportMetrics metrics;

    ArticleImporter(EntityExtractor extractor, ArticleIndex index,
            @ConfigProperty(name = "sightline.import.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "sightline.import.writers", defaultValue = "1") int writers) {
        this.writers = Math.max(0, writers);
        this.writerThreads = this.writers == 0 ? null : Executors.newFixedThreadPool(this.writers, runnable -> {
            Thread thread = new Thread(runnable, "sightline-import-writer");
            thread.setDaemon(true);
            return thread;
        });
        this.indexerThread = this.writers == 0 ? null : Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sightline-import-indexer");
            thread.setDaemon(true);
            return thread;
        });
        this.extractor = extractor;
        this.index = index;
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

    /** True once shutdown began: new imports should be refused (HTTP 503). */
    public boolean isClosing() {
        return closing;
    }

    /**
     * Runs before the other shutdown observers (the embedded engine's among them): stops
     * sessions taking items and waits until each has stored and indexed the batch it holds and
     * answered, so that an interrupted import is reported, not lost half-indexed.
     */
    void onStop(@jakarta.enterprise.event.Observes @jakarta.annotation.Priority(1) ShutdownEvent event) {
        closing = true;
        long deadline = System.currentTimeMillis() + SHUTDOWN_GRACE_MILLIS;
        synchronized (activeSessions) {
            while (activeSessions.get() > 0 && System.currentTimeMillis() < deadline) {
                LOG.infof("Shutting down: waiting for %d import(s) to store their current batch", activeSessions.get());
                try {
                    activeSessions.wait(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
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
        private boolean active;

        private Session() {
        }

        public void add(ParsedItem item) {
            if (!active) {
                active = true;
                activeSessions.incrementAndGet();
            }
            if (closing) {
                report.rejected(item.origin(), SHUTTING_DOWN);
                return;
            }
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
            try {
                flush();
                awaitWriting();
                if (report.getCreated() + report.getUpdated() > report.getNotYetSearchable()) {
                    index.refresh();
                }
                metrics.count(report);
                return report;
            } finally {
                if (active) {
                    active = false;
                    synchronized (activeSessions) {
                        activeSessions.decrementAndGet();
                        activeSessions.notifyAll();
                    }
                }
            }
        }

        /**
         * Prepares this batch (hashes, dedup look-up, extraction) in the caller's thread while
         * the previous batch is written by a writer thread and the one before it indexed by the
         * indexer thread: the CPU work, the database and the engine work at the same time instead
         * of taking turns.
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
            // One more batch in flight than writers: the oldest is being indexed while the next is written.
            while (writing.size() > writers) {
                awaitOldest();
            }
            ImportReport written = new ImportReport();
            writing.add(CompletableFuture.supplyAsync(() -> storeWithRetry(prepared, written), writerThreads)
                    .thenApplyAsync(batches -> {
                        batches.forEach(batch -> indexWritten(batch, written));
                        return written;
                    }, indexerThread));
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
            indexerThread.shutdown();
        }
    }

    /**
     * Copies an extraction of the article's title and body (in that order, as
     * {@link EntityExtractor#extract(String, String)} reads them) onto the article: its entity sets
     * and where the body mentions them (also used when re-extracting).
     */
    public static void applyEntities(Article article, Extraction extraction) {
        for (EntityType type : EntityType.values()) {
            replace(article.entities(type), extraction.values(type));
        }
        replace(article.weaponTypes, extraction.weaponTypes());
        replace(article.weaponOrigins, extraction.weaponOrigins());
        // offsets: the page marks these instead of extracting on every view (issue 10, finding 4)
        article.mentions = ArticleMentions.encode(extraction, EntityExtractor.bodyOffset(article.title),
                article.body.length());
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
                .filter(i -> !stored.hashes().containsKey(hashes.get(i)))
                .forEach(i -> extractions[i] = extractor.extract(batch.get(i).title().strip(), batch.get(i).body().strip()));
        return new Prepared(batch, hashes, java.util.Arrays.asList(extractions));
    }

    /** Hashes and URLs of a batch that are in the store already, with their articles' ids. */
    private record Stored(java.util.Map<String, Long> hashes, java.util.Map<String, Long> urls) {
    }

    private static Stored alreadyStored(List<ArticleDraft> batch, List<String> hashes) {
        List<String> urls = batch.stream().map(ArticleDraft::url).filter(java.util.Objects::nonNull).toList();
        var em = Article.getEntityManager();
        java.util.Map<String, Long> seenHashes = new java.util.HashMap<>();
        em.createQuery("select a.contentHash, a.id from Article a where a.contentHash in :hashes", Object[].class)
                .setParameter("hashes", hashes).getResultList()
                .forEach(row -> seenHashes.put((String) row[0], (Long) row[1]));
        java.util.Map<String, Long> seenUrls = new java.util.HashMap<>();
        if (!urls.isEmpty()) {
            em.createQuery("select a.url, a.id from Article a where a.url in :urls", Object[].class)
                    .setParameter("urls", urls).getResultList()
                    .forEach(row -> seenUrls.put((String) row[0], (Long) row[1]));
        }
        return new Stored(seenHashes, seenUrls);
    }

    private void storeBatch(Prepared batch, ImportReport report) {
        storeWithRetry(batch, report).forEach(written -> indexWritten(written, report));
    }

    /**
     * The database part of a batch: one transaction, or one per article after the batch failed
     * (articles that cannot be stored are reported rejected). Returns what was committed, to index.
     */
    private List<Written> storeWithRetry(Prepared batch, ImportReport report) {
        try {
            return List.of(QuarkusTransaction.requiringNew().call(() -> store(batch)));
        } catch (RuntimeException batchFailure) {
            if (batch.drafts().size() == 1) {
                LOG.warnf(batchFailure, "Could not store %s", batch.drafts().get(0).origin());
                report.rejected(batch.drafts().get(0).origin(), "could not be stored: " + rootMessage(batchFailure));
                return List.of();
            }
            LOG.warnf("A batch of %d articles failed (%s); storing them one by one", batch.drafts().size(),
                    rootMessage(batchFailure));
            List<Written> written = new ArrayList<>();
            for (int i = 0; i < batch.drafts().size(); i++) {
                written.addAll(storeWithRetry(new Prepared(List.of(batch.drafts().get(i)), List.of(batch.hashes().get(i)),
                        java.util.Collections.singletonList(batch.extractions().get(i))), report));
            }
            return written;
        }
    }

    /** The commit came first; now the index write, acknowledged before the outbox is cleared. */
    private void indexWritten(Written written, ImportReport report) {
        List<Long> changed = new ArrayList<>(written.report().getCreatedIds());
        changed.addAll(written.report().getUpdatedIds());
        if (!index.sync(changed)) {
            written.report().notYetSearchable(changed.size());
        }
        indexIfMissing(written.alreadyPresentIds());
        LOG.debugf("Stored batch: %s", written.report().summary());
        report.add(written.report());
    }

    /** True when the new body says nothing the stored one does not (case, accents, punctuation aside). */
    static boolean isExcerptOf(String newBody, String storedBody) {
        return ContentHash.normalise(storedBody).contains(ContentHash.normalise(newBody));
    }

    /** A stored batch: its report, and the ids of the articles found already present. */
    private record Written(ImportReport report, List<Long> alreadyPresentIds) {
    }

    /**
     * Indexes the already present articles that have no document: an earlier import stored them
     * and was interrupted before their index write (also caught by the outbox replay and the
     * consistency check, but this way re-importing the batch completes it at once).
     */
    private void indexIfMissing(List<Long> alreadyPresentIds) {
        if (alreadyPresentIds.isEmpty()) {
            return;
        }
        try {
            java.util.Set<Long> indexed = index.indexedAmong(alreadyPresentIds);
            List<Long> missing = alreadyPresentIds.stream().filter(id -> !indexed.contains(id)).toList();
            if (!missing.isEmpty() && index.sync(missing)) {
                LOG.infof("Indexed %d already stored articles that were missing from the index", missing.size());
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not check whether %d already present articles are indexed", alreadyPresentIds.size());
        }
    }

    /**
     * Writes the batch's new articles and corrections, and records them in the outbox; the
     * dedup look-up is repeated, as other imports may have run meanwhile.
     */
    private Written store(Prepared batch) {
        ArticleIndex.beginWrites();
        ImportReport report = new ImportReport();
        Stored stored = alreadyStored(batch.drafts(), batch.hashes());
        Instant now = Instant.now();
        List<Article> created = new ArrayList<>();
        List<Long> updated = new ArrayList<>();
        List<Long> present = new ArrayList<>();
        java.util.Set<String> batchUrls = new HashSet<>();
        java.util.Set<String> batchHashes = new HashSet<>();
        for (int i = 0; i < batch.drafts().size(); i++) {
            ArticleDraft draft = batch.drafts().get(i);
            String hash = batch.hashes().get(i);
            Long sameText = stored.hashes().get(hash);
            Long sameUrl = draft.url() == null ? null : stored.urls().get(draft.url());
            if (sameText != null || batchHashes.contains(hash) || (draft.url() != null && batchUrls.contains(draft.url()))) {
                report.alreadyPresent();
                if (sameText != null) {
                    present.add(sameText);
                }
                continue;
            }
            batchHashes.add(hash);
            Extraction extraction = batch.extractions().get(i);
            if (sameUrl != null) {
                Article article = Article.findById(sameUrl);
                if (isExcerptOf(draft.body(), article.body)) {
                    // A feed's teaser of a page stored in full: polling the feed must not cut the text down.
                    report.alreadyPresent();
                    present.add(sameUrl);
                    continue;
                }
                // A correction: same URL, changed text. The article keeps its id, source and import date.
                article.title = draft.title().strip();
                article.body = draft.body().strip();
                if (draft.published() != null) {
                    article.published = draft.published();
                }
                article.contentHash = hash;
                applyEntities(article, extraction != null ? extraction : extractor.extract(article.title, article.body));
                updated.add(article.id);
                batchUrls.add(draft.url());
                continue;
            }
            if (draft.url() != null) {
                batchUrls.add(draft.url());
            }
            Article article = new Article();
            article.title = draft.title().strip();
            article.body = draft.body().strip();
            article.url = draft.url();
            article.source = draft.source().strip();
            article.published = draft.published();
            article.contentHash = hash;
            article.importedAt = now;
            applyEntities(article, extraction != null ? extraction : extractor.extract(article.title, article.body));
            article.persist();
            created.add(article);
        }
        Article.flush();
        created.forEach(article -> report.created(article.id));
        updated.forEach(report::updated);
        List<Long> written = new ArrayList<>(report.getCreatedIds());
        written.addAll(updated);
        ArticleIndex.recordWrites(written);
        return new Written(report, present);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
