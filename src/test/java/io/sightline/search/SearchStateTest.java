package io.sightline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void formsCarryEveryParameterButTheOnesTheySetAndThePage() {
        SearchState state = parse(Map.of("q", List.of("drone"), "country", List.of("RU"), "from", List.of("2024-01-01"),
                "sort", List.of("newest"), "page", List.of("3")));
        assertEquals(List.of(new SearchState.Parameter("country", "RU"), new SearchState.Parameter("from", "2024-01-01"),
                new SearchState.Parameter("sort", "newest")), state.hiddenFields("q"));
        assertEquals(List.of(new SearchState.Parameter("q", "drone"), new SearchState.Parameter("country", "RU"),
                new SearchState.Parameter("sort", "newest")), state.hiddenFields("from", "to"));
        assertEquals("/search/facets/country?q=drone&country=RU&from=2024-01-01&sort=newest&filter=kor+ea",
                state.firstPage().url("/search/facets/country", new SearchState.Parameter("filter", "kor ea"),
                        new SearchState.Parameter("fpage", "")));
    }

    @Test
    void aFeedIgnoresOrderAndPagingAndBrowsingMeansNewestFirst() {
        SearchState state = parse(Map.of("q", List.of("drone"), "sort", List.of("oldest"), "size", List.of("50"),
                "page", List.of("2")));
        assertEquals("q=drone", state.forFeed().toQueryString());
        assertEquals(Sort.OLDEST, state.effectiveSort());
        assertEquals(Sort.RELEVANCE, state.forFeed().effectiveSort());
        assertEquals(Sort.NEWEST, SearchState.empty().effectiveSort());
        assertTrue(SearchState.empty().browsing());
        assertTrue(!SearchState.empty().withSort(Sort.OLDEST).browsing());
    }

    @Test
    void wideningsDropOneRestrictionEach() {
        SearchState state = parse(Map.of("q", List.of("drone"), "country", List.of("RU", "CN"),
                "not-person", List.of("Vladimir Putin"), "to", List.of("2001")));
        List<String> wider = state.widenings().stream()
                .map(widening -> widening.kind() + " " + widening.state().toQueryString()).toList();
        assertEquals(List.of(
                "WORDS not-person=Vladimir+Putin&country=CN&country=RU&to=2001-12-31",
                "EXCLUSION q=drone&country=CN&country=RU&to=2001-12-31",
                "FACET q=drone&not-person=Vladimir+Putin&to=2001-12-31",
                "DATES q=drone&not-person=Vladimir+Putin&country=CN&country=RU"), wider);
        assertEquals(List.of(), parse(Map.of("q", List.of("drone"))).widenings(), "words alone: nothing to drop but them");
    }

    /** URLs are written with a fast path for plain values; whatever the value, the text is URLEncoder's. */
    @ParameterizedTest
    @ValueSource(strings = {"", "Putin", "air defence", "S-400", "F/A-18 Super Hornet", "Côte d'Ivoire", "a+b",
            "100%", "\"arms control\" OR nonproliferation", "x&y=z", "Zelensky~", "sanction*", "under_score", "dots.",
            "  two  spaces ", "tab\there", "Ω", "emoji \uD83D\uDE80", "lone \uD800 surrogate", "#hash?"})
    void parameterValuesAreEncodedAsUrlEncoderEncodesThem(String value) {
        StringBuilder encoded = new StringBuilder();
        SearchState.appendEncoded(encoded, value);
        assertEquals(URLEncoder.encode(value, StandardCharsets.UTF_8), encoded.toString());
    }
}
