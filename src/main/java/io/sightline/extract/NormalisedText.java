package io.sightline.extract;

import java.text.Normalizer;

/**
 * The first stage of extraction, before {@link Tokens} (as jsoup's CharacterReader comes before its
 * Tokeniser): the text with the invisible and variant characters real pages carry removed or mapped
 * to one plain form, and a map from every character of the normalised text back to the ORIGINAL
 * text, so that every mention's offsets stay in the text the caller gave (pages highlight with them,
 * articles store them).
 *
 * <p>What changes, by {@link CharacterKind}: invisible marks are removed (bidi marks, zero-width
 * space/joiner/non-joiner, word joiner, BOM, soft hyphen); space variants become a space; curly and
 * modifier apostrophes and primes become {@code '}; curly and low quotation marks become {@code "};
 * hyphen variants become {@code -}, and so does an en dash written between two letters or digits
 * ("Su–35"); fullwidth ASCII becomes ASCII; a letter followed by combining accents is composed
 * (NFC: "Erdog&#x306;an" is "Erdoğan"). Everything else is kept as it is.
 *
 * <p>A run of invisible marks between a lower-case and an upper-case letter ("Li&#x200B;Shangfu",
 * "Friedrich&#xAD;Merz") becomes one space rather than nothing: pages use them there as word breaks,
 * while inside a word ("Shang&#xAD;fu", a hyphenation point) removing them joins the word again.
 *
 * <p>Linear in the input: one pass, each character looked at a bounded number of times; composing
 * is limited to clusters of at most {@link #MAX_CLUSTER} characters (canonical reordering of a long
 * run of marks is not linear, and no real letter carries that many accents).
 */
final class NormalisedText {

    /** What the normaliser does with one character. */
    enum CharacterKind {
        /** Removed: bidi marks and embeddings, zero-width space/joiner/non-joiner, word joiner, BOM, soft hyphen. */
        INVISIBLE,
        /** Becomes ' ': no-break space, en/em/thin/hair spaces, narrow no-break space, ideographic space. */
        SPACE,
        /** Becomes '\'': curly single quotes, low and reversed single quotes, prime, modifier-letter apostrophe and turned comma. */
        APOSTROPHE,
        /** Becomes '"': curly, low and reversed double quotes, double prime. */
        QUOTE,
        /** Becomes '-': hyphen, non-breaking hyphen, figure dash, minus sign, small and fullwidth hyphen-minus. */
        HYPHEN,
        /** En dash: becomes '-' only between two letters or digits ("Su–35", "1990–95"); kept elsewhere. */
        JOINING_DASH,
        /** Fullwidth ASCII (U+FF01..U+FF5E): becomes its ASCII character. */
        FULLWIDTH,
        /** Kept as it is (combining accents are composed with the letter before them). */
        KEPT;

