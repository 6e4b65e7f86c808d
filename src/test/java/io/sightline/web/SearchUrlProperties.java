package io.sightline.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue 10, finding 6: any request of the URL grammar (every parameter name, with values from
 * the grammar, beyond it and random) to every reading endpoint answers 2xx or 4xx, never 5xx.
 * Run against the running app by {@link HttpFuzzTest}; not a *Test, so surefire does not run
 * it on its own.
 */
class SearchUrlProperties {

    static final List<String> PATHS = List.of("/search", "/api/search", "/api/export.csv", "/api/export.jsonl",
            "/api/suggest", "/search/facets/person", "/search/facets/country", "/search/facets/weapon",
            "/search/facets/type", "/search/facets/origin", "/search/facets/source", "/search/facets/nonsense");

    static final List<String> NAMES = List.of("q", "person", "not-person", "country", "not-country", "weapon",
            "not-weapon", "type", "not-type", "origin", "not-origin", "source", "not-source", "from", "to", "sort",
            "size", "page", "fpage", "filter", "limit", "unknown");

    /** A query string: parameters with values, each encoded, or sometimes raw (broken escapes). */
    record Query(String text) {
    }

    @Property(tries = 120)
    void readingEndpointsNeverAnswer5xx(@ForAll("paths") String path, @ForAll("queries") Query query)
            throws Exception {
        String url = query.text().isEmpty() ? path : path + "?" + query.text();
        FuzzClient.Answer answer = FuzzClient.get(url);
        assertFalse(answer.isServerError(), () -> "GET " + url + " answered " + answer.status() + ": " + answer.body());
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(PATHS);
    }

    @Provide
    Arbitrary<Query> queries() {
        Arbitrary<String> parameter = Combinators.combine(Arbitraries.of(NAMES), values(), Arbitraries.integers()
                .between(0, 9)).as((name, value, mode) -> mode == 0
                        ? name + "=" + rawish(value) // as typed: stray & = # ? / split and cut parameters
                        : URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(value, StandardCharsets.UTF_8));
        return parameter.list().ofMaxSize(6).map(parts -> new Query(String.join("&", parts)));
    }

    @SuppressWarnings("unchecked")
    static Arbitrary<String> values() {
        Arbitrary<String> grammar = Arbitraries.of("Putin", "RU", "US", "CN", "S-400", "main battle tank", "SU",
                "Reuters", "relevance", "newest", "oldest", "10", "20", "50", "100", "1", "2", "");
        Arbitrary<String> numbers = Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("2147483647", "2147483648", "-2147483648", "107374183", "42949673",
                        "999999999999999999999", "0", "-1", "1e9", "0x10", "1.5", " 7 "));
        Arbitrary<String> dates = Arbitraries.of("2024", "2024-05", "2024-05-31", "+999999999-12-31",
                "-999999999-01-01", "9999-12-31", "0000-01-01", "2024-02-30", "2024-13", "1899-12-31",
                "10000-01-01", "2024-5-1", "yesterday");
        Arbitrary<String> syntax = Arbitraries.of("\"unclosed", "a OR", "OR", "NOT", "-", "*", "?", "~", "a~5",
                "(a", "a)", "\\", "/", "a AND (b OR", "[a TO b]", "field:value", "a^2", "&&", "||", "!",
                "\"a\"~3", "*a*", "{}", "<script>", "%00", "\u0000", "\uD83D\uDE00", "\u01C5", "\u00DF");
        Arbitrary<String> long_ = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(200).ofMaxLength(700);
        Arbitrary<String> regexChars = Arbitraries.strings().withChars(".?+*|{}[]()\"\\#@&<>~^$").ofMaxLength(300);
        return Arbitraries.frequencyOf(Tuple.of(3, grammar), Tuple.of(3, numbers), Tuple.of(3, dates),
                Tuple.of(3, syntax), Tuple.of(4, Arbitraries.strings().ofMaxLength(40)), Tuple.of(1, long_),
                Tuple.of(1, regexChars));
    }

    /** Left mostly as typed: only what would break the URL syntax itself is escaped. */
    private static String rawish(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c <= ' ' || c >= 0x7f || c == '%' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}' || c == '[' || c == ']') {
                out.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
