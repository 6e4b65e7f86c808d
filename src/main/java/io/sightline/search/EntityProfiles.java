package io.sightline.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.session.SearchSession;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.sightline.article.Article;
import io.sightline.article.ArticleFields;
import io.sightline.article.PublicationDates;
import io.sightline.extract.WeaponKnowledgeBase;

/**
 * What the index knows about one entity (a person, country, organisation or weapons system):
 * how many articles name it, when, which other entities it keeps company with, its latest and
 * most relevant articles; and, for an article, the articles most like it.
 *
 * <p>Co-occurring entities are ranked by significance (the engine's {@code significant_terms},
 * JLH score), not by raw count: raw counts put "United States" at the top of every list, because
 * it is named in most of the corpus; significance asks which values are over-represented among
 * this entity's articles compared with all articles.
 */
@ApplicationScoped
public class EntityProfiles {

    /** The facets whose values are entities with a page of their own. */
    public static final List<Facet> ENTITY_FACETS = Arrays.stream(Facet.values()).filter(Facet::isEntity).toList();

    /**
     * Companions listed per type. On a small archive most companions share a single article with
     * the entity and tie on significance (measured on the 36 samples + seed: Vladimir Putin has 23
     * people companions, 13 of them with one shared article and a top score), so the list is long
     * enough to show them all there; on a large archive the significance order does the work.
     */
    static final int RELATED_SIZE = 25;
    static final int ARTICLES_SIZE = 5;
    /** Spans up to a year are charted per week, up to twenty years per month, longer ones per year. */
    static final long WEEKLY_UP_TO_DAYS = 366;
    static final long MONTHLY_UP_TO_DAYS = 20 * 366;

    /** An entity that appears together with the profiled one, in {@code together} articles. */
    public record Companion(Facet facet, String value, String label, long together) {
    }

    /**
     * Everything an entity page shows. For a weapons system (issue 9): {@code family} is the family
     * of a variant (null otherwise), and {@code variants} a family's variants named in articles,
     * most named first; {@code articles} of a family counts the articles naming it or a variant.
     */
    public record EntityProfile(Facet facet, String value, String label, long articles, DateHistogram timeline,
            Map<Facet, List<Companion>> companions, List<ArticleHit> latest, List<ArticleHit> relevant,
            String family, List<FacetValue> variants) {
    }

    private static final AggregationKey<JsonObject> SPAN = AggregationKey.of("span");
    private static final AggregationKey<JsonObject> TIMELINE = AggregationKey.of("timeline");

    private final SearchSession session;
    private final FacetLabels labels;
    private final ArticleSearch search;
    private final WeaponKnowledgeBase weapons;

    EntityProfiles(SearchSession session, FacetLabels labels, ArticleSearch search, WeaponKnowledgeBase weapons) {
        this.session = session;
        this.labels = labels;
        this.search = search;
        this.weapons = weapons;
    }

    /** The profile of {@code value} in {@code facet}, or empty when no article names it. */
    @Transactional
    public Optional<EntityProfile> profile(Facet facet, String value) {
        SearchState only = SearchState.empty().with(facet, value);
        long articles = search.count(only);
        if (articles == 0) {
            return Optional.empty();
        }
        Map<Facet, List<Companion>> companions = new EnumMap<>(Facet.class);
        for (Facet other : ENTITY_FACETS) {
            companions.put(other, companions(facet, value, other));
        }
        List<ArticleHit> latest = search.search(only.withSort(Sort.NEWEST).withPageSize(ARTICLES_SIZE)).hits();
        return Optional.of(new EntityProfile(facet, value, labels.label(facet, value), articles,
                timeline(facet, value), companions, latest, relevant(facet, value),
                facet.hasFamilies() ? weapons.family(value).orElse(null) : null, variants(facet, value)));
    }

