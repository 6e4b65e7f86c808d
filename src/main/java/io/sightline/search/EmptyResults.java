package io.sightline.search;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Why a search found nothing and how to get something: each restriction of the state dropped
 * on its own (the words, a facet's selection, an excluded value, the dates) is counted, and
 * those that would find articles are offered, the one that finds most first ("the most
 * restrictive filter"). One count query per restriction, only on empty results.
 */
@ApplicationScoped
public class EmptyResults {

    /** Count queries at most per empty page: a hand-made URL can carry hundreds of exclusions. */
    static final int MAX_COUNTED = 12;

    private final ArticleSearch search;

    EmptyResults(ArticleSearch search) {
        this.search = search;
    }

    /** The restrictions whose removal finds articles, most articles first; empty when none does. */
    public List<CountedWidening> wideningsThatFind(SearchState state) {
        return state.widenings().stream()
                .limit(MAX_COUNTED)
                .map(widening -> new CountedWidening(widening, search.count(widening.state())))
                .filter(counted -> counted.count() > 0)
                .sorted(Comparator.comparingLong(CountedWidening::count).reversed())
                .toList();
    }
}
