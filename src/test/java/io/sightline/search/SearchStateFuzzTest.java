package io.sightline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based (jqwik, run by surefire beside Jupiter): any parameters parse into a state
 * whose numbers and dates stay in the ranges the engine accepts, and the canonical URL of a
 * state parses back to the same state.
 */
class SearchStateFuzzTest {

    private static final List<String> NAMES = List.of("q", "person", "not-person", "country", "not-country", "weapon",
            "type", "origin", "source", "from", "to", "sort", "size", "page", "other");

    @Property(tries = 300)
    void anyParametersGiveAUsableState(@ForAll("parameters") Map<String, List<String>> parameters) {
        SearchState state = SearchState.fromParameters(parameters).state();
        assertTrue(state.page() >= 1 && state.page() <= SearchState.MAX_PAGE, "page " + state.page());
        long offset = (long) (state.page() - 1) * state.pageSize();
        assertTrue(offset < Integer.MAX_VALUE, "offset fits an int");
        for (var date : java.util.Arrays.asList(state.from(), state.to())) {
            if (date != null) {
                assertTrue(date.getYear() >= 0 && date.getYear() <= 9999, "year " + date.getYear());
                date.plusDays(1); // the end-of-day bound must exist
            }
        }
    }

    @Property(tries = 300)
    void theCanonicalUrlParsesBackToTheSameState(@ForAll("parameters") Map<String, List<String>> parameters) {
        SearchState state = SearchState.fromParameters(parameters).state();
        Map<String, List<String>> again = new LinkedHashMap<>();
        for (String pair : state.toQueryString().split("&")) {
            if (!pair.isEmpty()) {
                String[] nameValue = pair.split("=", 2);
                again.computeIfAbsent(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8), key -> new ArrayList<>())
                        .add(URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
            }
        }
        assertEquals(state.toQueryString(), SearchState.fromParameters(again).state().toQueryString());
    }

    @Provide
    Arbitrary<Map<String, List<String>>> parameters() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("2024", "2024-05", "2024-05-31", "+999999999-12-31", "-999999999-01-01", "2024-02-30",
                        "2147483647", "107374183", "newest", "oldest", "relevance", "50", "RU", "S-400"));
        return Arbitraries.maps(Arbitraries.of(NAMES), value.list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(8);
    }
}
