package io.sightline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchStateTest {

    private static SearchState parse(Map<String, List<String>> parameters) {
        return SearchState.fromParameters(parameters).state();
    }

    @Test
    void equalSearchesHaveEqualCanonicalUrls() {
        SearchState a = parse(Map.of("page", List.of("2"), "country", List.of("RU", "CN"), "q", List.of("air defence"),
                "weapon", List.of("S-400"), "sort", List.of("newest"), "from", List.of("2023-01-01")));
        SearchState b = parse(Map.of("weapon", List.of("S-400"), "q", List.of(" air defence "), "from",
                List.of("2023-01-01"), "country", List.of("CN", "RU", "CN"), "sort", List.of("newest"), "page",
                List.of("2")));
        assertEquals("/search?q=air+defence&country=CN&country=RU&weapon=S-400&from=2023-01-01&sort=newest&page=2",
                a.url("/search"));
        assertEquals(a.url("/search"), b.url("/search"));
        assertEquals(a, b);
    }

    @Test
    void withAndWithoutBuildTheNeighbouringStatesAndGoBackToPageOne() {
        SearchState state = SearchState.empty().withQuery("Putin").withPage(3);
        SearchState filtered = state.with(Facet.PEOPLE, "Vladimir Putin");
        assertEquals("q=Putin&person=Vladimir+Putin", filtered.toQueryString());
        assertEquals("q=Putin", filtered.without(Facet.PEOPLE, "Vladimir Putin").toQueryString());
        assertEquals("q=Putin&not-country=RU", state.withExcluded(Facet.COUNTRIES, "RU").toQueryString());
        // including a value that was excluded flips it
        assertEquals("q=Putin&country=RU",
                state.withExcluded(Facet.COUNTRIES, "RU").with(Facet.COUNTRIES, "RU").toQueryString());
        assertEquals("", filtered.withQuery("").withoutFilters().toQueryString());
    }

    @Test
    void unusableValuesFallBackAndAreNamed() {
        SearchState.Parsed parsed = SearchState.fromParameters(Map.of("page", List.of("x"), "size", List.of("7"),
                "sort", List.of("up"), "from", List.of("soon"), "unknown", List.of("1")));
        assertEquals(SearchState.empty(), parsed.state());
        assertEquals(4, parsed.problems().size());
    }

    @Test
    void yearsAndMonthsAreDateRanges() {
        SearchState state = parse(Map.of("from", List.of("2023"), "to", List.of("2024-02")));
        assertEquals(LocalDate.of(2023, 1, 1), state.from());
        assertEquals(LocalDate.of(2024, 2, 29), state.to());
        SearchState swapped = parse(Map.of("from", List.of("2024-05-01"), "to", List.of("2023-01-01")));
        assertTrue(swapped.from().isBefore(swapped.to()));
    }
}
