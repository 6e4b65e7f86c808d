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

    /** One facet value. {@code name} is set for country codes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(String value, String name, long count, Boolean selected, Boolean excluded) {
        static Value of(Facet facet, FacetValue value) {
            return new Value(value.value(), facet.valuesAreCountryCodes() ? value.label() : null, value.count(),
                    value.selected() ? Boolean.TRUE : null, value.excluded() ? Boolean.TRUE : null);
        }
    }

    /** The whole answer. {@code self} is the canonical URL of the same search as a page. */
    public record Answer(long total, int page, int pageSize, long pageCount, boolean beyondWindow, String self,
            List<Hit> hits, Map<String, List<Value>> facets, long tookMillis) {
    }

    private final ArticleSearch search;

    SearchApi(ArticleSearch search) {
        this.search = search;
    }

    @GET
    public Answer search(@Context UriInfo uri) {
        SearchState.Parsed parsed = SearchState.fromParameters(uri.getQueryParameters());
        if (!parsed.problems().isEmpty()) {
            throw new BadRequest(String.join(" ", parsed.problems()));
        }
        return answer(search.search(parsed.state()));
    }

    static Answer answer(SearchResult result) {
        Map<String, List<Value>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, values) -> facets.put(facet.jsonKey,
                values.stream().map(value -> Value.of(facet, value)).toList()));
        SearchState state = result.state();
        return new Answer(result.total(), state.page(), state.pageSize(), result.pageCount(), result.beyondWindow(),
                state.url(SearchView.PATH), result.hits().stream().map(Hit::of).toList(), facets, result.tookMillis());
    }
}
