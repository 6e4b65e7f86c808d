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
        return longestWithSuffix(t, i, caps, suffixOk, false);
    }

    /**
     * Like {@link #longestWithSuffix(Tokens, int, boolean[], java.util.function.IntPredicate)}; with
     * {@code pluralLastWord}, an entry of two or more words also matches with an "s" on its last word ("A-4
     * Skyhawks", "Churchill tanks", "Super Etendards"). Reference prose names systems in the plural far more
     * often than news does; listing every plural as an alias would double the weapons base (wave 5).
     */
    Span<V> longestWithSuffix(Tokens t, int i, boolean[] caps, java.util.function.IntPredicate suffixOk,
            boolean pluralLastWord) {
        if (!t.boundaryBefore(i)) {
            return null;
        }
        Node<V> node = root;
        Span<V> best = null;
        for (int j = i; j < t.size; j++) {
            if (j > i && t.sep[j] >= Tokens.SEP_NEWLINE) {
                break;
            }
            Node<V> parent = node;
            node = node.children == null ? null : node.children.get(t.key[j]);
            if (node == null) {
                if (pluralLastWord && j > i) {
                    Span<V> plural = pluralOfLastWord(parent, t, i, j, caps);
                    if (plural != null) {
                        best = plural;
                    }
                }
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

    /** Token j is the plural of the word that ends an entry below parent: that entry, ending at j + 1, or null. */
    private Span<V> pluralOfLastWord(Node<V> parent, Tokens t, int i, int j, boolean[] caps) {
        String key = t.key[j];
        if (parent.children == null || key.length() < 3 || !key.endsWith("s") || t.kind[j] != Tokens.ALPHA
                || !t.boundaryAfter(j + 1)) {
            return null;
        }
        // "tanks" -> "tank", "classes" -> "class"
        for (String ending : new String[] {"s", "es"}) {
            Node<V> singular = key.endsWith(ending)
                    ? parent.children.get(key.substring(0, key.length() - ending.length())) : null;
            if (singular == null || singular.entries == null) {
                continue;
            }
            for (Entry<V> e : singular.entries) {
                int last = e.forms.length - 1;
                boolean lastMatches = e.ignoreCase || (e.forms[last] + ending).equals(t.form[j])
                        || caps != null && caps[j];
                if (lastMatches && caseMatches(e, t, i, caps, last)) {
                    return new Span<>(i, j + 1, e.value);
                }
            }
        }
        return null;
    }

    private static boolean caseMatches(Entry<?> e, Tokens t, int i, boolean[] caps) {
        return caseMatches(e, t, i, caps, e.forms.length);
    }

    /** Whether the entry's first {@code words} forms match the text's tokens from i on in case. */
    private static boolean caseMatches(Entry<?> e, Tokens t, int i, boolean[] caps, int words) {
        if (e.ignoreCase) {
            return true;
        }
        for (int k = 0; k < words; k++) {
            if (!e.forms[k].equals(t.form[i + k]) && (caps == null || !caps[i + k])) {
                return false;
            }
        }
        return true;
    }
}
