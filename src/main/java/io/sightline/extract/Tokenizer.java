package io.sightline.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words (runs of letters and digits) and single punctuation marks, dropping
 * white space and hyphens: "S-400", "S 400" and "Guinea-Bissau" / "Guinea Bissau" give the same
 * keys, while the hyphen is remembered on the following token. Dictionaries are tokenised the
 * same way, so text and dictionary entries always agree.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        int i = 0;
        int n = text.length();
        boolean afterHyphen = false;
        boolean afterSpace = true;
        boolean afterNewline = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isCombiningMark(text.charAt(i)))) {
                    i++;
                }
                String word = text.substring(start, i);
                tokens.add(new Token(word, fold(word), start, i, true, afterHyphen, afterSpace, afterNewline));
                afterHyphen = false;
                afterSpace = false;
                afterNewline = false;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                afterSpace = true;
                afterNewline |= c == '\n' || c == '\r';
                afterHyphen = false;
                i++;
            } else if (c == '-' || c == '\u2010' || c == '\u2011') {
                afterHyphen = true;
                i++;
            } else {
                String mark = String.valueOf(normalisePunctuation(c));
                tokens.add(new Token(String.valueOf(c), mark, i, i + 1, false, afterHyphen, afterSpace, afterNewline));
                afterHyphen = false;
                afterSpace = false;
                afterNewline = false;
                i++;
            }
        }
        return tokens;
    }

    /** Dictionary keys of an entry written in a data file. */
    static List<String> keys(String phrase) {
        List<String> keys = new ArrayList<>();
        for (Token token : tokenize(phrase)) {
            keys.add(token.key());
        }
        return keys;
    }

    static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 128;
        }
        if (ascii) {
            return word;
        }
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace("ß", "ss");
    }

    private static boolean isCombiningMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static char normalisePunctuation(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E' -> '"';
            case '\u2013', '\u2014' -> '-';
            default -> c;
        };
    }
}
