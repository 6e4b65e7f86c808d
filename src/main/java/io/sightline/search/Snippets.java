package io.sightline.search;

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
}
