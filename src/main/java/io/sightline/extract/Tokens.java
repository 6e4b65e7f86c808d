package io.sightline.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into fine tokens: runs of letters, runs of digits (a letter/digit change also cuts,
 * so "Su-35S" is Su | 35 | S), a possessive "'s", and single punctuation characters. Hyphens and
 * white space are not tokens; they are recorded as the separator before each token. Matching
 * over these tokens ignores the difference between "Su-35", "Su 35" and "Su35", and the
 * dictionaries are cut with the same code, so a form matches exactly when its tokens do.
 */
final class Tokens {

    static final byte SEP_NONE = 0;
    static final byte SEP_HYPHEN = 1;
    static final byte SEP_SPACE = 2;
    static final byte SEP_NEWLINE = 3;
    static final byte SEP_PARAGRAPH = 4;

    static final byte ALPHA = 0;
    static final byte DIGIT = 1;
    static final byte PUNCT = 2;
    static final byte POSSESSIVE = 3;

    final String text;
    int size;
    int[] start;
    int[] end;
    byte[] sep;
    byte[] kind;
    /** Case kept, apostrophes and dashes normalised, diacritics folded. */
    String[] form;
    /** {@link #form} lower-cased: the trie key. */
    String[] key;

    private Tokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        sep = new byte[capacity];
        kind = new byte[capacity];
        form = new String[capacity];
        key = new String[capacity];
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text, Math.max(16, text.length() / 4));
        int n = text.length();
        int i = 0;
        boolean space = false;
        boolean hyphen = false;
        int newlines = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (c == '\n') {
                    newlines++;
                }
                space = true;
                i++;
                continue;
            }
            if (isHyphen(c) && i > 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                    && Character.isLetterOrDigit(text.charAt(i - 1))) {
                hyphen = true;
                i++;
                continue;
            }
            int s = i;
            byte k;
            if (Character.isLetter(c)) {
                k = ALPHA;
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                            && !isPossessive(text, i)) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else if (Character.isDigit(c)) {
                k = DIGIT;
                i++;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            } else if (isApostrophe(c) && isPossessive(text, i) && t.size > 0 && t.end[t.size - 1] == i) {
                k = POSSESSIVE;
                i += 2;
            } else {
                k = PUNCT;
                i++;
            }
            byte sp = newlines >= 2 ? SEP_PARAGRAPH : newlines == 1 ? (hardWrap(text, s) ? SEP_SPACE : SEP_NEWLINE)
                    : space ? SEP_SPACE : hyphen ? SEP_HYPHEN : SEP_NONE;
            t.add(s, i, sp, k);
            space = false;
            hyphen = false;
            newlines = 0;
        }
        return t;
    }

    /**
     * A single line break inside a hard-wrapped paragraph ("Prime Minister Yasuhiro\nNakasone") is
     * a space: the line before it is long and does not end a sentence, and the next line is not
     * indented. Short lines (headings, list items, bylines) keep their break.
     */
    static boolean hardWrap(String text, int next) {
        int nl = text.lastIndexOf('\n', next - 1);
        if (nl < 0) {
            return false;
        }
        for (int k = nl + 1; k < next; k++) {
            if (text.charAt(k) != '\r') {
                return false; // indented: a new paragraph in wire copy
            }
        }
        int prevEnd = nl;
        while (prevEnd > 0 && Character.isWhitespace(text.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        int prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
        if (prevEnd - prevStart < WRAP_WIDTH) {
            return false;
        }
        char last = text.charAt(prevEnd - 1);
        if (last == '.' || last == ':' || last == '!' || last == '?' || last == '"' || last == '\u201d') {
            return false;
        }
        // the paragraph goes on: the next line is long too, or is its last line (ends a sentence), or
        // the line before was long as well. A title line followed by a short byline is no paragraph.
        int nextEnd = text.indexOf('\n', next);
        if (nextEnd < 0) {
            nextEnd = text.length();
        }
        while (nextEnd > next && Character.isWhitespace(text.charAt(nextEnd - 1))) {
            nextEnd--;
        }
        if (nextEnd - next >= WRAP_WIDTH || nextEnd > next && ".!?\"\u201d)".indexOf(text.charAt(nextEnd - 1)) >= 0) {
            return true;
        }
        if (prevStart == 0) {
            return false;
        }
        int beforeEnd = prevStart - 1;
        while (beforeEnd > 0 && text.charAt(beforeEnd - 1) == '\r') {
            beforeEnd--;
        }
        int beforeStart = text.lastIndexOf('\n', beforeEnd - 1) + 1;
        return beforeEnd - beforeStart >= WRAP_WIDTH;
    }

    private static final int WRAP_WIDTH = 55;

    private void add(int s, int e, byte sp, byte k) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            sep = Arrays.copyOf(sep, cap);
            kind = Arrays.copyOf(kind, cap);
            form = Arrays.copyOf(form, cap);
            key = Arrays.copyOf(key, cap);
        }
        start[size] = s;
        end[size] = e;
        sep[size] = size == 0 ? SEP_PARAGRAPH : sp;
        kind[size] = k;
        String f = k == POSSESSIVE ? "'s" : normalise(text.substring(s, e));
        form[size] = f;
        key[size] = f.toLowerCase(Locale.ROOT);
        size++;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
    }

    /** An apostrophe followed by "s" and then no letter: the English possessive. */
    private static boolean isPossessive(String text, int i) {
        int n = text.length();
        if (i + 1 >= n) {
            return false;
        }
        char s = text.charAt(i + 1);
        if (s != 's' && s != 'S') {
            return false;
        }
        return i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2));
    }

    /** Curly apostrophes to straight, diacritics folded ("Nausėda" -> "Nauseda"). */
    static String normalise(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (isApostrophe(c)) {
                c = '\'';
            } else if (c == 'ı') {
                c = 'i';
            } else if (c == 'ł') {
                c = 'l';
            } else if (c == 'Ł') {
                c = 'L';
            } else if (c == 'ø') {
                c = 'o';
            } else if (c == 'Ø') {
                c = 'O';
            } else if (c == 'đ') {
                c = 'd';
            } else if (c == 'ß') {
                b.append("ss");
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Folds a whole phrase the way tokens are folded: for comparing names. */
    static String fold(String s) {
        return normalise(s).toLowerCase(Locale.ROOT);
    }

    boolean isAlnum(int i) {
        return kind[i] == ALPHA || kind[i] == DIGIT;
    }

    /** True when token i is letters and starts upper case. */
    boolean isCapitalised(int i) {
        return kind[i] == ALPHA && Character.isUpperCase(form[i].charAt(0));
    }

    boolean isAllCaps(int i) {
        if (kind[i] != ALPHA) {
            return false;
        }
        String f = form[i];
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    boolean isLower(int i) {
        return kind[i] == ALPHA && Character.isLowerCase(form[i].charAt(0));
    }

    /** A match may not begin in the middle of a word: "USS-400" does not contain "S-400". */
    boolean boundaryBefore(int i) {
        return i == 0 || sep[i] != SEP_NONE || !isAlnum(i) || !isAlnum(i - 1);
    }

    boolean boundaryAfter(int j) {
        return j >= size || sep[j] != SEP_NONE || !isAlnum(j) || !isAlnum(j - 1);
    }

    boolean isPunct(int i, char c) {
        return kind[i] == PUNCT && text.charAt(start[i]) == c;
    }

    /** The surface text from token i to token j-1 inclusive. */
    String surface(int i, int j) {
        return text.substring(start[i], end[j - 1]);
    }
}
