package io.sightline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** match=all, the strict form of a widened search, as a SearchState parameter. */
class MatchAllParameterTest {

    @Test
    void matchAllRoundTripsAndSurvivesFacetChangesButNotANewQuery() {
        SearchState strict = SearchState.fromParameters(Map.of("q", List.of("Kiev aid"), "match", List.of("all")))
                .state();
        assertTrue(strict.allWords());
        assertEquals("/search?q=Kiev+aid&match=all", strict.url("/search"));
        assertEquals("/search?q=Kiev+aid&country=UA&match=all", strict.with(Facet.COUNTRIES, "UA").url("/search"));
        assertFalse(strict.withQuery("Kyiv aid").allWords());
        assertEquals("/search?q=Kiev+aid", strict.withoutAllWords().url("/search"));
        assertEquals(strict, SearchState.empty().withQuery("Kiev aid").withAllWords());
    }

    @Test
    void anUnknownMatchValueIsIgnoredWithAProblem() {
        SearchState.Parsed parsed = SearchState.fromParameters(Map.of("q", List.of("aid"), "match", List.of("any")));
        assertFalse(parsed.state().allWords());
        assertEquals(List.of("Unknown match 'any'; use match=all for articles with every word."), parsed.problems());
    }
}
