package io.sightline.article;

import java.util.List;
import java.util.function.LongConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Takedowns: removes one article, or every article of a source, from the database and then
 * from the index, through the same outbox as imports ({@link ArticleIndex}): a crash or an
 * engine failure after the database commit leaves the removal queued and replayed, so a
 * removed article never lingers in search results.
 */
@ApplicationScoped
public class ArticleRemoval {

    private final ArticleIndex index;

    ArticleRemoval(ArticleIndex index) {
        this.index = index;
    }

    /** @return false when no such article is stored (a stray index document is purged anyway) */
    public boolean delete(long id) {
        boolean existed = QuarkusTransaction.requiringNew().call(() -> deleteStored(List.of(id))) > 0;
        index.sync(List.of(id));
        index.refresh();
        return existed;
    }

    /** Removes every article of a source, a batch per transaction; @return how many were removed */
    public long deleteSource(String source, LongConsumer progress) {
        long removed = 0;
        while (true) {
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> Article.getEntityManager()
                    .createQuery("select a.id from Article a where a.source = :source order by a.id", Long.class)
                    .setParameter("source", source).setMaxResults(ArticleIndex.BATCH).getResultList());
            if (ids.isEmpty()) {
                break;
            }
            removed += QuarkusTransaction.requiringNew().call(() -> deleteStored(ids));
            index.sync(ids);
            progress.accept(removed);
        }
        index.refresh();
        return removed;
    }

    /** Number of articles of a source. */
    public long countSource(String source) {
        return QuarkusTransaction.requiringNew().call(() -> Article.count("source", source));
    }

    private static int deleteStored(List<Long> ids) {
        ArticleIndex.recordWrites(ids);
        List<Article> articles = Article.list("id in ?1", ids);
        articles.forEach(Article::delete);
        return articles.size();
    }
}
