package io.sightline.search;

/**
 * Lucene regular expressions for the terms aggregation's "include" option. Lucene regexps have
 * no case-insensitive flag, so every letter becomes a class of both cases.
 */
final class ValuePatterns {

    private static final String RESERVED = ".?+*|{}[]()\"\\#@&<>~";

    /**
     * Longest text turned into a pattern. Each letter becomes four characters ([aA]); the
     * engine refuses patterns over 1,000 characters (index.max_regex_length), which a
     * 250-character filter passed (a 500, issue 10). No entity name is longer than this.
     */
    static final int MAX_TEXT_CHARS = 100;

    private ValuePatterns() {
    }

    /** Values containing {@code text} anywhere, ignoring case. */
    static String containing(String text) {
        return ".*" + literal(text) + ".*";
    }

    /** Values with a word starting with {@code text} ("put" matches "Vladimir Putin"), ignoring case. */
    static String wordStartingWith(String text) {
        return "(.*[ \\-])?" + literal(text) + ".*";
    }

    private static String literal(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_TEXT_CHARS).forEach(c -> {
            String s = new String(Character.toChars(c));
            String lower = s.toLowerCase(java.util.Locale.ROOT);
            String upper = s.toUpperCase(java.util.Locale.ROOT);
            if (!lower.equals(upper) && lower.length() == 1 && upper.length() == 1) {
                out.append('[').append(lower).append(upper).append(']');
            } else if (RESERVED.indexOf(c) >= 0) {
                out.append('\\').append(s);
            } else {
                out.append(s);
            }
        });
        return out.toString();
    }
}
