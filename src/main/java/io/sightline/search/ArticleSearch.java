package io.sightline.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.sightline.article.Article;
import io.sightline.article.ArticleFields;
import io.sightline.extract.EntityType;

/**
 * Turns a {@link SearchState} into engine queries and a {@link SearchResult}.
 *
 * <p>Facet semantics: values of one facet are OR-ed, facets are AND-ed, excluded values are
 * removed. Each facet's counts are computed with the filters of the <em>other</em> facets only,
 * so that choosing "Russia" does not make the other countries vanish: the main query counts the
 * facets that have no selection, and each facet with a selection gets its own count query. The
 * date histogram likewise ignores the date range it would narrow.
 */
@ApplicationScoped
public class ArticleSearch {

    /** The engine's max_result_window: hits past it are not paged through. */
    public static final int MAX_WINDOW = 10_000;
    public static final int FACET_SIZE = 10;
    /** Most values a facet's "More" listing pages through. */
    public static final int MAX_FACET_VALUES = 5_000;

    private static final AggregationKey<JsonObject> DATES = AggregationKey.of("dates");

    private final SearchSession session;
    private final FacetLabels labels;

    ArticleSearch(SearchSession session, FacetLabels labels) {
        this.session = session;
        this.labels = labels;
    }

    @Transactional
    // production: the search latency histogram, sightline_search_seconds_bucket at /q/metrics
    @io.micrometer.core.annotation.Timed(value = "sightline.search", histogram = true,
            description = "Time to answer one search (results, facets, histogram)")
    public SearchResult search(SearchState state) {
        long started = System.nanoTime();
        // long: page 107374183 of 20 overflowed an int into a negative offset (a 500, issue 10)
        long offset = (long) (state.page() - 1) * state.pageSize();
        boolean beyondWindow = offset + state.pageSize() > MAX_WINDOW;
        boolean dateFiltered = state.from() != null || state.to() != null;
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.jsonKey));
        }
        var query = session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .select(ArticleHit.class)
                .where(f -> predicate(f, state, null, true))
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
        if (!dateFiltered) {
            query = query.aggregation(DATES, f -> f.fromJson(DateHistogram.aggregationJson()));
        }
        var result = beyondWindow ? query.fetch(0) : query.fetch((int) offset, state.pageSize());

        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = state.included(facet).isEmpty()
                    ? result.aggregation(keys.get(facet))
                    : countsWithoutOwnSelection(state, facet, FACET_SIZE, null);
            facets.put(facet, facetValues(state, facet, counts));
        }
        DateHistogram histogram = DateHistogram.fromAggregation(
                dateFiltered ? histogramWithoutDateRange(state) : result.aggregation(DATES));
        long total = result.total().hitCount();
        String didYouMean = total == 0 && !state.query().isBlank() ? didYouMean(state.query()) : null;
        return new SearchResult(state, total, beyondWindow ? List.of() : result.hits(), facets, histogram, didYouMean,
                beyondWindow, (System.nanoTime() - started) / 1_000_000);
    }

    // --- reader: feeds of a search ----------------------------------------------------------------

    /**
     * The {@code limit} most recently published matches of a state, without facets or histogram:
     * what an Atom feed of the search lists, cheap enough for feed readers polling it.
     */
    @Transactional
    public List<ArticleHit> newest(SearchState state, int limit) {
        return session.search(Article.class)
                .select(ArticleHit.class)
                .where(f -> predicate(f, state, null, true))
                .sort(f -> f.field(ArticleFields.PUBLISHED).desc().missing().last().then().score())
                .highlighter(h -> h.unified()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .fragmentSize(180)
                        .numberOfFragments(2)
                        .noMatchSize(240))
                .fetchHits(limit);
    }

    /** How many articles match, for export headers. */
    @Transactional
    public long count(SearchState state) {
        return session.search(Article.class).where(f -> predicate(f, state, null, true)).fetchTotalHitCount();
    }

    /**
     * Hands every matching article, in the state's order, to {@code sink}, at most {@code maxRows};
     * scrolls through the engine in chunks so memory stays flat whatever the result size.
     */
    @Transactional
    @jakarta.enterprise.context.control.ActivateRequestContext
    public long export(SearchState state, long maxRows, java.util.function.Consumer<ExportRow> sink) {
        long written = 0;
        try (var scroll = session.search(Article.class)
                .select(f -> ExportRow.projection(f))
                .where(f -> predicate(f, state, null, true))
                .sort(f -> switch (state.sort()) {
                    case OLDEST -> f.field(ArticleFields.PUBLISHED).asc().missing().last();
                    case NEWEST -> f.field(ArticleFields.PUBLISHED).desc().missing().last();
                    case RELEVANCE -> state.query().isBlank()
                            ? f.field(ArticleFields.PUBLISHED).desc().missing().last()
                            : f.score();
                })
                .scroll(500)) {
            for (var chunk = scroll.next(); chunk.hasHits() && written < maxRows; chunk = scroll.next()) {
                for (ExportRow row : chunk.hits()) {
                    if (written == maxRows) {
                        break;
                    }
                    sink.accept(row);
                    written++;
                }
            }
        }
        return written;
    }

    /** A page of one facet's values (with the other facets' filters), optionally only those containing {@code filter}. */
    @Transactional
    public FacetPage facetPage(SearchState state, Facet facet, String filter, int page, int pageSize) {
        // long: fpage 42949673 of 50 overflowed an int (a 500, issue 10)
        int wanted = (int) Math.min(MAX_FACET_VALUES, (long) page * pageSize + 1);
        String text = filter == null ? "" : filter.strip();
        List<FacetValue> all;
        if (facet.valuesAreCountryCodes()) {
            // Stored as codes: filter on the names people read (there are at most ~250 codes).
            String lower = text.toLowerCase(Locale.ROOT);
            all = facetValues(state, facet, termCounts(state, facet, 300, null)).stream()
                    .filter(value -> !value.excluded())
                    .filter(value -> lower.isEmpty() || value.label().toLowerCase(Locale.ROOT).contains(lower)
                            || value.value().equalsIgnoreCase(text))
                    .toList();
        } else {
            String include = text.isEmpty() ? null : ValuePatterns.containing(text);
            all = facetValues(state, facet, termCounts(state, facet, wanted, include)).stream()
                    .filter(value -> !value.excluded()).toList();
        }
        int from = (int) Math.min(all.size(), (long) (page - 1) * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        return new FacetPage(facet, filter == null ? "" : filter.strip(), page, pageSize, all.subList(from, to),
                all.size() > to && to < MAX_FACET_VALUES);
    }

    /** Entity names with a word starting with {@code prefix}, most frequent first, for autocomplete. */
    @Transactional
    public List<Suggestion> suggest(String prefix, int limit) {
        String text = prefix == null ? "" : prefix.strip();
        if (text.length() < 2) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        SearchState everything = SearchState.empty();
        String lower = text.toLowerCase(Locale.ROOT);
        for (EntityType type : EntityType.values()) {
            Facet facet = Facet.of(type);
            if (!facet.valuesAreCountryCodes()) {
                termCounts(everything, facet, limit, ValuePatterns.wordStartingWith(text))
                        .forEach((value, count) -> suggestions.add(new Suggestion(facet, value, value, count)));
                continue;
            }
            // Countries are stored as codes: match on the names a person types.
            termCounts(everything, facet, 300, null).forEach((code, count) -> {
                String name = labels.label(facet, code);
                boolean matches = List.of(name.toLowerCase(Locale.ROOT).split("[ \\-]")).stream()
                        .anyMatch(word -> word.startsWith(lower)) || code.equalsIgnoreCase(text);
                if (matches) {
                    suggestions.add(new Suggestion(facet, code, name, count));
                }
            });
        }
        return suggestions.stream().sorted(Comparator.comparingLong(Suggestion::count).reversed()).limit(limit)
                .toList();
    }

    private Map<String, Long> countsWithoutOwnSelection(SearchState state, Facet facet, int size, String include) {
        Map<String, Long> counts = termCounts(state, facet, size, include);
        for (String selected : state.included(facet)) {
            if (!counts.containsKey(selected)) {
                // A selected value outside the top N still shows, with its own count.
                counts.put(selected, session.search(Article.class)
                        .where(f -> f.bool().must(predicate(f, state, facet, true))
                                .filter(f.match().field(facet.field).matching(selected)))
                        .fetchTotalHitCount());
            }
        }
        return counts;
    }

    /** Counts of a facet's values under every filter except that facet's own selection. */
    private Map<String, Long> termCounts(SearchState state, Facet facet, int size, String include) {
        AggregationKey<JsonObject> key = AggregationKey.of(facet.jsonKey);
        JsonObject terms = new JsonObject();
        terms.addProperty("field", facet.field);
        terms.addProperty("size", size);
        if (include != null) {
            terms.addProperty("include", include);
        }
        JsonObject aggregation = new JsonObject();
        aggregation.add("terms", terms);
        JsonObject result = session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .where(f -> predicate(f, state, facet, true))
                .aggregation(key, f -> f.fromJson(aggregation))
                .fetch(0)
                .aggregation(key);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonElement bucket : result.getAsJsonArray("buckets")) {
            JsonObject b = bucket.getAsJsonObject();
            counts.put(b.get("key").getAsString(), b.get("doc_count").getAsLong());
        }
        return counts;
    }

    private JsonObject histogramWithoutDateRange(SearchState state) {
        return session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .where(f -> predicate(f, state, null, false))
                .aggregation(DATES, f -> f.fromJson(DateHistogram.aggregationJson()))
                .fetch(0)
                .aggregation(DATES);
    }

    /**
     * When nothing matches, the engine's term suggester proposes, word by word, the closest terms
     * that do occur in titles and texts. Null when it has nothing better.
     */
    private String didYouMean(String query) {
        String words = query.replaceAll("[\"()|+~*]", " ").replaceAll("(^|\\s)-\\S*", " ").strip();
        if (words.isEmpty()) {
            return null;
        }
        ElasticsearchSearchResult<?> result = session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .where(f -> f.matchNone())
                .requestTransformer(context -> {
                    JsonObject termSuggester = new JsonObject();
                    termSuggester.addProperty("field", ArticleFields.BODY);
                    termSuggester.addProperty("suggest_mode", "popular");
                    termSuggester.addProperty("min_word_length", 3);
                    JsonObject suggestion = new JsonObject();
                    suggestion.addProperty("text", words);
                    suggestion.add("term", termSuggester);
                    JsonObject suggest = new JsonObject();
                    suggest.add("words", suggestion);
                    context.body().add("suggest", suggest);
                })
                .fetch(0);
        JsonObject body = result.responseBody();
        if (!body.has("suggest")) {
            return null;
        }
        StringBuilder corrected = new StringBuilder(words);
        boolean changed = false;
        JsonArray entries = body.getAsJsonObject("suggest").getAsJsonArray("words");
        // Replace from the end so that earlier offsets stay valid.
        for (int i = entries.size() - 1; i >= 0; i--) {
            JsonObject entry = entries.get(i).getAsJsonObject();
            JsonArray options = entry.getAsJsonArray("options");
            if (options.isEmpty()) {
                continue;
            }
            int offset = entry.get("offset").getAsInt();
            int length = entry.get("length").getAsInt();
            corrected.replace(offset, offset + length, options.get(0).getAsJsonObject().get("text").getAsString());
            changed = true;
        }
        return changed ? corrected.toString() : null;
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
     * The text query and the filters of the state, except the selection of {@code withoutSelectionOf}
     * (null: all facet filters), and the date range only when {@code withDates}.
     */
    private BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, SearchState state,
            Facet withoutSelectionOf, boolean withDates) {
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
        if (withDates && (state.from() != null || state.to() != null)) {
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