    /** The variants of a family that articles name, with their counts, most named first (issue 9). */
    private List<FacetValue> variants(Facet facet, String value) {
        var known = weapons.variants(value);
        if (!facet.hasFamilies() || known.isEmpty()) {
            return List.of();
        }
        List<FacetValue> named = new ArrayList<>();
        // every value of the family's articles: the family itself, its variants, and what else they name
        search.countsUnder(SearchState.empty().with(facet, value), facet, ArticleSearch.MAX_FACET_VALUES)
                .forEach((other, count) -> {
                    if (known.contains(other)) {
                        named.add(new FacetValue(other, labels.label(facet, other), count, false, false));
                    }
                });
        return named;
    }

    /** Whether a companion is the entity itself, its family or one of its variants: no news on its page. */
    private boolean sameLine(Facet facet, String value, Facet other, String companion) {
        if (other != facet) {
            return false;
        }
        return companion.equals(value) || facet.hasFamilies() && (weapons.family(companion).orElse("").equals(value)
                || weapons.family(value).orElse("").equals(companion));
    }

    /** Values of {@code facet} that look like {@code key}, most frequent first: for a page that does not exist. */
    @Transactional
    public List<FacetValue> closeMatches(Facet facet, String key, int limit) {
        String folded = key.strip();
        Map<String, FacetValue> matches = new LinkedHashMap<>();
        List<String> words = new ArrayList<>(List.of(folded.split("[\\s\\-/]+")));
        words.removeIf(word -> word.length() < 3);
        words.sort((a, b) -> b.length() - a.length());
        if (words.isEmpty() && !folded.isEmpty()) {
            words.add(folded);
        }
        for (String word : words.stream().limit(3).toList()) {
            for (FacetValue value : search.facetPage(SearchState.empty(), facet, word, 1, limit).values()) {
                matches.putIfAbsent(value.value(), value);
            }
        }
        return matches.values().stream()
                .sorted((a, b) -> Long.compare(b.count(), a.count()))
                .limit(limit)
                .toList();
    }

    /**
     * Articles most like the given one: more-like-this on its words (a bounded prefix of the
     * text, so a huge article costs no more than a normal one), and the entities it shares.
     */
    @Transactional
    public List<ArticleHit> moreLikeThis(Article article, int size) {
        JsonObject mlt = new JsonObject();
        JsonArray fields = new JsonArray();
        fields.add(ArticleFields.TITLE);
        fields.add(ArticleFields.BODY);
        mlt.add("fields", fields);
        String text = article.title + "\n\n" + article.body;
        mlt.addProperty("like", text.length() > 5_000 ? text.substring(0, 5_000) : text);
        mlt.addProperty("min_term_freq", 1);
        mlt.addProperty("min_doc_freq", 2);
        mlt.addProperty("max_query_terms", 25);
        JsonObject query = new JsonObject();
        query.add("more_like_this", mlt);
        return session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .select(ArticleHit.class)
                .where(f -> {
                    var bool = f.bool().should(f.fromJson(query));
                    for (Facet facet : ENTITY_FACETS) {
                        for (String value : article.entities(facet.entityType)) {
                            bool = bool.should(f.match().field(facet.field).matching(value).boost(0.5f));
                        }
                    }
                    return bool.mustNot(f.id().matching(article.id));
                })
                .highlighter(h -> Snippets.highlighter(h, 1, 200))
                .fetchHits(size);
    }

