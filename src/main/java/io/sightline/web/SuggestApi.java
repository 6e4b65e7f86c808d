package io.sightline.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.sightline.search.ArticleSearch;
import io.sightline.search.SearchState;

/**
 * Autocomplete for entity names: {@code GET /api/suggest?q=pu} answers the entities of every
 * {@link io.sightline.extract.EntityType} with a word starting with the text, most frequent first,
 * each with the search URL that filters by it. The search box uses it when JavaScript runs; the page works without.
 */
@Path("/api/suggest")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestApi {

    static final int LIMIT = 10;

    /** One suggestion. {@code facet} is the URL parameter (person, country, weapon ...), {@code kind} what it is called. */
    public record Item(String facet, String kind, String value, String label, long count, String url) {
    }

    private final ArticleSearch search;

    SuggestApi(ArticleSearch search) {
        this.search = search;
    }

    @GET
    public List<Item> suggest(@QueryParam("q") String text) {
        if (text != null && text.length() > 100) {
            throw new BadRequest("The text to complete is longer than 100 characters.");
        }
        return search.suggest(text, LIMIT).stream()
                .map(s -> new Item(s.facet().param, s.facet().entityType.kindLabel, s.value(), s.label(), s.count(),
                        SearchState.empty().with(s.facet(), s.value()).url(SearchView.PATH)))
                .toList();
    }
}
