package io.sightline.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Non-overlapping spans of one dictionary over a text, left to right, with the span covering
 * each token: finders ask "is token k inside a country / weapon / known name?" in constant time.
 */
final class SpanIndex<V> {

    private final List<Span<V>> spans = new ArrayList<>();
    /** 1-based index into spans of the span covering each token, 0 for none. */
    private final int[] at;

    SpanIndex(int tokens) {
        at = new int[tokens];
    }

    /** Longest matches of a trie from left to right over word starts. */
    static <V> SpanIndex<V> longestAtWordStarts(TokenTrie<V> trie, TokenisedText text) {
        Tokens t = text.tokens;
        SpanIndex<V> index = new SpanIndex<>(t.size);
        for (int i = 0; i < t.size;) {
            Span<V> m = t.kind[i] == Tokens.ALPHA ? trie.longest(t, i, text.caps) : null;
            if (m == null) {
                i++;
                continue;
            }
            index.add(m);
            i = m.end();
        }
        return index;
    }

    void add(Span<V> span) {
        spans.add(span);
        for (int k = span.start(); k < span.end(); k++) {
            at[k] = spans.size();
        }
    }

    /** The span covering token k, or null. */
    Span<V> at(int k) {
        return at[k] == 0 ? null : spans.get(at[k] - 1);
    }

    boolean covers(int k) {
        return at[k] != 0;
    }

    List<Span<V>> spans() {
        return spans;
    }
}
