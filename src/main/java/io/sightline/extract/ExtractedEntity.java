package io.sightline.extract;

import java.util.List;
import java.util.Map;

/** One entity an extractor found in a text, whatever its type, with every mention's offsets. */
public interface ExtractedEntity {

    EntityType entityType();

    /** What is stored and indexed for the article: a canonical name, or a country's ISO code. */
    String value();

    /** What a reader sees for one mention (a tooltip): "Russia (RU)", "S-400 — surface-to-air missile system". */
    String description();

    List<Mention> mentions();

    /** The entity's fields in JSON answers, in order, apart from its mentions. */
    Map<String, Object> attributes();
}
