package io.sightline.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Everything that defines one result page, immutable. Built from URL parameters by
 * {@link #fromParameters}; {@code with…}/{@code without…} give the neighbouring states, and
 * {@link #toQueryString()} writes any state back as a canonical URL (fixed parameter order,
 * sorted values, defaults left out), so equal searches have equal URLs.
 */
public final class SearchState {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final List<Integer> PAGE_SIZES = List.of(10, 20, 50, 100);
    /** Longest query text accepted; longer input is cut, never an error. */
    public static final int MAX_QUERY_CHARS = 500;
    /** At most this many values per facet parameter, to bound the query. */
    public static final int MAX_VALUES_PER_FACET = 50;
    /** Issue 15: {@code match=all} asks for the strict form of a widened search. */
    public static final String MATCH_PARAM = "match";
    public static final String MATCH_ALL = "all";
    /** Highest page number kept (issue 10: page=2147483647 overflowed into a negative offset). */
    public static final int MAX_PAGE = 1_000_000;

    private final String query;
    private final Map<Facet, SortedSet<String>> included;
    private final Map<Facet, SortedSet<String>> excluded;
    private final LocalDate from;
    private final LocalDate to;
    private final Sort sort;
    private final int pageSize;
    private final int page;
    /** match=all: only articles holding every term, never widened (issue 15). */
    private final boolean allWords;
    /** {@link #toQueryString()}, written on first use (the state is immutable; a race writes the same text twice). */
    private String queryString;

    private static final Facet[] FACETS = Facet.values();

    private SearchState(String query, Map<Facet, SortedSet<String>> included, Map<Facet, SortedSet<String>> excluded,
            LocalDate from, LocalDate to, Sort sort, int pageSize, int page) {
        this(query, included, excluded, from, to, sort, pageSize, page, false);
    }

    private SearchState(String query, Map<Facet, SortedSet<String>> included, Map<Facet, SortedSet<String>> excluded,
            LocalDate from, LocalDate to, Sort sort, int pageSize, int page, boolean allWords) {
        this.query = query == null ? "" : query.strip();
        this.included = freeze(included);
        this.excluded = freeze(excluded);
        this.from = from;
        this.to = to;
        this.sort = sort;
        this.pageSize = pageSize;
        this.page = page;
        this.allWords = allWords;
    }

    public static SearchState empty() {
        return new SearchState("", Map.of(), Map.of(), null, null, Sort.RELEVANCE, DEFAULT_PAGE_SIZE, 1);
    }

    /** A state read from URL parameters, and what was wrong with them (ignored values). */
    public record Parsed(SearchState state, List<String> problems) {
    }

    /**
     * Reads URL parameters leniently: unknown parameters are ignored, and values that cannot
     * be used (page=abc) fall back to the default and are named in {@link Parsed#problems()}.
     */
    public static Parsed fromParameters(Map<String, List<String>> parameters) {
        List<String> problems = new ArrayList<>();
        String query = first(parameters, "q");
        if (query.length() > MAX_QUERY_CHARS) {
            problems.add("The query was cut to " + MAX_QUERY_CHARS + " characters.");
            query = query.substring(0, MAX_QUERY_CHARS);
        }
        Map<Facet, SortedSet<String>> included = new EnumMap<>(Facet.class);
        Map<Facet, SortedSet<String>> excluded = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            included.put(facet, values(parameters, facet.param, problems));
            excluded.put(facet, values(parameters, facet.excludeParam, problems));
        }
        LocalDate from = date(parameters, "from", problems);
        LocalDate to = date(parameters, "to", problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add("'from' is after 'to'; the two dates were swapped.");
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        Sort sort = Sort.RELEVANCE;
        String sortParam = first(parameters, "sort");
        if (!sortParam.isEmpty()) {
            sort = Sort.byParam(sortParam).orElseGet(() -> {
                problems.add("Unknown sort '" + sortParam + "'; use relevance, newest or oldest.");
                return Sort.RELEVANCE;
            });
        }
        int pageSize = number(parameters, "size", DEFAULT_PAGE_SIZE, problems);
        if (!PAGE_SIZES.contains(pageSize)) {
            problems.add("Page size must be one of " + PAGE_SIZES + ".");
            pageSize = DEFAULT_PAGE_SIZE;
        }
        int page = number(parameters, "page", 1, problems);
        if (page < 1) {
            problems.add("Page numbers start at 1.");
            page = 1;
        }
        // Far beyond the 10,000-hit window anyway; the cap keeps page arithmetic inside an int.
        page = Math.min(page, MAX_PAGE);
        boolean allWords = false;
        String match = first(parameters, MATCH_PARAM);
        if (!match.isEmpty()) {
            if (match.equals(MATCH_ALL)) {
                allWords = true;
            } else {
                problems.add("Unknown match '" + match + "'; use match=" + MATCH_ALL + " for articles with every word.");
            }
        }
        return new Parsed(new SearchState(query, included, excluded, from, to, sort, pageSize, page, allWords),
                problems);
    }

    public String query() {
        return query;
    }

    public SortedSet<String> included(Facet facet) {
        return included.getOrDefault(facet, Collections.emptySortedSet());
    }

    public SortedSet<String> excluded(Facet facet) {
        return excluded.getOrDefault(facet, Collections.emptySortedSet());
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public Sort sort() {
        return sort;
    }

    public int pageSize() {
        return pageSize;
    }

    public int page() {
        return page;
    }

    /** True with match=all: only articles holding every word of the query, never widened. */
    public boolean allWords() {
        return allWords;
    }

    /** The strict form of this search (match=all), first page. */
    public SearchState withAllWords() {
        return new SearchState(query, included, excluded, from, to, sort, pageSize, 1, true);
    }

    /** This search allowed to widen again (without match=all), first page. */
    public SearchState withoutAllWords() {
        return new SearchState(query, included, excluded, from, to, sort, pageSize, 1, false);
    }

    public boolean hasFilters() {
        return from != null || to != null
                || included.values().stream().anyMatch(set -> !set.isEmpty())
                || excluded.values().stream().anyMatch(set -> !set.isEmpty());
    }

    // --- neighbouring states; every change of the result set goes back to page 1 ---------------

    public SearchState withQuery(String newQuery) {
        return new SearchState(newQuery, included, excluded, from, to, sort, pageSize, 1);
    }

    public SearchState with(Facet facet, String value) {
        return new SearchState(query, added(included, facet, value), removed(excluded, facet, value), from, to, sort,
                pageSize, 1, allWords);
    }

    public SearchState without(Facet facet, String value) {
        return new SearchState(query, removed(included, facet, value), excluded, from, to, sort, pageSize, 1, allWords);
    }

    public SearchState withExcluded(Facet facet, String value) {
        return new SearchState(query, removed(included, facet, value), added(excluded, facet, value), from, to, sort,
                pageSize, 1, allWords);
    }

    public SearchState withoutExcluded(Facet facet, String value) {
        return new SearchState(query, included, removed(excluded, facet, value), from, to, sort, pageSize, 1, allWords);
    }

    public SearchState withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchState(query, included, excluded, newFrom, newTo, sort, pageSize, 1, allWords);
    }

    public SearchState withoutFilters() {
        return new SearchState(query, Map.of(), Map.of(), null, null, sort, pageSize, 1, allWords);
    }

    public SearchState withSort(Sort newSort) {
        return new SearchState(query, included, excluded, from, to, newSort, pageSize, 1, allWords);
    }

    public SearchState withPageSize(int newSize) {
        return new SearchState(query, included, excluded, from, to, sort, newSize, 1, allWords);
    }

    public SearchState withPage(int newPage) {
        return new SearchState(query, included, excluded, from, to, sort, pageSize, Math.max(1, newPage), allWords);
    }

    /**
     * The same matches in the default order and page size, first page: a feed of a search lists
     * its newest matches however the page was sorted or paged, so those do not make another feed.
     */
    public SearchState forFeed() {
        return new SearchState(query, included, excluded, from, to, Sort.RELEVANCE, DEFAULT_PAGE_SIZE, 1, allWords);
    }

    /** Same filters, first page: what a facet count or an export refers to. */
    public SearchState firstPage() {
        return withPage(1);
    }

    // --- URLs ---------------------------------------------------------------------------------

    /** One URL parameter (or hidden form field) of a state. */
    public record Parameter(String name, String value) {
    }

    /** The state's parameters in canonical order, defaults left out: what URLs and forms carry. */
    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>();
        forEachParameter((name, value) -> parameters.add(new Parameter(name, value)));
        return parameters;
    }

    /** The canonical order of the parameters (the one definition of it), defaults and empty values left out. */
    private void forEachParameter(BiConsumer<String, String> parameter) {
        BiConsumer<String, String> nonEmpty = (name, value) -> {
            if (value != null && !value.isEmpty()) {
                parameter.accept(name, value);
            }
        };
        nonEmpty.accept("q", query);
        for (Facet facet : FACETS) {
            included(facet).forEach(value -> nonEmpty.accept(facet.param, value));
            excluded(facet).forEach(value -> nonEmpty.accept(facet.excludeParam, value));
        }
        nonEmpty.accept("from", from == null ? "" : from.toString());
        nonEmpty.accept("to", to == null ? "" : to.toString());
        nonEmpty.accept("sort", sort == Sort.RELEVANCE ? "" : sort.param());
        nonEmpty.accept("size", pageSize == DEFAULT_PAGE_SIZE ? "" : Integer.toString(pageSize));
        nonEmpty.accept("page", page == 1 ? "" : Integer.toString(page));
        nonEmpty.accept(MATCH_PARAM, allWords ? MATCH_ALL : "");
    }

    /**
     * Hidden fields for a GET form that sets the parameters {@code setByForm} itself (the search
     * box sets q, the date form from and to): every other parameter of this state but the page,
     * since a form's answer is a new result set.
     */
    public List<Parameter> hiddenFields(String... setByForm) {
        List<String> skipped = new ArrayList<>(List.of(setByForm));
        skipped.add("page");
        return parameters().stream().filter(parameter -> !skipped.contains(parameter.name())).toList();
    }

    /** Canonical query string without the leading "?", e.g. "q=air+defence&country=CN&country=RU". */
    public String toQueryString() {
        // Issue 13 (wave 5): written straight from the fields and kept, as a search page asks
        // for about 130 of them (every facet value's links, the histogram's bars, pages, sorts).
        String written = queryString;
        if (written == null) {
            StringBuilder joined = new StringBuilder();
            forEachParameter((name, value) -> appendParameter(joined, name, value));
            written = joined.toString();
            queryString = written;
        }
        return written;
    }

    /** Path plus canonical query string, e.g. "/search?q=putin". */
    public String url(String path) {
        String queryString = toQueryString();
        return queryString.isEmpty() ? path : path + "?" + queryString;
    }

    /**
     * Path plus canonical query string plus parameters of the page at {@code path} that are not
     * search state (a facet listing's {@code filter} and {@code fpage}); empty values are left out.
     */
    public String url(String path, Parameter... pageParameters) {
        List<Parameter> all = new ArrayList<>(parameters());
        for (Parameter parameter : pageParameters) {
            add(all, parameter.name(), parameter.value());
        }
        String queryString = join(all);
        return queryString.isEmpty() ? path : path + "?" + queryString;
    }

    /**
     * The order results really come in: without words there is no relevance to rank by, so
     * the default order is the newest first (and the page says so).
     */
    public Sort effectiveSort() {
        return sort == Sort.RELEVANCE && query.isBlank() ? Sort.NEWEST : sort;
    }

    /** True when no words were typed and no order chosen: the page is browsing the newest articles. */
    public boolean browsing() {
        return query.isBlank() && sort == Sort.RELEVANCE;
    }

    /** What a {@link Widening} drops. */
    public enum WideningKind {
        /** the typed words (filters kept) */
        WORDS,
        /** every selected value of one facet */
        FACET,
        /** one excluded value */
        EXCLUSION,
        /** the date range */
        DATES
    }

    /** A wider neighbour of this state: one restriction dropped. {@code values} are the dropped facet values. */
    public record Widening(WideningKind kind, Facet facet, SortedSet<String> values, SearchState state) {
    }

    /**
     * Every way to drop one restriction (the words, one facet's selection, one excluded value,
     * the date range), first page: what an empty result offers to loosen.
     */
    public List<Widening> widenings() {
        List<Widening> widenings = new ArrayList<>();
        if (!query.isBlank() && hasFilters()) {
            widenings.add(new Widening(WideningKind.WORDS, null, Collections.emptySortedSet(), withQuery("")));
        }
        for (Facet facet : Facet.values()) {
            if (!included(facet).isEmpty()) {
                Map<Facet, SortedSet<String>> fewer = new EnumMap<>(Facet.class);
                fewer.putAll(included);
                fewer.remove(facet);
                widenings.add(new Widening(WideningKind.FACET, facet, included(facet),
                        new SearchState(query, fewer, excluded, from, to, sort, pageSize, 1)));
            }
            for (String value : excluded(facet)) {
                widenings.add(new Widening(WideningKind.EXCLUSION, facet, new TreeSet<>(Set.of(value)),
                        withoutExcluded(facet, value)));
            }
        }
        if (from != null || to != null) {
            widenings.add(new Widening(WideningKind.DATES, null, Collections.emptySortedSet(), withDates(null, null)));
        }
        return widenings;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchState state && state.toQueryString().equals(toQueryString());
    }

    @Override
    public int hashCode() {
        return toQueryString().hashCode();
    }

    @Override
    public String toString() {
        return url("/search");
    }

    // --- helpers --------------------------------------------------------------------------------

    private static void add(List<Parameter> parameters, String name, String value) {
        if (value != null && !value.isEmpty()) {
            parameters.add(new Parameter(name, value));
        }
    }

    private static String join(List<Parameter> parameters) {
        StringBuilder joined = new StringBuilder();
        for (Parameter parameter : parameters) {
            appendParameter(joined, parameter.name(), parameter.value());
        }
        return joined.toString();
    }

    private static void appendParameter(StringBuilder joined, String name, String value) {
        if (joined.length() > 0) {
            joined.append('&');
        }
        joined.append(name).append('=');
        appendEncoded(joined, value);
    }

    /**
     * Appends {@code value} as {@link URLEncoder} encodes it in UTF-8. Why not always URLEncoder
     * (issue 13, wave 5): a search page writes about 130 URLs, each encoding every parameter of
     * the state again, and URLEncoder copies every value through a writer and a byte array even
     * when nothing needs escaping, as in nearly every query word and facet value. Letters, digits
     * and {@code .-*_} stay, a space becomes {@code +}; a value with any other character goes to
     * URLEncoder whole, so the result is always URLEncoder's.
     */
    static void appendEncoded(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '*' || c == '_' || c == ' ')) {
                out.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                return;
            }
        }
        out.append(value.replace(' ', '+'));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null) {
            return "";
        }
        return values.stream().filter(value -> value != null && !value.isBlank()).findFirst().orElse("").strip();
    }

    private static SortedSet<String> values(Map<String, List<String>> parameters, String name, List<String> problems) {
        SortedSet<String> values = new TreeSet<>();
        for (String value : parameters.getOrDefault(name, List.of())) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (values.size() == MAX_VALUES_PER_FACET) {
                problems.add("Only the first " + MAX_VALUES_PER_FACET + " values of '" + name + "' are used.");
                break;
            }
            values.add(value.strip());
        }
        return values;
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name, List<String> problems) {
        String value = first(parameters, name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(value), name.equals("from") ? 1 : 12, name.equals("from") ? 1 : 31);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                LocalDate month = LocalDate.parse(value + "-01");
                return name.equals("from") ? month : month.withDayOfMonth(month.lengthOfMonth());
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
            // LocalDate also reads "+999999999-12-31", whose next day does not exist (a 500, issue 10)
            throw new DateTimeParseException("not a four-digit year", value, 0);
        } catch (DateTimeParseException | NumberFormatException e) {
            problems.add("'" + name + "' must be a date like 2024-05-31; '" + value + "' was ignored.");
            return null;
        }
    }

    private static int number(Map<String, List<String>> parameters, String name, int fallback, List<String> problems) {
        String value = first(parameters, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add("'" + name + "' must be a whole number; '" + value + "' was ignored.");
            return fallback;
        }
    }

    private static Map<Facet, SortedSet<String>> freeze(Map<Facet, SortedSet<String>> source) {
        Map<Facet, SortedSet<String>> copy = new EnumMap<>(Facet.class);
        source.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSortedSet(new TreeSet<>(values)));
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Map<Facet, SortedSet<String>> added(Map<Facet, SortedSet<String>> source, Facet facet, String value) {
        Map<Facet, SortedSet<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(source);
        SortedSet<String> values = new TreeSet<>(copy.getOrDefault(facet, Collections.emptySortedSet()));
        values.add(value);
        copy.put(facet, values);
        return copy;
    }

    private static Map<Facet, SortedSet<String>> removed(Map<Facet, SortedSet<String>> source, Facet facet, String value) {
        Map<Facet, SortedSet<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(source);
        SortedSet<String> values = new TreeSet<>(copy.getOrDefault(facet, Collections.emptySortedSet()));
        values.remove(value);
        copy.put(facet, values);
        return copy;
    }
}
