package io.sightline.extract;

import java.util.List;

/**
 * Finds the entities of one {@link EntityType} in a tokenised text. Finders are stateless and
 * thread-safe; everything about one text lives in the {@link ExtractionContext}.
 *
 * <p>Extraction runs in two phases so that finders can see each other's evidence: first every
 * finder {@link #match matches} its dictionaries and records its spans in the context, then each
 * {@link #resolve resolves} its spans into entities with rules. Finders that {@link #claimsTokens
 * claim tokens} resolve first (people: "Jordan Bardella" is a person, so its "Jordan" is no
 * country); the others skip claimed tokens.
 */
interface EntityFinder {

    EntityType type();

    /** Phase 1: dictionary matches, recorded in the context for every finder to read. */
    void match(ExtractionContext context);

    /** Phase 2: this type's entities, sorted by value, each with its mentions in text order. */
    List<? extends ExtractedEntity> resolve(ExtractionContext context);

    /** True if {@link #resolve} marks the tokens it takes (so it must run before the others resolve). */
    default boolean claimsTokens() {
        return false;
    }
}
