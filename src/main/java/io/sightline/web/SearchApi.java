package io.sightline.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.sightline.search.ArticleHit;
import io.sightline.search.ArticleSearch;
import io.sightline.search.Facet;
import io.sightline.search.FacetValue;
import io.sightline.search.SearchResult;
import io.sightline.search.SearchState;

/**
 * The search as JSON, with exactly the parameters of the search page. Values that cannot be
 * used (page=abc, size=7) are a 400 with a message here, where a page would fall back.
 */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchApi {

    /** One hit; {@code snippet} is HTML with matches in {@code <mark>} and all else escaped. */
    public record Hit(long id, String title, Instant published, String source, String url, String snippet) {
        static Hit of(ArticleHit hit) {
            return new Hit(hit.id(), hit.title(), hit.published(), hit.source(), hit.url(), hit.snippet());
        }
    }

    /**
     * One facet value. {@code name} is set for country codes; {@code variants} for a weapon family
     * with variants among the values (issue 9), whose count includes theirs.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(String value, String name, long count, Boolean selected, Boolean excluded,
            List<Value> variants) {
        static Value of(Facet facet, FacetValue value) {
            return new Value(value.value(), facet.valuesAreCountryCodes() ? value.label() : null, value.count(),
                    value.selected() ? Boolean.TRUE : null, value.excluded() ? Boolean.TRUE : null,
                    value.variants().isEmpty() ? null
                            : value.variants().stream().map(variant -> of(facet, variant)).toList());
        }
    }

    /** The whole answer. {@code self} is the canonical URL of the same search as a page. */
    public record Answer(long total, int page, int pageSize, long pageCount, boolean beyondWindow, String self,
            List<Hit> hits, Map<String, List<Value>> facets, List<Bar> histogram, List<Chip> chips,
            String didYouMean, long tookMillis,
            // Issue 15: set when articles missing some words are shown too (null otherwise), and the
            // entities the query names as filter suggestions.
            @JsonInclude(JsonInclude.Include.NON_NULL) Widened widened, List<EntityFilter> entityFilters) {
    }

    /**
     * The search was widened: only {@code strictTotal} articles hold every word, so articles
     * without some of them ({@code dropped}) are shown too; {@code strictUrl} is the strict form.
     */
    public record Widened(List<String> dropped, long strictTotal, String strictUrl, String message) {
    }

    /** An entity named in the query, and the page URL filtered to it. */
    public record EntityFilter(String facet, String value, String label, String url, String message) {
    }

    /** A bar of the date histogram; {@code url} narrows the search to its period. */
    public record Bar(java.time.LocalDate from, java.time.LocalDate to, long count, String url) {
    }

    /** An active filter and the URL of the same search without it. */
    public record Chip(String label, String removeUrl) {
    }

    private final ArticleSearch search;
    private final io.sightline.search.FacetLabels labels;

    SearchApi(ArticleSearch search, io.sightline.search.FacetLabels labels) {
        this.search = search;
        this.labels = labels;
    }

    @GET
    public Answer search(@Context UriInfo uri) {
        SearchState.Parsed parsed = SearchState.fromParameters(uri.getQueryParameters());
        if (!parsed.problems().isEmpty()) {
            throw new BadRequest(String.join(" ", parsed.problems()));
        }
        return answer(search.search(parsed.state()));
    }

    Answer answer(SearchResult result) {
        Map<String, List<Value>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, values) -> facets.put(facet.jsonKey,
                values.stream().map(value -> Value.of(facet, value)).toList()));
        SearchState state = result.state();
        List<Bar> bars = result.histogram().bars().stream()
                .map(bar -> new Bar(bar.from(), bar.to(), bar.count(),
                        state.withDates(bar.from(), bar.to()).url(SearchView.PATH)))
                .toList();
        List<Chip> chips = new SearchView(result, List.of(), labels).chips().stream()
                .map(chip -> new Chip(chip.label(), chip.removeUrl())).toList();
        return new Answer(result.total(), state.page(), state.pageSize(), result.pageCount(), result.beyondWindow(),
                state.url(SearchView.PATH), result.hits().stream().map(Hit::of).toList(), facets, bars, chips,
                result.didYouMean(), result.tookMillis(), widened(result),
                result.entityFilters().stream().map(entity -> new EntityFilter(entity.facet().param, entity.value(),
                        entity.label(), state.with(entity.facet(), entity.value()).url(SearchView.PATH),
                        "Filter to articles about " + entity.label())).toList());
    }

    private static Widened widened(SearchResult result) {
        SearchView.QueryWideningView view = SearchView.widening(result);
        return view == null ? null : new Widened(result.widening().dropped(), view.strictTotal(), view.strictUrl(),
                "Also showing articles without " + view.droppedText() + ".");
    }
}
