package io.sightline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over token keys (lower-cased, diacritic-folded tokens) for longest-match lookup of
 * many phrases at once: one walk per start position, whatever the dictionary size. Entries
 * keep the case of their tokens; a text token matches case-sensitively, or case-insensitively
 * where the caller says the text is in capitals (a headline or a speaker label).
 */
final class TokenTrie<V> {

    private static final class Entry<V> {
        final String[] forms;
        final V value;
        final boolean ignoreCase;

        Entry(String[] forms, V value, boolean ignoreCase) {
            this.forms = forms;
            this.value = value;
            this.ignoreCase = ignoreCase;
        }
    }

    private static final class Node<V> {
        Map<String, Node<V>> children;
        List<Entry<V>> entries;
    }

    private final Node<V> root = new Node<>();
    private int size;

    /** Adds a phrase; returns false if the phrase has no tokens or this exact form is there already. */
    boolean add(String phrase, V value, boolean ignoreCase) {
        Tokens t = Tokens.of(phrase);
        if (t.size == 0) {
            return false;
        }
        Node<V> node = root;
        for (int i = 0; i < t.size; i++) {
            if (node.children == null) {
                node.children = new HashMap<>(4);
            }
            node = node.children.computeIfAbsent(t.key[i], k -> new Node<>());
        }
        String[] forms = java.util.Arrays.copyOf(t.form, t.size);
        if (node.entries == null) {
            node.entries = new ArrayList<>(1);
        }
        for (Entry<V> e : node.entries) {
            if (java.util.Arrays.equals(e.forms, forms)) {
                return false;
            }
        }
        node.entries.add(new Entry<>(forms, value, ignoreCase));
        size++;
        return true;
    }

    int size() {
        return size;
    }

    /**
     * The longest entry that matches tokens from i on, or null. caps[k] says token k may match
     * case-insensitively. Matches do not cross a line break and respect word boundaries.
     */
    Span<V> longest(Tokens t, int i, boolean[] caps) {
        return longestWithSuffix(t, i, caps, j -> false);
    }

    /** Like {@link #longest} but also accepts a match followed by a glued suffix (plural "s", variant "S", "M2"). */
    Span<V> longestWithSuffix(Tokens t, int i, boolean[] caps, java.util.function.IntPredicate suffixOk) {
        if (!t.boundaryBefore(i)) {
            return null;
        }
        Node<V> node = root;
        Span<V> best = null;
        for (int j = i; j < t.size; j++) {
            if (j > i && t.sep[j] >= Tokens.SEP_NEWLINE) {
                break;
            }
            node = node.children == null ? null : node.children.get(t.key[j]);
            if (node == null) {
                break;
            }
            if (node.entries != null) {
                boolean plain = t.boundaryAfter(j + 1);
                boolean suffixed = !plain && suffixOk.test(j + 1);
                if (plain || suffixed) {
                    for (Entry<V> e : node.entries) {
                        if (caseMatches(e, t, i, caps)) {
                            best = new Span<>(i, suffixed ? j + 2 : j + 1, e.value);
                            break;
                        }
                    }
                }
            }
        }
        return best;
    }

    private static boolean caseMatches(Entry<?> e, Tokens t, int i, boolean[] caps) {
        if (e.ignoreCase) {
            return true;
        }
        for (int k = 0; k < e.forms.length; k++) {
            if (!e.forms[k].equals(t.form[i + k]) && (caps == null || !caps[i + k])) {
                return false;
            }
        }
        return true;
    }
}
