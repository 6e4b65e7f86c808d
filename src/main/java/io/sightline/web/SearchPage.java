package io.sightline.web;

import java.util.List;

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
import io.sightline.search.CountedWidening;
import io.sightline.search.EmptyResults;
import io.sightline.search.FacetLabels;
import io.sightline.search.SearchResult;
import io.sightline.search.SearchState;

/** The search page: every state is a GET URL, so it can be bookmarked, shared and reloaded. */
@Path("/")
public class SearchPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchView view);

        static native TemplateInstance help(List<SyntaxExample> examples);
    }

    /** A row of the search tips: what to write, what it finds, and a search that shows it. */
    public record SyntaxExample(String syntax, String meaning, String example, String url) {
        SyntaxExample(String syntax, String meaning, String example) {
            this(syntax, meaning, example, SearchState.empty().withQuery(example).url(SearchView.PATH));
        }
    }

    static final List<SyntaxExample> SYNTAX = List.of(
            new SyntaxExample("word word", "with all the words, in any form (missiles finds missile)", "air defence"),
            new SyntaxExample("\"a phrase\"", "with these words next to each other, in this order", "\"air defence\""),
            new SyntaxExample("a OR b", "with either word (OR in capitals)", "drone OR UAV"),
            new SyntaxExample("-word or NOT word", "without the word", "missile -test"),
            new SyntaxExample("start*", "with a word starting so", "sanction*"),
            new SyntaxExample("word~", "with the word or one spelt nearly like it", "Zelensky~"),
            new SyntaxExample("( … )", "grouping", "(Iran OR Israel) strike"));

    private final ArticleSearch search;
    private final FacetLabels labels;
    private final EmptyResults emptyResults;

    SearchPage(ArticleSearch search, FacetLabels labels, EmptyResults emptyResults) {
        this.search = search;
        this.labels = labels;
        this.emptyResults = emptyResults;
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
        SearchResult result = search.search(parsed.state());
        List<CountedWidening> widenings = result.total() == 0 && !result.beyondWindow()
                ? emptyResults.wideningsThatFind(parsed.state())
                : List.of();
        return Templates.search(new SearchView(result, parsed.problems(), labels, widenings));
    }

    /** How to write queries: the syntax the search box understands, with examples to click. */
    @GET
    @Path("search/help")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance help() {
        return Templates.help(SYNTAX);
    }
}
