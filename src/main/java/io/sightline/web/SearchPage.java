package io.sightline.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sightline.search.ArticleSearch;
import io.sightline.search.FacetLabels;
import io.sightline.search.SearchState;

/** The search page: every state is a GET URL, so it can be bookmarked, shared and reloaded. */
@Path("/")
public class SearchPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchView view);
    }

    private final ArticleSearch search;
    private final FacetLabels labels;

    SearchPage(ArticleSearch search, FacetLabels labels) {
        this.search = search;
        this.labels = labels;
    }

    @GET
    public Response home() {
        // relative: an absolute Location would repeat the request's Host header
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, SearchView.PATH).build();
    }

    @GET
    @Path("search")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@Context UriInfo uri) {
        SearchState.Parsed parsed = SearchState.fromParameters(uri.getQueryParameters());
        return Templates.search(new SearchView(search.search(parsed.state()), parsed.problems(), labels));
    }
}
