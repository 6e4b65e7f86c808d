package io.sightline.web;

import java.util.ArrayList;
import java.util.List;

import io.sightline.search.CountedWidening;
import io.sightline.search.Facet;
import io.sightline.search.FacetLabels;
import io.sightline.search.FacetValue;
import io.sightline.search.SearchResult;
import io.sightline.search.SearchState;
import io.sightline.search.Sort;

/**
 * What the search page shows, with every link precomputed from the immutable state, so the
 * template only prints: each facet value links to the state with that value added, each
 * chip to the state without it.
 */
public final class SearchView {

    static final String PATH = "/search";

    /** A removable filter shown above the results. */
    public record Chip(String label, String removeUrl, boolean excluded) {
    }

    /**
     * A facet value with the links that add, remove or exclude it, and the views of its variants
     * (issue 9: a weapon family's variants, shown nested under it).
     */
    public record ValueView(FacetValue value, String toggleUrl, String excludeUrl, String pageUrl,
            List<ValueView> variants) {
    }

    /** A facet with its values and the link to all of them. */
    public record FacetView(Facet facet, List<ValueView> values, String moreUrl) {
    }

    /** A link in the pager. */
    public record PageLink(String label, String url, boolean current) {
    }

    /**
     * One bar of the date histogram as SVG geometry, linking to the search narrowed to its
     * period; {@code label} and {@code count} are the same bar as text (the table beside the chart).
     */
    public record BarView(int x, int y, int width, int height, String url, String title, String label, long count) {
    }

    /** A way out of an empty result: drop one restriction, with the number of articles that would give. */
    public record WideningView(String label, String url, long count) {
    }

    static final int HISTOGRAM_WIDTH = 250;
    static final int HISTOGRAM_HEIGHT = 70;

    private final SearchResult result;
    private final List<String> problems;
    private final FacetLabels labels;
    private final List<CountedWidening> widenings;
    // Issue 13 (wave 5): the template asks for these several times (the histogram's bars three
    // times: the test, the chart, the table; the chips three times), and each is built from
    // neighbouring states and their URLs; built once per page instead (profile: the histogram's
    // bars were 8 % of the page's rendering, all of it twice over).
    private List<FacetView> facets;
    private List<BarView> histogramBars;
    private List<Chip> chips;
    private List<PageLink> pages;
    private String feedUrl;

    SearchView(SearchResult result, List<String> problems, FacetLabels labels) {
        this(result, problems, labels, List.of());
    }

    SearchView(SearchResult result, List<String> problems, FacetLabels labels, List<CountedWidening> widenings) {
        this.result = result;
        this.problems = problems;
        this.labels = labels;
        this.widenings = widenings;
    }

    public SearchResult result() {
        return result;
    }

    public SearchState state() {
        return result.state();
    }

    public List<String> problems() {
        return problems;
    }

    public String url() {
        return state().url(PATH);
    }

    /** How many results Sightline pages through at most. */
    public int windowSize() {
        return io.sightline.search.ArticleSearch.MAX_WINDOW;
    }

    public String clearUrl() {
        return state().withoutFilters().url(PATH);
    }

    public List<FacetView> facets() {
        if (facets == null) {
            facets = buildFacets();
        }
        return facets;
    }

    private List<FacetView> buildFacets() {
        List<FacetView> facets = new ArrayList<>();
        result.facets().forEach((facet, values) -> {
            List<ValueView> views = new ArrayList<>();
            for (FacetValue value : values) {
                if (!value.excluded()) {
                    views.add(valueView(facet, value));
                }
            }
            if (!views.isEmpty()) {
                facets.add(new FacetView(facet, views, moreUrl(facet)));
            }
        });
        return facets;
    }

    /** One value's links: selecting adds it to the facet's selection (values of a facet are OR-ed), or removes it. */
    private ValueView valueView(Facet facet, FacetValue value) {
        SearchState toggled = value.selected() ? state().without(facet, value.value())
                : state().with(facet, value.value());
        return new ValueView(value, toggled.url(PATH), state().withExcluded(facet, value.value()).url(PATH),
                EntityLinks.url(facet, value.value()),
                value.variants().stream().map(variant -> valueView(facet, variant)).toList());
    }

    /** The histogram's bars, scaled to {@link #HISTOGRAM_WIDTH} x {@link #HISTOGRAM_HEIGHT}. */
    public List<BarView> histogramBars() {
        if (histogramBars == null) {
            histogramBars = buildHistogramBars();
        }
        return histogramBars;
    }

