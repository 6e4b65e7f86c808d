package io.sightline.extract;

/**
 * Finds the people, countries and weapons systems that a text names, canonical and
 * deduplicated, with the offsets of every mention. Implementations are thread-safe and
 * deterministic: the same text always gives the same extraction.
 */
public interface EntityExtractor {

    Extraction extract(String text);

    /** Extracts from an article: the title and the body, as one text "title\n\nbody". */
    default Extraction extract(String title, String body) {
        return extract(bodyOffset(title) == 0 ? body : title + "\n\n" + body);
    }

    /** Where the body starts in the text that {@link #extract(String, String)} reads. */
    static int bodyOffset(String title) {
        return title == null || title.isBlank() ? 0 : title.length() + 2;
    }
}
