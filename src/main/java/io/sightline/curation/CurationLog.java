package io.sightline.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sightline.article.Article;
import io.sightline.article.ArticleFields;
import io.sightline.article.ArticleIndex;
import io.sightline.extract.Countries;
import io.sightline.extract.CurationSource;
import io.sightline.extract.CurationTable;
import io.sightline.extract.CurationTable.Action;
import io.sightline.extract.EntityType;
import io.sightline.extract.WeaponKnowledgeBase;
import io.sightline.ingest.Reextraction;

/**
 * The curation log: curators' merges, renames, hidden values and aliases, each applied at once to
 * the articles it concerns (found by a query on the index, never a full rebuild), recorded with
 * who and when, undoable, and published as the {@link CurationTable} that every extraction
 * applies after its finders.
 *
 * <p>Merges, renames and hides change the stored values directly, without extraction: the
 * affected articles are those whose entity field holds the value. An alias must find its text,
 * so its articles (those whose title or body holds the alias as a phrase) are re-extracted; so
 * are the articles of an undone change, which are remembered with it.
 */
@ApplicationScoped
public class CurationLog implements CurationSource {

    private static final Logger LOG = Logger.getLogger(CurationLog.class);

    /** Most articles one change may touch (a merge of a value in more articles is refused). */
    public static final int MAX_ARTICLES = 200_000;
    static final int MAX_VALUE_CHARS = 200;

    /** A change asked for by a curator. */
    public record Request(EntityType type, Action action, String from, String to, String by) {
    }

    /**
     * Where a change's time went: finding the affected articles in the index, then writing them
     * (database rows, and their index documents as the transaction commits, or their re-extraction).
     */
    public record Timing(long findMillis, long writeMillis) {
    }

    /** A change as made, with its timing. */
    public record Applied(CurationChange change, Timing timing) {
    }

    private final SearchSession search;
    private final ArticleIndex index;
    private final Reextraction reextraction;
    private final Countries countries;
    private final WeaponKnowledgeBase weapons;
    private volatile CurationTable table;

    CurationLog(SearchSession search, ArticleIndex index, Reextraction reextraction, Countries countries,
            WeaponKnowledgeBase weapons) {
        this.search = search;
        this.index = index;
        this.reextraction = reextraction;
        this.countries = countries;
        this.weapons = weapons;
    }

    @Override
    public CurationTable current() {
        CurationTable current = table;
        return current != null ? current : reload();
    }

    /** Other Sightline nodes' changes arrive within this interval. */
    @Scheduled(every = "${sightline.curation.reload-interval:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reloadPeriodically() {
        reload();
    }

    /** Reads the active rules again and publishes them. */
    CurationTable reload() {
        List<CurationTable.Rule> rules = QuarkusTransaction.requiringNew().call(() -> CurationChange
                .<CurationChange>list("undoneAt is null order by id").stream().map(CurationChange::rule).toList());
        CurationTable fresh = new CurationTable(rules);
        table = fresh;
        return fresh;
    }

    /** Every change, newest first. */
    public List<CurationChange> log() {
        return QuarkusTransaction.requiringNew().call(() -> CurationChange.<CurationChange>list("order by id desc"));
    }

    /**
     * Records a change and applies it to the articles it concerns.
     *
     * @throws IllegalArgumentException with a message for the curator when the request makes no sense
     */
    public Applied apply(Request request) {
        Request valid = validate(request);
        long started = System.nanoTime();
        Set<Long> affected = affectedArticles(valid);
        long found = System.nanoTime();
        CurationChange change = QuarkusTransaction.requiringNew().call(() -> {
            CurationChange made = new CurationChange();
            made.type = valid.type();
            made.action = valid.action();
            made.from = valid.from();
            made.to = valid.to();
            made.madeBy = valid.by();
            made.madeAt = Instant.now();
            made.articles = affected.size();
            made.articleIds.addAll(affected);
            made.persist();
            return made;
        });
        CurationTable rules = reload();
        if (valid.action() == Action.ALIAS) {
            reextraction.reextractArticles(affected);
        } else {
            rewriteValues(affected, valid.type(), rules);
        }
        Timing timing = new Timing((found - started) / 1_000_000, (System.nanoTime() - found) / 1_000_000);
        LOG.infof("Curation #%d by %s: %s %s %s → %s, %d articles (%s)", change.id, change.madeBy, change.action,
                change.type, change.from, change.to, affected.size(), timing);
        return new Applied(change, timing);
    }

