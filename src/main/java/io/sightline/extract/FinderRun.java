package io.sightline.extract;

/**
 * The state of one finder over one text: the shared context and short names for what every
 * rule reads (the tokens, their count, the layout flags). Finders are stateless; each match or
 * resolve call makes a run.
 */
abstract class FinderRun {
    final ExtractionContext c;
    final ExtractionData d;
    final TokenisedText text;
    final Tokens t;
    final int n;
    final boolean[] caps;
    final boolean[] sentenceStart;
    final boolean[] headline;

    FinderRun(ExtractionContext c) {
        this.c = c;
        this.d = c.data;
        this.text = c.text;
        this.t = c.text.tokens;
        this.n = t.size;
        this.caps = c.text.caps;
        this.sentenceStart = c.text.sentenceStart;
        this.headline = c.text.headline;
    }

    Mention mention(int s, int e) {
        return text.mention(s, e);
    }
}
