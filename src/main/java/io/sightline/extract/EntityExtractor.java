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
        return extract(title == null || title.isBlank() ? body : title + "\n\n" + body);
    }
}