    private List<BarView> buildHistogramBars() {
        return bars(result.histogram(), HISTOGRAM_WIDTH, HISTOGRAM_HEIGHT,
                bar -> state().withDates(bar.from(), bar.to()).url(PATH));
    }

    /** Bars of a histogram as SVG geometry in a {@code width} x {@code height} box, each linking to {@code url}. */
    static List<BarView> bars(io.sightline.search.DateHistogram histogram, int width, int height,
            java.util.function.Function<io.sightline.search.DateHistogram.Bar, String> url) {
        var bars = histogram.bars();
        long max = Math.max(1, histogram.maxCount());
        List<BarView> views = new ArrayList<>();
        if (bars.isEmpty()) {
            return views;
        }
        int slot = Math.max(2, width / bars.size());
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            int barHeight = bar.count() == 0 ? 0 : Math.max(2, (int) Math.round((double) bar.count() * height / max));
            views.add(new BarView(i * slot, height - barHeight, Math.max(1, slot - 1), barHeight, url.apply(bar),
                    bar.label() + ": " + bar.count(), bar.label(), bar.count()));
        }
        return views;
    }

    public String histogramFirst() {
        var bars = result.histogram().bars();
        return bars.isEmpty() ? "" : bars.get(0).from().toString();
    }

    public String histogramLast() {
        var bars = result.histogram().bars();
        return bars.isEmpty() ? "" : bars.get(bars.size() - 1).to().toString();
    }

    /** The search with the suggested query, when nothing matched. */
    public String didYouMeanUrl() {
        return result.didYouMean() == null ? null : state().withQuery(result.didYouMean()).url(PATH);
    }

    /** The "More" listing of a facet under the current search. */
    public String moreUrl(Facet facet) {
        return FacetValuesPage.url(state(), facet, "", 1);
    }

    public List<Chip> chips() {
        if (chips == null) {
            chips = buildChips();
        }
        return chips;
    }

    private List<Chip> buildChips() {
        List<Chip> chips = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            for (String value : state().included(facet)) {
                chips.add(new Chip(filterLabel(labels, facet, value, false), state().without(facet, value).url(PATH),
                        false));
            }
            for (String value : state().excluded(facet)) {
                chips.add(new Chip(filterLabel(labels, facet, value, true),
                        state().withoutExcluded(facet, value).url(PATH), true));
            }
        }
        if (state().from() != null || state().to() != null) {
            chips.add(new Chip(datesLabel(state()), state().withDates(null, null).url(PATH), false));
        }
        return chips;
    }

    static String filterLabel(FacetLabels labels, Facet facet, String value, boolean excluded) {
        return facet.label + ": " + (excluded ? "not " : "") + labels.label(facet, value);
    }

    static String datesLabel(SearchState state) {
        String from = state.from() == null ? "…" : state.from().toString();
        String to = state.to() == null ? "…" : state.to().toString();
        return "Date: " + from + " – " + to;
    }

    /** A search in words, e.g. "“air defence”, Countries: Russia, Date: 2024-01-01 – …" (feed titles). */
    static String describe(SearchState state, FacetLabels labels) {
        List<String> parts = new ArrayList<>();
        if (!state.query().isBlank()) {
            parts.add("“" + state.query() + "”");
        }
        for (Facet facet : Facet.values()) {
            state.included(facet).forEach(value -> parts.add(filterLabel(labels, facet, value, false)));
            state.excluded(facet).forEach(value -> parts.add(filterLabel(labels, facet, value, true)));
        }
        if (state.from() != null || state.to() != null) {
            parts.add(datesLabel(state));
        }
        return parts.isEmpty() ? "all articles" : String.join(", ", parts);
    }

    // --- reader: following, browsing, empty results --------------------------------------------

    /** The Atom feed of this search (newest matches, whatever the page's order). */
    public String feedUrl() {
        if (feedUrl == null) {
            feedUrl = buildFeedUrl();
        }
        return feedUrl;
    }

    private String buildFeedUrl() {
        return state().forFeed().url(SearchFeed.PATH);
    }

    public String feedTitle() {
        return "Sightline: " + describe(state(), labels);
    }

    public String exportCsvUrl() {
        return state().firstPage().url("/api/export.csv");
    }

    public String exportJsonLinesUrl() {
        return state().firstPage().url("/api/export.jsonl");
    }

    /** No words typed and no order chosen: the newest articles come first, and the page says so. */
    public boolean browsing() {
        return state().browsing();
    }

    /** For an empty result: each restriction that could be dropped, with the count without it, most results first. */
    public List<WideningView> widenings() {
        return widenings.stream().map(counted -> new WideningView(wideningLabel(counted.widening()),
                counted.widening().state().url(PATH), counted.count())).toList();
    }

    private String wideningLabel(SearchState.Widening widening) {
        return switch (widening.kind()) {
            case WORDS -> "the words “" + state().query() + "”";
            case DATES -> "the dates (" + datesLabel(state()).substring("Date: ".length()) + ")";
            case FACET -> widening.facet().label + ": " + String.join(" or ",
                    widening.values().stream().map(value -> labels.label(widening.facet(), value)).toList());
            case EXCLUSION -> filterLabel(labels, widening.facet(), widening.values().first(), true);
        };
    }

    public List<PageLink> pages() {
        if (pages == null) {
            pages = buildPages();
        }
        return pages;
    }

    private List<PageLink> buildPages() {
        List<PageLink> links = new ArrayList<>();
        long count = result.pageCount();
        int current = state().page();
        if (count <= 1 && current == 1) {
            return links;
        }
        if (current > 1) {
            links.add(new PageLink("‹ Previous", state().withPage(current - 1).url(PATH), false));
        }
        long first = Math.max(1, current - 3);
        long last = Math.min(count, current + 3);
        for (long n = first; n <= last; n++) {
            links.add(new PageLink(Long.toString(n), state().withPage((int) n).url(PATH), n == current));
        }
        if (current < count) {
            links.add(new PageLink("Next ›", state().withPage(current + 1).url(PATH), false));
        }
        return links;
    }

    public List<PageLink> sorts() {
        List<PageLink> links = new ArrayList<>();
        for (Sort sort : Sort.values()) {
            links.add(new PageLink(sort.param(), state().withSort(sort).url(PATH), sort == state().effectiveSort()));
        }
        return links;
    }

    public List<PageLink> pageSizes() {
        List<PageLink> links = new ArrayList<>();
        for (int size : SearchState.PAGE_SIZES) {
            links.add(new PageLink(Integer.toString(size), state().withPageSize(size).url(PATH),
                    size == state().pageSize()));
        }
        return links;
    }

    public int histogramWidth() {
        return HISTOGRAM_WIDTH;
    }

    public int histogramHeight() {
        return HISTOGRAM_HEIGHT;
    }

    /** Hidden fields for the date form: everything but the dates it sets. */
    public List<SearchState.Parameter> hiddenFieldsOfDateForm() {
        return state().hiddenFields("from", "to");
    }

    /** Hidden form fields that keep the current filters when a new query is typed. */
    public List<SearchState.Parameter> hiddenFieldsOfSearchBox() {
        return state().hiddenFields("q");
    }

    // --- issue 15: how the query was understood (widened, entities); shown by tags/queryUnderstanding.html

    /** "Also showing articles without X", with the link to the strict form (match=all). */
    public record QueryWideningView(long strictTotal, String droppedText, String strictUrl) {
    }

    /** "Filter to articles about North Korea". */
    public record EntityFilterView(String label, String url) {
    }

    /** How the search was widened, or null when every shown article holds every word. */
    public QueryWideningView widening() {
        return widening(result);
    }

    static QueryWideningView widening(SearchResult result) {
        if (result.widening() == null) {
            return null;
        }
        return new QueryWideningView(result.widening().strictTotal(), joined(result.widening().dropped()),
                result.state().withAllWords().url(PATH));
    }

    /** With match=all: the link back to the widened search; else null. */
    public String widenUrl() {
        return state().allWords() ? state().withoutAllWords().url(PATH) : null;
    }

    public List<EntityFilterView> entityFilters() {
        return entityFilters(result);
    }

    static List<EntityFilterView> entityFilters(SearchResult result) {
        return result.entityFilters().stream()
                .map(entity -> new EntityFilterView(entity.label(),
                        result.state().with(entity.facet(), entity.value()).url(PATH)))
                .toList();
    }

    /** "Kiev", "Kiev and aid", "Kiev, aid and Ukraine". */
    static String joined(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
