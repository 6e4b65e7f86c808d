package io.sightline.article;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds the article index from the database with Hibernate Search's mass indexer.
 *
 * <p>By default the index is <em>not</em> purged first ({@code purgeAllOnStart(false)}): every
 * article's document is overwritten in place, so search keeps answering, with complete results,
 * all along. Documents of articles no longer in the database are then deleted one by one.
 * The mass indexer's default (purge, then fill) would leave searches empty or partial until it
 * ends; an alias swap (build a second index, then move the read alias) would also keep search
 * up, but Hibernate Search does not automate it and it doubles the disk used. In-place
 * overwriting suffices as long as the mapping is compatible; after an incompatible mapping
 * change, {@code drop} recreates the index first, and search is partial until it is done.
 */
@ApplicationScoped
public class Reindexing {

    /** What a rebuild did. */
    public record Result(long indexed, long staleRemoved) {
    }

    private final SearchMapping searchMapping;

    Reindexing(SearchMapping searchMapping) {
        this.searchMapping = searchMapping;
    }

    public long articleCount() {
        return QuarkusTransaction.requiringNew().call(() -> Article.count());
    }

    /** @param progress told the number of documents indexed so far, from indexing threads */
    public Result reindex(boolean drop, LongConsumer progress) throws InterruptedException {
        AtomicLong indexed = new AtomicLong();
        searchMapping.scope(Article.class).massIndexer()
                .purgeAllOnStart(false)
                .dropAndCreateSchemaOnStart(drop)
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                .monitor(new MassIndexingMonitor() {
                    @Override
                    public void documentsAdded(long increment) {
                        progress.accept(indexed.addAndGet(increment));
                    }

                    @Override
                    public void documentsBuilt(long increment) {
                    }

                    @Override
                    public void entitiesLoaded(long increment) {
                    }

                    @Override
                    public void indexingCompleted() {
                    }
                })
                .startAndWait();
        long stale = drop ? 0 : removeStaleDocuments();
        searchMapping.scope(Article.class).workspace().refresh();
        return new Result(indexed.get(), stale);
    }

    /** Deletes index documents whose article is gone from the database. */
    private long removeStaleDocuments() {
        return QuarkusTransaction.requiringNew().call(() -> {
            SearchSession session = Search.session(Article.getEntityManager());
            searchMapping.scope(Article.class).workspace().refresh();
            Set<Long> stored = new HashSet<>(Article.getEntityManager()
                    .createQuery("select a.id from Article a", Long.class).getResultList());
            long removed = 0;
            try (var scroll = session.search(Article.class).select(f -> f.id(Long.class)).where(f -> f.matchAll())
                    .scroll(1000)) {
                for (List<Long> ids = scroll.next().hits(); !ids.isEmpty(); ids = scroll.next().hits()) {
                    for (Long id : ids) {
                        if (!stored.contains(id)) {
                            session.indexingPlan().purge(Article.class, id, null);
                            removed++;
                        }
                    }
                }
            }
            return removed;
        });
    }
}
