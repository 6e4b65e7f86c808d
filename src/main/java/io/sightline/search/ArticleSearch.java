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
import org.hibernate.search.engine.search.predicate.SearchPredicate;
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
import io.sightline.extract.WeaponKnowledgeBase;

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

    private final QueryUnderstanding understanding;
    private final WeaponKnowledgeBase weapons;

    ArticleSearch(SearchSession session, FacetLabels labels, QueryUnderstanding understanding,
            WeaponKnowledgeBase weapons) {
        this.session = session;
        this.labels = labels;
        this.understanding = understanding;
        this.weapons = weapons;
    }

    @Transactional
    // production: the search latency histogram, sightline_search_seconds_bucket at /q/metrics
    @io.micrometer.core.annotation.Timed(value = "sightline.search", histogram = true,
            description = "Time to answer one search (results, facets, histogram)")
    public SearchResult search(SearchState state) {
        return search(state, Ranking.DEFAULT);
    }

    /** The search under a given ranking (the evaluation compares rankings with this). */
    @Transactional
    public SearchResult search(SearchState state, Ranking ranking) {
        long started = System.nanoTime();
        // long: page 107374183 of 20 overflowed an int into a negative offset (a 500, issue 10)
        long offset = (long) (state.page() - 1) * state.pageSize();
        boolean beyondWindow = offset + state.pageSize() > MAX_WINDOW;
        boolean dateFiltered = state.from() != null || state.to() != null;
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.jsonKey));
        }
        TextMatch match = TextMatch.strict(state.query(), understanding.understand(state.query()), ranking);
        var result = fetchPage(state, match, keys, dateFiltered, offset, beyondWindow);
        Widening widening = null;
        if (mayWiden(state, match) && result.total().hitCount() < widenBelow(state)) {
            long strictTotal = result.total().hitCount();
            TextMatch widened = widen(state, match, strictTotal);
            if (widened != match) {
                match = widened;
                result = fetchPage(state, match, keys, dateFiltered, offset, beyondWindow);
                widening = new Widening(droppedTerms(match, result.aggregation(DROPPED)), strictTotal);
            }
        }
        final TextMatch text = match;

        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = state.included(facet).isEmpty()
                    ? result.aggregation(keys.get(facet))
                    : countsWithoutOwnSelection(state, text, facet, termsToFetch(facet), null);
            List<FacetValue> values = facetValues(state, facet, counts);
            // issue 9: variants under their families (the "More" listing of facetPage stays flat)
            facets.put(facet, facet.hasFamilies() ? FamilyNesting.nest(values, weapons::family, FACET_SIZE) : values);
        }
        DateHistogram histogram = DateHistogram.fromAggregation(
                dateFiltered ? histogramWithoutDateRange(state, text) : result.aggregation(DATES));
        long total = result.total().hitCount();
        boolean nothingHoldsEveryWord = total == 0 || widening != null && widening.strictTotal() == 0;
        String didYouMean = nothingHoldsEveryWord && !state.query().isBlank() ? didYouMean(state.query()) : null;
        List<UnderstoodQuery.Entity> entityFilters = match.query().entities().stream()
                .filter(entity -> !state.included(entity.facet()).contains(entity.value())).toList();
        return new SearchResult(state, total, beyondWindow ? List.of() : result.hits(), facets, histogram, didYouMean,
                beyondWindow, (System.nanoTime() - started) / 1_000_000, widening, entityFilters);
    }

    // --- relaxed matching (issue 15) ------------------------------------------------------------

    /** Fewer articles than this holding every word: the search is widened (one page of results). */
    public static final int WIDEN_BELOW = 10;

    private static final AggregationKey<JsonObject> DROPPED = AggregationKey.of("dropped");
    private static final AggregationKey<JsonObject> LEVELS = AggregationKey.of("levels");

    /**
     * The text part of a search: the understood query, the ranking, and how many of its required
     * terms an article must hold ({@code level}; all of them unless widened).
     */
    record TextMatch(String text, UnderstoodQuery query, Ranking ranking, int level) {

        static TextMatch strict(String text, UnderstoodQuery query, Ranking ranking) {
            return new TextMatch(text, query, ranking, query.required().size());
        }

        boolean isBlank() {
            return query.isBlank();
        }

        boolean widened() {
            return level < query.required().size();
        }

        JsonObject json() {
            // The ranking of before issue 15 is kept verbatim, so that the evaluation compares with it.
            return ranking.equals(Ranking.BEFORE) ? relevanceQuery(ReaderQuery.toSimpleQueryString(text))
                    : RelevanceQuery.build(query, ranking, level);
        }
    }

    /** Widening applies to relevance rankings that allow it, without match=all, with two terms or more. */
    private static boolean mayWiden(SearchState state, TextMatch match) {
        return match.ranking().widen() && !state.allWords() && match.query().required().size() >= 2;
    }

    /**
     * Sorted by relevance, articles with every word come first, so a short strict result is filled
     * up to a page; sorted by date, widened articles would mix in among them, so a date-sorted
     * search widens only when no article holds every word.
     */
    private static long widenBelow(SearchState state) {
        return state.sort() == Sort.RELEVANCE ? WIDEN_BELOW : 1;
    }

    /** The text match of the state as the result page uses it (strict, or widened when few articles match). */
    private TextMatch textMatch(SearchState state) {
        TextMatch strict = TextMatch.strict(state.query(), understanding.understand(state.query()), Ranking.DEFAULT);
        if (!mayWiden(state, strict)) {
            return strict;
        }
        long strictTotal = session.search(Article.class).where(f -> predicate(f, state, strict, null, true))
                .fetchTotalHitCount();
        return strictTotal < widenBelow(state) ? widen(state, strict, strictTotal) : strict;
    }

    /**
     * The graded fall-back: the highest level (most terms required) that finds at least
     * {@link #WIDEN_BELOW} articles, else any term; one count request with a bucket per level.
     * Returns {@code strict} itself when widening finds nothing more.
     */
    private TextMatch widen(SearchState state, TextMatch strict, long strictTotal) {
        int terms = strict.query().required().size();
        JsonObject buckets = new JsonObject();
        for (int level = 1; level < terms; level++) {
            buckets.add(Integer.toString(level), RelevanceQuery.atLeast(strict.query().required(), strict.ranking(), level));
        }
        TextMatch anyTerm = new TextMatch(strict.text(), strict.query(), strict.ranking(), 1);
        JsonObject counts = session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .where(f -> predicate(f, state, anyTerm, null, true))
                .aggregation(LEVELS, f -> f.fromJson(filtersAggregation(buckets)))
                .fetch(0)
                .aggregation(LEVELS).getAsJsonObject("buckets");
        for (int level = terms - 1; level >= 1; level--) {
            long count = counts.getAsJsonObject(Integer.toString(level)).get("doc_count").getAsLong();
            if (count >= WIDEN_BELOW || level == 1 && count > strictTotal) {
                return new TextMatch(strict.text(), strict.query(), strict.ranking(), level);
            }
        }
        return strict;
    }

    /** The terms some of the widened results lack, in query order. */
    private static List<String> droppedTerms(TextMatch match, JsonObject aggregation) {
        JsonObject buckets = aggregation.getAsJsonObject("buckets");
        List<String> dropped = new ArrayList<>();
        List<UnderstoodQuery.Term> terms = match.query().required();
        for (int i = 0; i < terms.size(); i++) {
            if (buckets.getAsJsonObject(Integer.toString(i)).get("doc_count").getAsLong() > 0) {
                dropped.add(terms.get(i).label());
            }
        }
        return dropped;
    }

    private static JsonObject filtersAggregation(JsonObject buckets) {
        JsonObject filters = new JsonObject();
        filters.add("filters", buckets);
        return RelevanceQuery.object("filters", filters);
    }

    private ElasticsearchSearchResult<ArticleHit> fetchPage(SearchState state, TextMatch match,
            Map<Facet, AggregationKey<Map<String, Long>>> keys, boolean dateFiltered, long offset,
            boolean beyondWindow) {
        var query = pageQuery(state, match, keys, dateFiltered);
        return beyondWindow ? query.fetch(0) : query.fetch((int) offset, state.pageSize());
    }

    /** The one engine request of a results page: hits, highlights, facets and the histogram together. */
    private org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchQuery<ArticleHit> pageQuery(
            SearchState state, TextMatch match, Map<Facet, AggregationKey<Map<String, Long>>> keys,
            boolean dateFiltered) {
        var query = session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .select(ArticleHit.class)
                .where(f -> predicate(f, state, match, null, true))
                .sort(f -> switch (state.sort()) {
                    case NEWEST -> f.field(ArticleFields.PUBLISHED).desc().missing().last().then().score();
                    case OLDEST -> f.field(ArticleFields.PUBLISHED).asc().missing().last().then().score();
                    case RELEVANCE -> match.isBlank()
                            ? f.field(ArticleFields.PUBLISHED).desc().missing().last()
                            : f.score().then().field(ArticleFields.PUBLISHED).desc().missing().last();
                })
                .highlighter(h -> Snippets.highlighter(h, 2, 240))
                .requestTransformer(Snippets::boundAnalysis);
        for (Facet facet : Facet.values()) {
            if (state.included(facet).isEmpty()) {
                query = query.aggregation(keys.get(facet), f -> f.terms().field(facet.field, String.class)
                        .maxTermCount(termsToFetch(facet)));
            }
        }
        if (!dateFiltered) {
            query = query.aggregation(DATES, f -> f.fromJson(DateHistogram.aggregationJson()));
        }
        if (match.widened()) {
            JsonObject buckets = new JsonObject();
            List<UnderstoodQuery.Term> terms = match.query().required();
            for (int i = 0; i < terms.size(); i++) {
                buckets.add(Integer.toString(i), RelevanceQuery.without(terms.get(i), match.ranking()));
            }
            query = query.aggregation(DROPPED, f -> f.fromJson(filtersAggregation(buckets)));
        }
        return query.toQuery();
    }

    // --- benchmark (issue 13) ---------------------------------------------------------------------

    /**
     * The JSON body of the engine request behind the results page of {@code state} (strict
     * matching, page size and offset aside): bin/benchmark sends its equivalent straight to the
     * engine, and EngineComparisonTest checks that the two stay the same.
     */
    @Transactional
    public String engineRequest(SearchState state) {
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.jsonKey));
        }
        TextMatch match = TextMatch.strict(state.query(), understanding.understand(state.query()), Ranking.DEFAULT);
        // queryString() is the request before request transformers: the highlighter's bound is added here as the engine gets it.
        String request = pageQuery(state, match, keys, state.from() != null || state.to() != null).queryString();
        return Snippets.boundAnalysis(JsonParser.parseString(request).getAsJsonObject()).toString();
    }

    // --- reader: feeds of a search ----------------------------------------------------------------

    /**
     * The {@code limit} most recently published matches of a state, without facets or histogram:
     * what an Atom feed of the search lists, cheap enough for feed readers polling it.
     */
    @Transactional
    public List<ArticleHit> newest(SearchState state, int limit) {
        TextMatch match = textMatch(state);
        return session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .select(ArticleHit.class)
                .where(f -> predicate(f, state, match, null, true))
                .sort(f -> f.field(ArticleFields.PUBLISHED).desc().missing().last().then().score())
                .highlighter(h -> Snippets.highlighter(h, 2, 240))
                .requestTransformer(Snippets::boundAnalysis)
                .fetchHits(limit);
    }

    /** How many articles match, for export headers. */
    @Transactional
    public long count(SearchState state) {
        TextMatch match = textMatch(state);
        return session.search(Article.class).where(f -> predicate(f, state, match, null, true)).fetchTotalHitCount();
    }

    /**
     * Hands every matching article, in the state's order, to {@code sink}, at most {@code maxRows};
     * scrolls through the engine in chunks so memory stays flat whatever the result size.
     */
    @Transactional
    @jakarta.enterprise.context.control.ActivateRequestContext
    public long export(SearchState state, long maxRows, java.util.function.Consumer<ExportRow> sink) {
        long written = 0;
        TextMatch match = textMatch(state);
        try (var scroll = session.search(Article.class)
                .select(f -> ExportRow.projection(f))
                .where(f -> predicate(f, state, match, null, true))
                .sort(f -> switch (state.sort()) {
                    case OLDEST -> f.field(ArticleFields.PUBLISHED).asc().missing().last();
                    case NEWEST -> f.field(ArticleFields.PUBLISHED).desc().missing().last();
                    case RELEVANCE -> match.isBlank()
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
        TextMatch match = textMatch(state);
        List<FacetValue> all;
        if (facet.valuesAreCountryCodes()) {
            // Stored as codes: filter on the names people read (there are at most ~250 codes).
            String lower = text.toLowerCase(Locale.ROOT);
            all = facetValues(state, facet, termCounts(state, match, facet, 300, null)).stream()
                    .filter(value -> !value.excluded())
                    .filter(value -> lower.isEmpty() || value.label().toLowerCase(Locale.ROOT).contains(lower)
                            || value.value().equalsIgnoreCase(text))
                    .toList();
        } else {
            String include = text.isEmpty() ? null : ValuePatterns.containing(text);
            all = facetValues(state, facet, termCounts(state, match, facet, wanted, include)).stream()
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
        TextMatch all = textMatch(everything);
        for (EntityType type : EntityType.values()) {
            Facet facet = Facet.of(type);
            if (!facet.valuesAreCountryCodes()) {
                termCounts(everything, all, facet, limit, ValuePatterns.wordStartingWith(text))
                        .forEach((value, count) -> suggestions.add(new Suggestion(facet, value, value, count)));
                continue;
            }
            // Countries are stored as codes: match on the names a person types.
            termCounts(everything, all, facet, 300, null).forEach((code, count) -> {
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

    private Map<String, Long> countsWithoutOwnSelection(SearchState state, TextMatch match, Facet facet, int size,
            String include) {
        Map<String, Long> counts = termCounts(state, match, facet, size, include);
        for (String selected : state.included(facet)) {
            if (!counts.containsKey(selected)) {
                // A selected value outside the top N still shows, with its own count.
                counts.put(selected, session.search(Article.class)
                        .where(f -> f.bool().must(predicate(f, state, match, facet, true))
                                .filter(valuesFilter(f, facet, Set.of(selected))))
                        .fetchTotalHitCount());
            }
        }
        return counts;
    }

    /** Counts of a facet's values under every filter except that facet's own selection. */
    /** The {@code size} most frequent values of a facet under a state's filters (an entity page's companions). */
    @Transactional
    Map<String, Long> countsUnder(SearchState state, Facet facet, int size) {
        TextMatch match = textMatch(state);
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.jsonKey);
        return session.search(Article.class)
                .where(f -> predicate(f, state, match, null, true))
                .aggregation(key, f -> f.terms().field(facet.field, String.class).maxTermCount(size))
                .fetch(0)
                .aggregation(key);
    }

    private Map<String, Long> termCounts(SearchState state, TextMatch match, Facet facet, int size, String include) {
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
                .where(f -> predicate(f, state, match, facet, true))
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

    private JsonObject histogramWithoutDateRange(SearchState state, TextMatch match) {
        return session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .where(f -> predicate(f, state, match, null, false))
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

    // --- weapon families (issue 9) ----------------------------------------------------------------

    /**
     * Terms to fetch for a facet's top values: a family facet fetches more, because its variants
     * nest under families and would otherwise take places of the {@link #FACET_SIZE} top-level values.
     */
    private static int termsToFetch(Facet facet) {
        return facet.hasFamilies() ? FACET_SIZE * 3 : FACET_SIZE;
    }

    /**
     * Articles holding any of the values. For the weapons facet also the stored values themselves:
     * until an index built before the family field has been rebuilt (IndexSchema starts that), its
     * documents lack the family field, and a filter on it alone would lose them.
     */
    private static SearchPredicate valuesFilter(SearchPredicateFactory f, Facet facet, Set<String> values) {
        if (!facet.hasFamilies()) {
            return f.terms().field(facet.field).matchingAny(values).toPredicate();
        }
        return f.or(f.terms().field(facet.field).matchingAny(values),
                f.terms().field(facet.entityType.plural).matchingAny(values)).toPredicate();
    }

    /**
     * The text query and the filters of the state, except the selection of {@code withoutSelectionOf}
     * (null: all facet filters), and the date range only when {@code withDates}.
     */
    private BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, SearchState state, TextMatch match,
            Facet withoutSelectionOf, boolean withDates) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        if (match.isBlank()) {
            bool.must(f.matchAll());
        } else {
            bool.must(f.extension(ElasticsearchExtension.get()).fromJson(match.json()));
        }
        for (Facet facet : Facet.values()) {
            if (facet != withoutSelectionOf && !state.included(facet).isEmpty()) {
                bool.filter(valuesFilter(f, facet, state.included(facet)));
            }
            if (!state.excluded(facet).isEmpty()) {
                bool.mustNot(valuesFilter(f, facet, state.excluded(facet)));
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
     * The query before issue 15 ({@link Ranking#BEFORE}), kept for the evaluation: every word
     * required, words in the title weigh three times more than in the body; among equally relevant
     * articles, recent ones rise (a score multiplier between 1 and 1.5, half-life about a year).
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
