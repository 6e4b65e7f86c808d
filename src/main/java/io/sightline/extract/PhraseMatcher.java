package io.sightline.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over token keys: finds, at a position of a token list, the longest dictionary phrase
 * that starts there. Look-ups cost one hash probe per token, whatever the dictionary size.
 * A last token may also match with a plural "s" ("F-16s", "Javelins").
 */
final class PhraseMatcher<T> {

    /** A phrase found at {@code from} (inclusive) to {@code to} (exclusive) token positions. */
    record Match<T>(T value, int from, int to) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> children = new HashMap<>(4);
        T value;
    }

    private final Node<T> root = new Node<>();

    /** Adds a phrase; the first value added for a phrase wins. */
    void add(String phrase, T value) {
        List<String> keys = Tokenizer.keys(phrase);
        if (keys.isEmpty()) {
            return;
        }
        Node<T> node = root;
        for (String key : keys) {
            node = node.children.computeIfAbsent(key, k -> new Node<>());
        }
        if (node.value == null) {
            node.value = value;
        }
    }

    /** The longest phrase starting at {@code from}, or null. */
    Match<T> longestAt(List<Token> tokens, int from) {
        Node<T> node = root;
        Match<T> best = null;
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Node<T> next = node.children.get(token.key());
            if (next == null && token.word() && token.key().length() > 2 && token.key().endsWith("s")) {
                Node<T> singular = node.children.get(token.key().substring(0, token.key().length() - 1));
                if (singular != null && singular.value != null) {
                    best = new Match<>(singular.value, from, i + 1);
                }
                return best;
            }
            if (next == null) {
                return best;
            }
            node = next;
            if (node.value != null) {
                best = new Match<>(node.value, from, i + 1);
            }
        }
        return best;
    }

    boolean isEmpty() {
        return root.children.isEmpty();
    }
}
