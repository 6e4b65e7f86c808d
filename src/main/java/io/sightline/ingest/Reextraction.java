package io.sightline.ingest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sightline.article.Article;
import io.sightline.article.ArticleIndex;
import io.sightline.extract.EntityExtractor;
import io.sightline.extract.EntityType;
import io.sightline.extract.Extraction;

/**
 * Runs entity extraction again over every stored article, after the extractor or its
 * knowledge base changed. Articles are processed in id order, a batch per transaction; the
 * articles whose entity sets changed are recorded in the index outbox and re-indexed once their
 * batch has committed ({@link ArticleIndex}).
 */
@ApplicationScoped
public class Reextraction {

    /** Told after each batch. */
    public interface Listener {
        void progress(long done, long total, long changed);
    }

    private final EntityExtractor extractor;
    private final ArticleIndex index;
    private final int batchSize;

    Reextraction(EntityExtractor extractor, ArticleIndex index,
            @ConfigProperty(name = "sightline.import.batch-size", defaultValue = "200") int batchSize) {
        this.extractor = extractor;
        this.index = index;
        this.batchSize = Math.max(1, batchSize);
    }

    /** @return the number of articles whose entities changed */
    public long reextractAll(Listener listener) {
        long total = QuarkusTransaction.requiringNew().call(() -> Article.count());
        long done = 0;
        long changed = 0;
        long lastId = Long.MIN_VALUE;
        while (true) {
            long after = lastId;
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> Article.getEntityManager()
                    .createQuery("select a.id from Article a where a.id > :after order by a.id", Long.class)
                    .setParameter("after", after).setMaxResults(batchSize).getResultList());
            if (ids.isEmpty()) {
                break;
            }
            List<Long> changedIds = QuarkusTransaction.requiringNew().call(() -> reextract(ids));
            index.sync(changedIds);
            changed += changedIds.size();
            done += ids.size();
            lastId = ids.get(ids.size() - 1);
            listener.progress(done, Math.max(total, done), changed);
        }
        if (changed > 0) {
            index.refresh();
        }
        return changed;
    }

    /**
     * Re-extracts the given articles only (a curation change or its undo), a batch per
     * transaction, each indexed through the outbox after it commits.
     *
     * @return the number of articles whose entities changed
     */
    public long reextractArticles(java.util.Collection<Long> articleIds) {
        List<Long> all = List.copyOf(new java.util.TreeSet<>(articleIds));
        long changed = 0;
        for (int from = 0; from < all.size(); from += batchSize) {
            List<Long> ids = all.subList(from, Math.min(all.size(), from + batchSize));
            List<Long> changedIds = QuarkusTransaction.requiringNew().call(() -> reextract(ids));
            index.sync(changedIds);
            changed += changedIds.size();
        }
        if (changed > 0) {
            index.refresh();
        }
        return changed;
    }

    private List<Long> reextract(List<Long> ids) {
        ArticleIndex.beginWrites();
        List<Article> articles = Article.list("id in ?1", ids);
        // Extraction is the slow part and pure: all cores, then the entity updates in this thread.
        List<Extraction> extractions = articles.parallelStream()
                .map(article -> extractor.extract(article.title, article.body)).toList();
        List<Long> changed = new java.util.ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            String before = entities(article);
            ArticleImporter.applyEntities(article, extractions.get(i));
            if (!before.equals(entities(article))) {
                changed.add(article.id);
            }
        }
        ArticleIndex.recordWrites(changed);
        return changed;
    }

    private static String entities(Article article) {
        StringBuilder all = new StringBuilder();
        for (EntityType type : EntityType.values()) {
            all.append(article.entities(type)).append('|');
        }
        return all.append(article.weaponTypes).append('|').append(article.weaponOrigins).toString();
    }
}
