package io.sightline.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Translates what readers type into the engine's simple_query_string syntax:
 * words (all must match), "quoted phrases", OR, -exclude (or NOT word), prefix*, fuzzy~.
 * The translation never fails: an unbalanced quote is closed, stray operators are dropped.
 */
public final class ReaderQuery {

    private ReaderQuery() {
    }

    public static String toSimpleQueryString(String input) {
        return String.join(" ", terms(input));
    }

    /**
     * The query's top-level terms in simple_query_string syntax, each a word, "phrase", prefix*,
     * fuzzy~, (alternative | group) or -excluded term: the units that relaxed matching may drop.
     */
    public static List<String> terms(String input) {
        if (input == null || input.isBlank()) {
            return List.of();
        }
        List<String> tokens = tokenize(input.strip());
        List<String> out = new ArrayList<>();
        boolean negateNext = false;
        for (String token : tokens) {
            switch (token) {
                case "OR" -> {
                    if (!out.isEmpty() && !"|".equals(out.get(out.size() - 1))) {
                        out.add("|");
                    }
                }
                case "AND" -> {
                    // implicit: every word must match
                }
                case "NOT" -> negateNext = true;
                default -> {
                    String term = token;
                    if (negateNext && !term.startsWith("-")) {
                        term = "-" + term;
                    }
                    negateNext = false;
                    if (!term.equals("-") && !term.equals("+") && !term.equals("|")) {
                        out.add(term);
                    }
                }
            }
        }
        while (!out.isEmpty() && "|".equals(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return groupAlternatives(out);
    }

    /**
     * Readers mean "air defence OR missile" as air AND (defence OR missile): OR binds tighter than
     * the implicit AND, so alternatives joined by OR are put in parentheses.
     */
    private static List<String> groupAlternatives(List<String> terms) {
        List<String> grouped = new ArrayList<>();
        int i = 0;
        while (i < terms.size()) {
            List<String> alternatives = new ArrayList<>();
            alternatives.add(terms.get(i));
            while (i + 2 < terms.size() && "|".equals(terms.get(i + 1))) {
                alternatives.add(terms.get(i + 2));
                i += 2;
            }
            grouped.add(alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" | ", alternatives) + ")");
            i++;
        }
        return grouped;
    }

    /** Splits on white space outside quotes; a quoted phrase (with its prefix "-") is one token. */
    private static List<String> tokenize(String input) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < input.length(); i++) {
            char c = normaliseQuote(input.charAt(i));
            if (c == '"') {
                current.append(c);
                inQuotes = !inQuotes;
                if (!inQuotes) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else if (Character.isWhitespace(c) && !inQuotes) {
                if (current.length() > 0) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else if (c == '\\') {
                current.append("\\\\");
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            if (inQuotes) {
                current.append('"');
            }
            tokens.add(current.toString());
        }
        tokens.removeIf(token -> token.equals("\"\"") || token.equals("-\"\""));
        return tokens;
    }

    private static char normaliseQuote(char c) {
        return c == '\u201C' || c == '\u201D' || c == '\u201E' ? '"' : c;
    }
}
