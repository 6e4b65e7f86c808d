package io.sightline.extract;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Applies the curators' rules ({@link Curator}) after the finders, wherever the extractor is
 * injected: imports, {@code reextract} and the extract API see the curated entities, so a merge
 * or a hidden false positive survives every later extraction.
 *
 * <p>Also counts every extraction and its characters ({@code sightline_extraction_texts_total},
 * {@code sightline_extraction_characters_total}): where extraction CPU goes, and the proof that
 * showing an article does not extract (its page reads the stored mentions; issue 10, finding 4).
 */
@Decorator
@Priority(10)
@Dependent
public class CuratedExtractor implements EntityExtractor {

    private final EntityExtractor finders;
    private final Curator curator;
    private final Counter texts;
    private final Counter characters;

    @Inject
    CuratedExtractor(@Delegate EntityExtractor finders, Curator curator, MeterRegistry registry) {
        this.finders = finders;
        this.curator = curator;
        this.texts = Counter.builder("sightline.extraction.texts")
                .description("Texts run through entity extraction (imports, reextract, /api/extract)")
                .register(registry);
        this.characters = Counter.builder("sightline.extraction.characters")
                .description("Characters run through entity extraction").register(registry);
    }

    @Override
    public Extraction extract(String text) {
        texts.increment();
        characters.increment(text == null ? 0 : text.length());
        return curator.curate(finders.extract(text), text);
    }
}
