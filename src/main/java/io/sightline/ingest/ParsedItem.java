package io.sightline.ingest;

/** One item read from an input: either an article draft or the reason it was rejected. */
public record ParsedItem(ArticleDraft draft, String origin, String rejection) {

    public static ParsedItem accepted(ArticleDraft draft) {
        return new ParsedItem(draft, draft.origin(), null);
    }

    public static ParsedItem rejected(String origin, String reason) {
        return new ParsedItem(null, origin, reason);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
