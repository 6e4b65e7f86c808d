package io.sightline.article;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the index in step with article writes through an outbox ({@link IndexOutboxEntry}).
 *
 * <p>A write path (import, correction, deletion, re-extraction) changes articles and calls
 * {@link #recordWrites} in the same database transaction: that queues one outbox entry per
 * article and switches Hibernate Search's automatic indexing off for articles in that
 * transaction. Once the transaction has committed, {@link #sync} writes the articles' current
 * state to the index (a document per stored article, a purge per deleted one), waits for the
 * engine's acknowledgement and only then deletes their outbox entries. So the database commit
 * always comes first, and whatever a crash, a stopped engine or a full disk interrupts stays in
 * the outbox and is replayed by {@link #replayPending} (at start-up and every
 * {@code sightline.consistency.replay-interval}). Replaying is idempotent: it indexes what the
 * database holds now, not what the write held then.
 */
@ApplicationScoped
public class ArticleIndex {

    /** Articles per index request when syncing or replaying. */
    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(ArticleIndex.class);

    private final SearchMapping searchMapping;

    ArticleIndex(SearchMapping searchMapping) {
        this.searchMapping = searchMapping;
    }

    /**
     * Called first in a transaction that changes articles: keeps Hibernate Search from indexing
     * them itself at commit (it would not tell us if that failed, and the outbox does it after).
     * Must come before the changes are flushed, or Hibernate Search has already planned them.
     */
    public static void beginWrites() {
        Search.session(Article.getEntityManager()).indexingPlanFilter(filter -> filter.exclude(Article.class));
    }

    /** In the caller's transaction (opened by {@link #beginWrites}): queue the articles for indexing after commit. */
    public static void recordWrites(Collection<Long> articleIds) {
        EntityManager em = Article.getEntityManager();
        beginWrites();
        if (articleIds.isEmpty()) {
            return;
        }
        // One batched insert rather than an entity per article: the outbox id is an identity
        // column, so Hibernate inserted each entry on its own and read its key back (issue 13: in a
        // JFR profile of a 5k import, one unbatched statement per article on the writer thread).
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into index_outbox (article_id, queued_at) values (?, ?)")) {
                for (Long id : articleIds) {
                    insert.setLong(1, id);
                    insert.setObject(2, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * Writes these articles' current state to the index (purging those no longer stored) and
     * clears their outbox entries. Runs in its own transactions, after the writes committed.
     *
     * @return false when the engine refused or could not be reached: the entries stay queued
     */
    public boolean sync(Collection<Long> articleIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(articleIds));
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            try {
                QuarkusTransaction.requiringNew().run(() -> syncChunk(chunk));
            } catch (RuntimeException e) {
                LOG.warnf("The index could not be updated for %d articles (%s); they stay queued and are "
                        + "indexed when the engine accepts writes again", ids.size() - from, rootMessage(e));
                LOG.debug("Index write failure", e);
                return false;
            }
        }
        return true;
    }

    private void syncChunk(List<Long> ids) {
        EntityManager em = Article.getEntityManager();
        // Entries queued after this point (a newer write to one of these articles) stay for the next sync.
        Long upTo = em.createQuery("select max(e.id) from IndexOutboxEntry e", Long.class).getSingleResult();
        List<Article> stored = em.createQuery("select a from Article a where a.id in :ids", Article.class)
                .setParameter("ids", ids).getResultList();
        Set<Long> found = new HashSet<>();
        SearchSession session = Search.session(em);
        session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
        for (Article article : stored) {
            session.indexingPlan().addOrUpdate(article);
            found.add(article.id);
        }
        for (Long id : ids) {
            if (!found.contains(id)) {
                session.indexingPlan().purge(Article.class, id, null);
            }
        }
        // Throws when the engine refuses or is unreachable: the transaction rolls back, entries stay.
        session.indexingPlan().execute();
        if (upTo != null) {
            em.createQuery("delete from IndexOutboxEntry e where e.articleId in :ids and e.id <= :upTo")
                    .setParameter("ids", ids).setParameter("upTo", upTo).executeUpdate();
        }
    }

    /** What a replay of the outbox did. */
    public record Replay(long articles, boolean complete) {
    }

    /** Indexes every article still queued in the outbox, oldest first. */
    public Replay replayPending() {
        long synced = 0;
        while (true) {
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> Article.getEntityManager()
                    .createQuery("select e.articleId from IndexOutboxEntry e group by e.articleId order by min(e.id)",
                            Long.class)
                    .setMaxResults(BATCH).getResultList());
            if (ids.isEmpty()) {
                break;
            }
            if (!sync(ids)) {
                return new Replay(synced, false);
            }
            synced += ids.size();
        }
        if (synced > 0) {
            refresh();
            LOG.infof("Replayed %d queued index writes", synced);
        }
        return new Replay(synced, true);
    }

    /** Articles whose index write is not confirmed yet. */
    public long pendingCount() {
        return QuarkusTransaction.requiringNew().call(() -> Article.getEntityManager()
                .createQuery("select count(distinct e.articleId) from IndexOutboxEntry e", Long.class)
                .getSingleResult());
    }

    /** Which of these article ids have a document in the index (after the last refresh). */
    public Set<Long> indexedAmong(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Set.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> new HashSet<>(Search.session(Article.getEntityManager())
                .search(Article.class).select(f -> f.id(Long.class))
                .where(f -> f.id().matchingAny(articleIds)).fetchHits(articleIds.size())));
    }

    /** Makes everything written so far visible to searches. */
    public void refresh() {
        searchMapping.scope(Article.class).workspace().refresh();
    }

    @Scheduled(identity = "index-outbox-replay", every = "${sightline.consistency.replay-interval}",
            delayed = "${sightline.consistency.replay-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void replayOnSchedule() {
        if (pendingCount() > 0) {
            replayPending();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