    /** Takes a change back: its rule no longer applies, and the articles it altered are extracted again. */
    public CurationChange undo(long id, String by) {
        CurationChange change = QuarkusTransaction.requiringNew().call(() -> {
            CurationChange found = CurationChange.findById(id);
            if (found == null) {
                throw new IllegalArgumentException("No curation change #" + id);
            }
            if (!found.active()) {
                throw new IllegalArgumentException("Curation change #" + id + " was undone already");
            }
            found.undoneAt = Instant.now();
            found.undoneBy = by;
            found.articleIds.size();
            return found;
        });
        reload();
        reextraction.reextractArticles(change.articleIds);
        LOG.infof("Curation #%d undone by %s, %d articles re-extracted", id, by, change.articleIds.size());
        return change;
    }

    private Request validate(Request request) {
        if (request.type() == null || request.action() == null) {
            throw new IllegalArgumentException("Say which entity type (people, countries, weapons …) and which change");
        }
        String from = clean(request.from());
        String to = clean(request.to());
        if (from.isEmpty()) {
            throw new IllegalArgumentException("Say which value to change");
        }
        if (from.length() > MAX_VALUE_CHARS || to.length() > MAX_VALUE_CHARS) {
            throw new IllegalArgumentException("Values are at most " + MAX_VALUE_CHARS + " characters");
        }
        if (request.action() == Action.HIDE) {
            to = null;
        } else {
            if (to.isEmpty()) {
                throw new IllegalArgumentException("Say what “" + from + "” should become");
            }
            if (to.equals(from)) {
                throw new IllegalArgumentException("“" + from + "” is already called so");
            }
            if (request.type() == EntityType.COUNTRY && countries.name(to).isEmpty()) {
                throw new IllegalArgumentException("“" + to + "” is not an ISO 3166-1 code Sightline knows");
            }
        }
        String by = clean(request.by());
        return new Request(request.type(), request.action(), from, to, by.isEmpty() ? "anonymous" : by);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }

    /** The articles a change concerns, from the index: those holding the value, or the alias text. */
    private Set<Long> affectedArticles(Request request) {
        String field = request.type().plural;
        Set<Long> ids = new TreeSet<>();
        QuarkusTransaction.requiringNew().run(() -> {
            try (var scroll = search.search(Article.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> request.action() == Action.ALIAS
                            ? f.bool().should(f.phrase().field(ArticleFields.TITLE).matching(request.from()))
                                    .should(f.phrase().field(ArticleFields.BODY).matching(request.from()))
                            : f.match().field(field).matching(request.from()))
                    .scroll(1_000)) {
                for (var chunk = scroll.next(); chunk.hasHits() && ids.size() <= MAX_ARTICLES; chunk = scroll.next()) {
                    ids.addAll(chunk.hits());
                }
            }
        });
        if (ids.size() > MAX_ARTICLES) {
            throw new IllegalArgumentException("“" + request.from() + "” is in more than " + MAX_ARTICLES
                    + " articles: change the data files and run `sightline reextract` instead");
        }
        return ids;
    }

    /**
     * Merge, rename, hide: the stored values follow the rules, without extraction. Each batch is
     * written through the index outbox (database first, then the index), like every write path.
     */
    private void rewriteValues(Set<Long> ids, EntityType type, CurationTable rules) {
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + 500));
            List<Long> changed = QuarkusTransaction.requiringNew().call(() -> {
                ArticleIndex.beginWrites();
                List<Long> rewritten = new ArrayList<>();
                for (Article article : Article.<Article>list("id in ?1", batch)) {
                    Set<String> values = article.entities(type);
                    Set<String> curated = new TreeSet<>();
                    for (String value : values) {
                        rules.resolve(type, value).ifPresent(curated::add);
                    }
                    if (!curated.equals(values)) {
                        values.clear();
                        values.addAll(curated);
                        if (type == EntityType.WEAPON) {
                            weaponAttributes(article);
                        }
                        rewritten.add(article.id);
                    }
                }
                ArticleIndex.recordWrites(rewritten);
                return rewritten;
            });
            index.sync(changed);
        }
        index.refresh();
    }

    /** A weapon's type and origins come with it from the knowledge base. */
    private void weaponAttributes(Article article) {
        Set<String> types = new TreeSet<>();
        Set<String> origins = new TreeSet<>();
        for (String weapon : article.weapons) {
            weapons.lookup(weapon).ifPresent(entry -> {
                types.add(entry.type());
                origins.addAll(entry.origins());
            });
        }
        if (!types.isEmpty() || article.weapons.isEmpty()) {
            article.weaponTypes.clear();
            article.weaponTypes.addAll(types);
            article.weaponOrigins.clear();
            article.weaponOrigins.addAll(origins);
        }
    }
}