    private List<Companion> companions(Facet facet, String value, Facet other) {
        JsonObject significant = new JsonObject();
        significant.addProperty("field", other.field);
        significant.addProperty("size", RELATED_SIZE + 1);
        // The default (3) hides everything on a small archive; one shared article is evidence enough.
        significant.addProperty("min_doc_count", 1);
        JsonObject aggregation = new JsonObject();
        aggregation.add("significant_terms", significant);
        AggregationKey<JsonObject> key = AggregationKey.of("companions");
        JsonObject result = session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .where(f -> f.match().field(facet.field).matching(value))
                .aggregation(key, f -> f.fromJson(aggregation))
                .fetch(0)
                .aggregation(key);
        List<Companion> companions = new ArrayList<>();
        for (JsonElement element : result.getAsJsonArray("buckets")) {
            JsonObject bucket = element.getAsJsonObject();
            String companion = bucket.get("key").getAsString();
            if (sameLine(facet, value, other, companion)) {
                continue;
            }
            companions.add(new Companion(other, companion, labels.label(other, companion),
                    bucket.get("doc_count").getAsLong()));
        }
        if (companions.size() < RELATED_SIZE) {
            // When (nearly) every article names the entity, nothing is over-represented among them
            // and significance finds nothing: plain co-occurrence counts fill the list instead.
            Map<String, Long> together = search.countsUnder(SearchState.empty().with(facet, value), other,
                    RELATED_SIZE + 1);
            together.forEach((companion, count) -> {
                if (!sameLine(facet, value, other, companion)
                        && companions.stream().noneMatch(c -> c.value().equals(companion))) {
                    companions.add(new Companion(other, companion, labels.label(other, companion), count));
                }
            });
        }
        return companions.size() > RELATED_SIZE ? companions.subList(0, RELATED_SIZE) : companions;
    }

    /** Articles that name the entity most: its name's words ranked by BM25 among the articles filtered to it. */
    private List<ArticleHit> relevant(Facet facet, String value) {
        String words = labels.label(facet, value).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return session.search(Article.class)
                .select(ArticleHit.class)
                .where(f -> f.bool()
                        .filter(f.match().field(facet.field).matching(value))
                        .should(f.simpleQueryString().fields(ArticleFields.TITLE, ArticleFields.BODY)
                                .matching(words.isEmpty() ? value : words)))
                .highlighter(h -> Snippets.highlighter(h, 1, 200))
                .fetchHits(ARTICLES_SIZE);
    }

    /** Articles per week, month or year (see the span limits above), inside the accepted publication dates. */
    private DateHistogram timeline(Facet facet, String value) {
        Instant earliest = PublicationDates.EARLIEST;
        Instant latest = PublicationDates.latest();
        JsonObject span = fromJson("{\"stats\": {\"field\": \"" + ArticleFields.PUBLISHED + "\"}}");
        JsonObject stats = session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .where(f -> f.bool().filter(f.match().field(facet.field).matching(value))
                        .filter(f.range().field(ArticleFields.PUBLISHED).between(earliest, latest)))
                .aggregation(SPAN, f -> f.fromJson(span))
                .fetch(0)
                .aggregation(SPAN);
        if (stats.get("count").getAsLong() == 0) {
            return DateHistogram.EMPTY;
        }
        long days = ChronoUnit.DAYS.between(Instant.ofEpochMilli(stats.get("min").getAsLong()),
                Instant.ofEpochMilli(stats.get("max").getAsLong()));
        String interval = days <= WEEKLY_UP_TO_DAYS ? "week" : days <= MONTHLY_UP_TO_DAYS ? "month" : "year";
        JsonObject histogram = fromJson("{\"date_histogram\": {\"field\": \"" + ArticleFields.PUBLISHED
                + "\", \"calendar_interval\": \"" + interval + "\", \"min_doc_count\": 0,"
                + " \"format\": \"yyyy-MM-dd\"}}");
        JsonObject result = session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .where(f -> f.bool().filter(f.match().field(facet.field).matching(value))
                        .filter(f.range().field(ArticleFields.PUBLISHED).between(earliest, latest)))
                .aggregation(TIMELINE, f -> f.fromJson(histogram))
                .fetch(0)
                .aggregation(TIMELINE);
        return DateHistogram.fromBuckets(switch (interval) {
            case "week" -> "7d";
            case "month" -> "1M";
            default -> "1y";
        }, result);
    }

    private static JsonObject fromJson(String json) {
        return com.google.gson.JsonParser.parseString(json).getAsJsonObject();
    }
}
