package io.sightline.extract;

/**
 * The text every finder reads: its {@link NormalisedText}, the {@link Tokens} cut from it, and the layout facts about each token that more
 * than one finder needs (inside an all-caps stretch, starting a sentence, in the headline).
 * Computed once per text, read-only afterwards.
 */
final class TokenisedText {

    /** Tokens and their offsets are in the normalised text; {@link #mention} maps back to the original. */
    final NormalisedText normalised;
    final Tokens tokens;
    final int size;
    /** Token k is in capitals in a stretch of capitals (a shouted headline, a speaker label): match it case-insensitively. */
    final boolean[] caps;
    final boolean[] sentenceStart;
    /** Token k is on a title-case first line (a headline). */
    final boolean[] headline;

    TokenisedText(NormalisedText normalised, ExtractionData d) {
        this.normalised = normalised;
        this.tokens = Tokens.of(normalised.text());
        this.size = tokens.size;
        caps = new boolean[size];
        sentenceStart = new boolean[size];
        headline = new boolean[size];
        markCapsAndSentences(d);
    }

    private void markCapsAndSentences(ExtractionData d) {
        Tokens t = tokens;
        int n = size;
        // lines: all-caps lines and title-case headlines
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || (i > 0 && t.sep[i] >= Tokens.SEP_NEWLINE)) {
                markLine(lineStart, i);
                lineStart = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (t.isAllCaps(i) && t.form[i].length() >= 1) {
                int p = prevAlpha(i);
                int q = nextAlpha(i);
                if ((p >= 0 && t.isAllCaps(p) && t.form[p].length() >= 2 && sameLine(p, i))
                        || (q >= 0 && t.isAllCaps(q) && t.form[q].length() >= 2 && sameLine(i, q))) {
                    caps[i] = true;
                }
            }
        }
        boolean start = true;
        for (int i = 0; i < n; i++) {
            if (t.sep[i] >= Tokens.SEP_NEWLINE) {
                start = true;
            }
            if (t.kind[i] == Tokens.PUNCT) {
                char c = t.text.charAt(t.start[i]);
                if (c == '.' || c == '!' || c == '?' || c == ':') {
                    boolean abbrev = c == '.' && i > 0 && t.sep[i] == Tokens.SEP_NONE
                            && (d.abbreviations.contains(t.form[i - 1])
                                    || (t.form[i - 1].length() == 1 && t.kind[i - 1] == Tokens.ALPHA));
                    if (!abbrev) {
                        start = true;
                    }
                }
                continue;
            }
            if (t.kind[i] == Tokens.POSSESSIVE) {
                continue;
            }
            if (start) {
                sentenceStart[i] = true;
                start = false;
            }
        }
    }

    static final int MAX_HEADLINE_WORDS = 45;

    private void markLine(int from, int to) {
        Tokens t = tokens;
        int words = 0;
        int upper = 0;
        int allCaps = 0;
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            if (t.kind[i] == Tokens.ALPHA && t.form[i].length() >= 2) {
                words++;
                if (t.isAllCaps(i)) {
                    allCaps++;
                }
                if (t.isCapitalised(i)) {
                    upper++;
                }
                if (t.form[i].length() >= 4 && t.isCapitalised(i)) {
                    capitalised++;
                }
            }
        }
        if (words >= 2 && allCaps * 10 >= words * 7) {
            for (int i = from; i < to; i++) {
                if (t.isAllCaps(i)) {
                    caps[i] = true;
                }
            }
        }
        // a headline: a first line without a final period, nearly every long word capitalised. Up to
        // 45 words: State Department titles naming three foreign ministers with their full titles
        // run to 28-35 words ("Secretary Antony J. Blinken With Costa Rican Foreign Minister ...").
        int longWords = 0;
        for (int i = from; i < to; i++) {
            if (t.kind[i] == Tokens.ALPHA && t.form[i].length() >= 4) {
                longWords++;
            }
        }
        boolean endsWithPeriod = to > from && t.isPunct(to - 1, '.');
        if (from == 0 && words >= 3 && words <= MAX_HEADLINE_WORDS && !endsWithPeriod && longWords >= 2 && capitalised * 10 >= longWords * 8
                && upper * 10 >= words * 6) {
            for (int i = from; i < to; i++) {
                headline[i] = true;
            }
        }
    }

    boolean sameLine(int a, int b) {
        for (int k = a + 1; k <= b; k++) {
            if (tokens.sep[k] >= Tokens.SEP_NEWLINE) {
                return false;
            }
        }
        return true;
    }

    private int prevAlpha(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (tokens.kind[k] == Tokens.ALPHA) {
                return k;
            }
        }
        return -1;
    }

    private int nextAlpha(int i) {
        for (int k = i + 1; k < size && k <= i + 3; k++) {
            if (tokens.kind[k] == Tokens.ALPHA) {
                return k;
            }
        }
        return -1;
    }

    /** The character offsets of tokens [s, e) in the ORIGINAL text (what pages highlight and articles store). */
    Mention mention(int s, int e) {
        return normalised.toOriginal(tokens.start[s], tokens.end[e - 1]);
    }
}
