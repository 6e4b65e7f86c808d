package io.sightline.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sightline.search.ArticleSearch;
import io.sightline.search.Facet;
import io.sightline.search.FacetPage;
import io.sightline.search.FacetValue;
import io.sightline.search.SearchState;

/**
 * "More" for a facet: all its values under the current search, paged, with a box that
 * filters the values. {@code /search/facets/country?q=…&country=RU&filter=kor&fpage=2}.
 */
@Path("/search/facets")
public class FacetValuesPage {

    static final int PAGE_SIZE = 50;

    /** A value with the search link that toggles it. */
    public record ValueLink(FacetValue value, String url) {
    }

    /** What the page shows. */
    public record View(FacetPage page, SearchState state, List<ValueLink> values, String backUrl, String previousUrl,
            String nextUrl, List<SearchState.Parameter> hiddenState, List<SearchState.Parameter> hiddenOfSearchBox) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance facetValues(View view);
    }

    private final ArticleSearch search;

    FacetValuesPage(ArticleSearch search) {
        this.search = search;
    }

    static String url(SearchState state, Facet facet, String filter, int page) {
        return state.firstPage().url("/search/facets/" + facet.param,
                new SearchState.Parameter("filter", filter == null ? "" : filter.strip()),
                new SearchState.Parameter("fpage", page > 1 ? Integer.toString(page) : ""));
    }

    @GET
    @Path("{facet}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance values(@PathParam("facet") String facetParam, @Context UriInfo uri) {
        Facet facet = Facet.byParam(facetParam).orElseThrow(() -> new NotFoundException("No facet " + facetParam));
        SearchState state = SearchState.fromParameters(uri.getQueryParameters()).state().firstPage();
        String filter = uri.getQueryParameters().getFirst("filter");
        int page = 1;
        try {
            page = Math.max(1, Integer.parseInt(uri.getQueryParameters().getFirst("fpage")));
            page = Math.min(page, ArticleSearch.MAX_FACET_VALUES / PAGE_SIZE + 1); // no more values beyond
        } catch (NumberFormatException e) {
            // page 1
        }
        FacetPage result = search.facetPage(state, facet, filter, page, PAGE_SIZE);
        List<ValueLink> links = result.values().stream()
                .map(value -> new ValueLink(value, (value.selected() ? state.without(facet, value.value())
                        : state.with(facet, value.value())).url(SearchView.PATH)))
                .toList();
        String previous = page > 1 ? url(state, facet, result.filter(), page - 1) : null;
        String next = result.hasMore() ? url(state, facet, result.filter(), page + 1) : null;
        return Templates.facetValues(new View(result, state, links, state.url(SearchView.PATH), previous, next,
                state.hiddenFields(), state.hiddenFields("q")));
    }
}
