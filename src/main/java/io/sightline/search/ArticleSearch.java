package io.sightline.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.session.SearchSession;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.sightline.article.Article;
import io.sightline.article.ArticleFields;

/**
 * Turns a {@link SearchState} into engine queries and a {@link io.sightline.search.SearchResult}.
 *
 * <p>Facet semantics: values of one facet are OR-ed, facets are AND-ed, excluded values are
 * removed. Each facet's counts are computed with the filters of the <em>other</em> facets only,
 * so that choosing "Russia" does not make the other countries vanish: the main query counts the
 * facets that have no selection, and each facet with a selection gets its own count query.
 */
@ApplicationScoped
public class ArticleSearch {

    /** The engine's max_result_window: hits past it are not paged through. */
    public static final int MAX_WINDOW = 10_000;
    public static final int FACET_SIZE = 10;

    private final SearchSession session;
    private final FacetLabels labels;

    ArticleSearch(SearchSession session, FacetLabels labels) {
        this.session = session;
        this.labels = labels;
    }

    @Transactional
    public io.sightline.search.SearchResult search(SearchState state) {
        long started = System.nanoTime();
        int offset = (state.page() - 1) * state.pageSize();
        boolean beyondWindow = offset + state.pageSize() > MAX_WINDOW;
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.jsonKey));
        }
        var query = session.search(Article.class)
                .select(ArticleHit.class)
                .where(f -> predicate(f, state, null))
                .sort(f -> switch (state.sort()) {
                    case NEWEST -> f.field(ArticleFields.PUBLISHED).desc().missing().last().then().score();
                    case OLDEST -> f.field(ArticleFields.PUBLISHED).asc().missing().last().then().score();
                    case RELEVANCE -> state.query().isBlank()
                            ? f.field(ArticleFields.PUBLISHED).desc().missing().last()
                            : f.score().then().field(ArticleFields.PUBLISHED).desc().missing().last();
                })
                .highlighter(h -> h.unified()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .fragmentSize(180)
                        .numberOfFragments(2)
                        .noMatchSize(240));
        for (Facet facet : Facet.values()) {
            if (state.included(facet).isEmpty()) {
                query = query.aggregation(keys.get(facet), f -> f.terms().field(facet.field, String.class)
                        .maxTermCount(FACET_SIZE));
            }
        }
        SearchResult<ArticleHit> result = beyondWindow ? query.fetch(0) : query.fetch(offset, state.pageSize());

        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = state.included(facet).isEmpty()
                    ? result.aggregation(keys.get(facet))
                    : countsWithoutOwnSelection(state, facet);
            facets.put(facet, facetValues(state, facet, counts));
        }
        long total = result.total().hitCount();
        return new io.sightline.search.SearchResult(state, total, beyondWindow ? List.of() : result.hits(), facets,
                beyondWindow, (System.nanoTime() - started) / 1_000_000);
    }

    /** Counts of one facet's values under every filter except that facet's own selection. */
    private Map<String, Long> countsWithoutOwnSelection(SearchState state, Facet facet) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.jsonKey);
        SearchResult<?> result = session.search(Article.class)
                .where(f -> predicate(f, state, facet))
                .aggregation(key, f -> f.terms().field(facet.field, String.class).maxTermCount(FACET_SIZE))
                .fetch(0);
        Map<String, Long> counts = new LinkedHashMap<>(result.aggregation(key));
        for (String selected : state.included(facet)) {
            if (!counts.containsKey(selected)) {
                // A selected value outside the top N still shows, with its own count.
                counts.put(selected, session.search(Article.class)
                        .where(f -> f.bool().must(predicate(f, state, facet))
                                .filter(f.match().field(facet.field).matching(selected)))
                        .fetchTotalHitCount());
            }
        }
        return counts;
    }

    private List<FacetValue> facetValues(SearchState state, Facet facet, Map<String, Long> counts) {
        List<FacetValue> values = new ArrayList<>();
        Set<String> selected = state.included(facet);
        counts.forEach((value, count) -> values.add(new FacetValue(value, labels.label(facet, value), count,
                selected.contains(value), false)));
        for (String excluded : state.excluded(facet)) {
            values.add(new FacetValue(excluded, labels.label(facet, excluded), 0, false, true));
        }
        return values;
    }

    /**
     * The text query and every filter of the state, except the selection of {@code withoutSelectionOf}
     * (null: all filters).
     */
    private BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, SearchState state, Facet withoutSelectionOf) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        String text = ReaderQuery.toSimpleQueryString(state.query());
        if (text.isBlank()) {
            bool.must(f.matchAll());
        } else {
            bool.must(f.extension(ElasticsearchExtension.get()).fromJson(relevanceQuery(text)));
        }
        for (Facet facet : Facet.values()) {
            if (facet != withoutSelectionOf && !state.included(facet).isEmpty()) {
                bool.filter(f.terms().field(facet.field).matchingAny(state.included(facet)));
            }
            if (!state.excluded(facet).isEmpty()) {
                bool.mustNot(f.terms().field(facet.field).matchingAny(state.excluded(facet)));
            }
        }
        if (state.from() != null || state.to() != null) {
            Instant from = state.from() == null ? null : state.from().atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant to = state.to() == null ? null : endOfDay(state.to());
            bool.filter(f.range().field(ArticleFields.PUBLISHED).between(from, to));
        }
        return bool;
    }

    private static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
    }

    /**
     * Words in the title weigh three times more than in the body; among equally relevant articles,
     * recent ones rise (a score multiplier between 1 and 1.5, half-life about a year).
     */
    static JsonObject relevanceQuery(String simpleQueryString) {
        String json = """
                {"function_score": {
                  "query": {"simple_query_string": {
                    "query": %s,
                    "fields": ["title^3", "body"],
                    "default_operator": "and",
                    "analyze_wildcard": true,
                    "flags": "OR|AND|NOT|PHRASE|PREFIX|FUZZY|PRECEDENCE|WHITESPACE|ESCAPE"
                  }},
                  "functions": [
                    {"weight": 1},
                    {"gauss": {"published": {"origin": "now", "scale": "365d", "decay": 0.5}}, "weight": 0.5}
                  ],
                  "score_mode": "sum",
                  "boost_mode": "multiply"
                }}
                """.formatted(new JsonPrimitive(simpleQueryString).toString());
        return JsonParser.parseString(json).getAsJsonObject();
    }
}
