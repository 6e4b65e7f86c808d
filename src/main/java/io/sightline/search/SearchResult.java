package io.sightline.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to one {@link SearchState}: the page of hits, the total, and the facets with
 * counts, the date histogram, and a corrected query when nothing matched ({@code didYouMean},
 * else null). {@code beyondWindow} is true when the page lies past what the engine pages through
 * ({@link ArticleSearch#MAX_WINDOW} hits); the page then says so instead of showing nothing.
 */
public record SearchResult(SearchState state, long total, List<ArticleHit> hits, Map<Facet, List<FacetValue>> facets,
        DateHistogram histogram, String didYouMean, boolean beyondWindow, long tookMillis,
        // Issue 15: how the query was widened (null: every term matched), and the entities it names
        // that are not yet filters ("Filter to articles about North Korea").
        Widening widening, List<UnderstoodQuery.Entity> entityFilters) {

    public long pageCount() {
        long reachable = Math.min(total, ArticleSearch.MAX_WINDOW);
        return Math.max(1, (reachable + state.pageSize() - 1) / state.pageSize());
    }

    public long firstHitNumber() {
        return hits.isEmpty() ? 0 : (long) (state.page() - 1) * state.pageSize() + 1;
    }

    public long lastHitNumber() {
        return hits.isEmpty() ? 0 : firstHitNumber() + hits.size() - 1;
    }
}
