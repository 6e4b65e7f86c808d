package io.sightline.search;

import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchRequestTransformerContext;

import com.google.gson.JsonObject;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;

/**
 * The one highlighter of every article list (result pages, feeds, entity pages): the unified
 * highlighter on offsets stored in the postings, the text HTML-escaped by the engine and matches
 * in {@code <mark>}, so snippets can be written into pages as they are.
 */
final class Snippets {

    static final int FRAGMENT_CHARS = 180;

    /**
     * Snippets are looked for in the first this many characters of a text only. The unified
     * highlighter's sentence breaking grows faster than the text when most sentences match: one
     * 200 kB article repeating a sentence with "defence minister" made every search for those words
     * take 4.9 s on an idle engine (30 s and a timeout under load, for every reader), 1.45 s at a
     * 100,000-character bound and 0.10 s at 20,000 (measured 2026-11-30 on OpenSearch 2.19.6). 30,000
     * characters (about 5,000 words) hold the whole of nearly every news article; a longer one gets
     * its snippet from its beginning. Real 200 kB transcripts highlight in under 0.1 s either way.
     */
    static final int MAX_ANALYZED_CHARS = 30_000;

    /**
     * The request parameter that bounds the highlighter: OpenSearch calls it
     * {@code max_analyzer_offset}, Elasticsearch (7.12 and later) {@code max_analyzed_offset}. The
     * distribution is fixed at build time ({@code quarkus.hibernate-search-orm.elasticsearch.version}).
     */
    private static final String BOUND_PARAMETER = ConfigProvider.getConfig()
            .getOptionalValue("quarkus.hibernate-search-orm.elasticsearch.version", String.class)
            .filter(version -> !version.startsWith("opensearch"))
            .map(version -> "max_analyzed_offset")
            .orElse("max_analyzer_offset");

    private Snippets() {
    }

    /** {@code fragments} best fragments; without a match, the first {@code noMatchChars} characters. */
    static HighlighterFinalStep highlighter(SearchHighlighterFactory h, int fragments, int noMatchChars) {
        return h.unified()
                .tag("<mark>", "</mark>")
                .encoder(HighlighterEncoder.HTML)
                .fragmentSize(FRAGMENT_CHARS)
                .numberOfFragments(fragments)
                .noMatchSize(noMatchChars);
    }

    /**
     * Adds the bound of {@link #MAX_ANALYZED_CHARS} to the highlight part of an engine request (the
     * highlighter DSL has no such option): no single article can make searches slow.
     */
    static void boundAnalysis(ElasticsearchSearchRequestTransformerContext context) {
        boundAnalysis(context.body());
    }

    /** The same on a request body already written ({@link ArticleSearch#engineRequest}). */
    static JsonObject boundAnalysis(JsonObject requestBody) {
        JsonObject highlight = requestBody.getAsJsonObject("highlight");
        if (highlight != null) {
            highlight.addProperty(BOUND_PARAMETER, MAX_ANALYZED_CHARS);
        }
        return requestBody;
    }
}
