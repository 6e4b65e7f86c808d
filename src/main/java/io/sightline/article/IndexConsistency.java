package io.sightline.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Compares the database with the index and repairs the difference: at start-up (in the
 * background, so searches answer meanwhile), every {@code sightline.consistency.check-interval},
 * and on demand ({@code sightline check} / {@code repair}, {@code /api/admin/consistency}).
 *
 * <p>Counts are compared first (one query each side), then the ids: both sides are read as
 * sorted id lists (the database in key ranges of {@value #ID_RANGE}, the index by scrolling id
 * projections) and merged; equal counts alone would hide one missing article plus one orphan.
 * Ids are held as primitive longs (8 bytes each, a million articles in 16 MB for both sides),
 * and reading them is one scroll over id projections and one primary-key scan, cheap enough
 * for a schedule. The index is read before the database: an article committed in
 * between then looks missing and is indexed once more (harmless), while an id in the index was
 * committed before the database is read, so it is never taken for an orphan by mistake.
 *
 * <p>The repair replays the outbox ({@link ArticleIndex#replayPending}), then indexes the
 * articles missing from the index and purges documents whose article is gone, through
 * {@link ArticleIndex#sync}.
 */
@ApplicationScoped
public class IndexConsistency {

    static final int ID_RANGE = 10_000;
    /** Ids listed in a report; the counts are always complete. */
    static final int REPORTED_IDS = 20;

    private static final Logger LOG = Logger.getLogger(IndexConsistency.class);

    /** Held by repairs and rebuilds, so that two of them never work on the index at once. */
    private static final ReentrantLock MAINTENANCE = new ReentrantLock();

    /** What a comparison found. Id lists are the first {@value #REPORTED_IDS} of each kind. */
    public record Report(long databaseArticles, long indexDocuments, long pendingWrites, long missingFromIndex,
            long orphansInIndex, List<Long> missingIds, List<Long> orphanIds, boolean consistent) {

        public String summary() {
            return consistent
                    ? "database and index agree: " + databaseArticles + " articles"
                    : "database " + databaseArticles + " articles, index " + indexDocuments + " documents: "
                            + missingFromIndex + " missing from the index" + ranges(missingIds, missingFromIndex)
                            + ", " + orphansInIndex + " index documents without an article" + ranges(orphanIds, orphansInIndex)
                            + ", " + pendingWrites + " queued index writes";
        }

        private static String ranges(List<Long> ids, long count) {
            return ids.isEmpty() ? "" : " (ids " + IdRanges.describe(ids) + (count > ids.size() ? ", …" : "") + ")";
        }
    }

    /** What a repair did, and how things stand afterwards. */
    public record Repair(Report before, long replayed, long indexed, long purged, Report after) {
    }

    private final ArticleIndex index;
    private final ConsistencyConfig config;
    private volatile Thread startupRepair;

    IndexConsistency(ArticleIndex index, ConsistencyConfig config) {
        this.index = index;
        this.config = config;
    }

    void onStart(@Observes @Priority(IndexSchema.STARTUP_PRIORITY + 5) StartupEvent event) {
        if (!config.repairOnStart()) {
            return;
        }
        // In the background: a rebuild of a lost index takes minutes, and searches should answer meanwhile.
        Thread thread = new Thread(() -> {
            try {
                long stored = QuarkusTransaction.requiringNew().call(() -> Article.count());
                long documents = indexDocumentCount();
                if (stored > 0 && documents == 0) {
                    LOG.warnf("The search index is empty but the database holds %d articles (was the index folder "
                            + "deleted?). Rebuilding it now; searches answer with partial results until it is done.",
                            stored);
                }
                Repair repair = repair();
                if (!repair.before().consistent()) {
                    LOG.infof("Start-up check repaired the index: %s", describe(repair));
                } else {
                    LOG.infof("Start-up check: %s", repair.after().summary());
                }
            } catch (RuntimeException e) {
                LOG.warnf("Start-up check of the index failed (%s); it runs again on schedule", ArticleIndex.rootMessage(e));
                LOG.debug("Start-up check failure", e);
            }
        }, "sightline-index-check");
        thread.setDaemon(true);
        startupRepair = thread;
        thread.start();
    }

    /** Waits for the start-up check to end (for commands and tests). */
    public void awaitStartupCheck() throws InterruptedException {
        Thread thread = startupRepair;
        if (thread != null) {
            thread.join();
        }
    }

    @Scheduled(identity = "index-consistency-check", every = "${sightline.consistency.check-interval}",
            delayed = "${sightline.consistency.check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkOnSchedule() {
        if (!MAINTENANCE.tryLock()) {
            return; // a repair or rebuild is running
        }
        try {
            Repair repair = repair();
            if (!repair.before().consistent()) {
                LOG.warnf("Scheduled check found the index out of step and repaired it: %s", describe(repair));
            }
        } finally {
            MAINTENANCE.unlock();
        }
    }

    /** Runs work that must not overlap a repair or an index rebuild. */
    public static <T> T exclusively(Supplier<T> work) {
        MAINTENANCE.lock();
        try {
            return work.get();
        } finally {
            MAINTENANCE.unlock();
        }
    }

    /** Compares without changing anything. */
    public Report check() {
        index.refresh();
        long[] indexed = indexIds();
        long[] stored = databaseIds();
        long pending = index.pendingCount();
        List<Long> missing = new ArrayList<>();
        List<Long> orphans = new ArrayList<>();
        long[] counts = difference(stored, indexed, missing, orphans);
        return new Report(stored.length, indexed.length, pending, counts[0], counts[1],
                List.copyOf(missing.subList(0, Math.min(REPORTED_IDS, missing.size()))),
                List.copyOf(orphans.subList(0, Math.min(REPORTED_IDS, orphans.size()))),
                counts[0] == 0 && counts[1] == 0 && pending == 0);
    }

    /** Replays queued writes, indexes missing articles and purges orphan documents. */
    public Repair repair() {
        return exclusively(() -> {
            Report before = check();
            if (before.consistent()) {
                return new Repair(before, 0, 0, 0, before);
            }
            ArticleIndex.Replay replay = index.replayPending();
            index.refresh();
            long[] indexed = indexIds();
            long[] stored = databaseIds();
            List<Long> missing = new ArrayList<>();
            List<Long> orphans = new ArrayList<>();
            difference(stored, indexed, missing, orphans);
            boolean indexedAll = index.sync(missing);
            boolean purgedAll = index.sync(orphans);
            index.refresh();
            Report after = check();
            if (!replay.complete() || !indexedAll || !purgedAll) {
                LOG.warnf("The index could not be fully repaired (the engine refused writes): %s", after.summary());
            }
            return new Repair(before, replay.articles(), indexedAll ? missing.size() : 0, purgedAll ? orphans.size() : 0,
                    after);
        });
    }

    static String describe(Repair repair) {
        return "before: " + repair.before().summary() + "; replayed " + repair.replayed() + " queued writes, indexed "
                + repair.indexed() + " missing articles, removed " + repair.purged() + " orphan documents; now: "
                + repair.after().summary();
    }

    /**
     * Merges two sorted id lists; fills the ids only on the left (missing from the index) and
     * only on the right (orphans) and returns their counts.
     */
    static long[] difference(long[] stored, long[] indexed, List<Long> missing, List<Long> orphans) {
        int i = 0;
        int j = 0;
        while (i < stored.length || j < indexed.length) {
            if (j == indexed.length || (i < stored.length && stored[i] < indexed[j])) {
                missing.add(stored[i++]);
            } else if (i == stored.length || indexed[j] < stored[i]) {
                orphans.add(indexed[j++]);
            } else {
                i++;
                j++;
            }
        }
        return new long[] {missing.size(), orphans.size()};
    }

    private long indexDocumentCount() {
        index.refresh();
        return QuarkusTransaction.requiringNew().call(() -> Search.session(Article.getEntityManager())
                .search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }

    private static long[] indexIds() {
        return QuarkusTransaction.requiringNew().call(() -> {
            SearchSession session = Search.session(Article.getEntityManager());
            LongList ids = new LongList();
            try (var scroll = session.search(Article.class).select(f -> f.id(Long.class)).where(f -> f.matchAll())
                    .scroll(5000)) {
                for (List<Long> hits = scroll.next().hits(); !hits.isEmpty(); hits = scroll.next().hits()) {
                    hits.forEach(ids::add);
                }
            }
            return ids.sorted();
        });
    }

    private static long[] databaseIds() {
        LongList ids = new LongList();
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<Long> range = QuarkusTransaction.requiringNew().call(() -> Article.getEntityManager()
                    .createQuery("select a.id from Article a where a.id > :after order by a.id", Long.class)
                    .setParameter("after", from).setMaxResults(ID_RANGE).getResultList());
            range.forEach(ids::add);
            if (range.size() < ID_RANGE) {
                return ids.sorted();
            }
            after = range.get(range.size() - 1);
        }
    }

    /** A growable list of primitive longs (20,000 boxed Longs per side would be needless garbage). */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] sorted() {
            long[] result = Arrays.copyOf(values, size);
            Arrays.sort(result);
            return result;
        }
    }
}