        static CharacterKind of(char c) {
            switch (c) {
                case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD', '\u061C', '\u180E',
                        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069' -> {
                    return INVISIBLE;
                }
                case '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
                        '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' -> {
                    return SPACE;
                }
                // U+02BF and U+02BE: the ayn and hamza of Arabic transliteration ("\u02BFAbd al-Majid")
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u02BB', '\u02BD', '\u02BF', '\u02BE' -> {
                    return APOSTROPHE;
                }
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> {
                    return QUOTE;
                }
                case '\u2010', '\u2011', '\u2012', '\u2212', '\uFE63', '\uFF0D' -> {
                    return HYPHEN;
                }
                case '\u2013' -> {
                    return JOINING_DASH;
                }
                default -> {
                    return c >= '\uFF01' && c <= '\uFF5E' ? FULLWIDTH : KEPT;
                }
            }
        }
    }

    /** Longest letter + combining marks cluster that is composed; longer runs are kept as written. */
    static final int MAX_CLUSTER = 16;

    private final String original;
    private final String text;
    /** Original offset where normalised character i starts; null when the text needed no change. */
    private final int[] startOf;
    /** Original offset where normalised character i ends (exclusive). */
    private final int[] endOf;

    private NormalisedText(String original, String text, int[] startOf, int[] endOf) {
        this.original = original;
        this.text = text;
        this.startOf = startOf;
        this.endOf = endOf;
    }

    /** The text the finders read. */
    String text() {
        return text;
    }

    String original() {
        return original;
    }

    /** The original offsets of normalised characters [start, end): a mention in the caller's text. */
    Mention toOriginal(int start, int end) {
        if (startOf == null) {
            return new Mention(start, end);
        }
        if (end <= start) {
            int at = start < text.length() ? startOf[start] : original.length();
            return new Mention(at, at);
        }
        return new Mention(startOf[start], endOf[end - 1]);
    }

    static NormalisedText of(String original) {
        int n = original.length();
        int first = 0;
        while (first < n && plain(original, first)) {
            first++;
        }
        if (first == n) {
            return new NormalisedText(original, original, null, null);
        }
        Builder b = new Builder(original, n);
        for (int i = 0; i < first; i++) {
            b.append(original.charAt(i), i, i + 1);
        }
        int i = first;
        while (i < n) {
            char c = original.charAt(i);
            CharacterKind kind = CharacterKind.of(c);
            switch (kind) {
                case INVISIBLE -> {
                    int j = i + 1;
                    while (j < n && CharacterKind.of(original.charAt(j)) == CharacterKind.INVISIBLE) {
                        j++;
                    }
                    char before = b.last();
                    if (j < n && Character.isLowerCase(before) && Character.isUpperCase(original.charAt(j))) {
                        b.append(' ', i, j); // a word break ("Li\u200BShangfu")
                    }
                    i = j;
                }
                case SPACE -> b.append(' ', i, ++i);
                case APOSTROPHE -> b.append('\'', i, ++i);
                case QUOTE -> b.append('"', i, ++i);
                case HYPHEN -> b.append('-', i, ++i);
                case JOINING_DASH -> {
                    boolean joins = i > 0 && i + 1 < n && Character.isLetterOrDigit(b.last())
                            && Character.isLetterOrDigit(original.charAt(i + 1));
                    b.append(joins ? '-' : c, i, ++i);
                }
                case FULLWIDTH -> b.append((char) (c - 0xFEE0), i, ++i);
                case KEPT -> {
                    int j = i + 1;
                    while (j < n && Character.getType(original.charAt(j)) == Character.NON_SPACING_MARK) {
                        j++;
                    }
                    if (j > i + 1 && j - i <= MAX_CLUSTER && Character.isLetter(c)) {
                        String composed = Normalizer.normalize(original.substring(i, j), Normalizer.Form.NFC);
                        for (int k = 0; k < composed.length(); k++) {
                            b.append(composed.charAt(k), i, j);
                        }
                    } else {
                        for (int k = i; k < j; k++) {
                            b.append(original.charAt(k), k, k + 1);
                        }
                    }
                    i = j;
                }
            }
        }
        return b.build();
    }

    /** Kept as it is and not followed by a combining mark: the fast path. */
    private static boolean plain(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return i + 1 >= s.length() || s.charAt(i + 1) < 0x80
                    || Character.getType(s.charAt(i + 1)) != Character.NON_SPACING_MARK;
        }
        return CharacterKind.of(c) == CharacterKind.KEPT && Character.getType(c) != Character.NON_SPACING_MARK
                && (i + 1 >= s.length() || Character.getType(s.charAt(i + 1)) != Character.NON_SPACING_MARK);
    }

    private static final class Builder {
        private final String original;
        private final StringBuilder text;
        private int[] startOf;
        private int[] endOf;
        private int size;

        Builder(String original, int capacity) {
            this.original = original;
            text = new StringBuilder(capacity);
            startOf = new int[Math.max(1, capacity)];
            endOf = new int[Math.max(1, capacity)];
        }

        void append(char c, int from, int to) {
            if (size == startOf.length) {
                startOf = java.util.Arrays.copyOf(startOf, size * 2);
                endOf = java.util.Arrays.copyOf(endOf, size * 2);
            }
            text.append(c);
            startOf[size] = from;
            endOf[size] = to;
            size++;
        }

        char last() {
            return size == 0 ? ' ' : text.charAt(size - 1);
        }

        NormalisedText build() {
            return new NormalisedText(original, text.toString(), startOf, endOf);
        }
    }
}
