package io.sightline.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.sightline.search.FacetLabels;
import io.sightline.search.SearchState;

/**
 * {@code /search.atom?…}: the Atom feed of any search page, with the page's parameters (sort,
 * size and page do not change it). Unusable parameters are ignored as on the page.
 */
@Path(SearchFeed.PATH)
public class SearchFeed {

    static final String PATH = "/search.atom";

    private final AtomFeeds feeds;
    private final FacetLabels labels;

    SearchFeed(AtomFeeds feeds, FacetLabels labels) {
        this.feeds = feeds;
        this.labels = labels;
    }

    @GET
    @Produces(AtomFeeds.MEDIA_TYPE)
    public Response feed(@Context UriInfo uri, @Context HttpHeaders headers) {
        SearchState state = SearchState.fromParameters(uri.getQueryParameters()).state().forFeed();
        return feeds.answer(new AtomFeeds.FeedSpec(state, "Sightline: " + SearchView.describe(state, labels),
                state.url(PATH), state.url(SearchView.PATH)), uri, headers);
    }
}
