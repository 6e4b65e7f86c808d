package io.sightline.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Dictionary- and rule-based extractor of people, countries, weapons systems and organisations from English
 * news text: a short pipeline in the manner of jsoup's reader, tokeniser and tree builder.
 *
 * <ol>
 * <li>{@link NormalisedText} removes or maps the invisible and variant characters of real pages
 * (bidi marks, zero-width spaces, soft hyphens, curly quotes, dash variants, decomposed accents)
 * and keeps a map back to the original offsets, which every mention is given in.</li>
 * <li>{@link Tokens} cuts the normalised text once into fine tokens with offsets; {@link TokenisedText} adds
 * the layout facts (capitals, sentence starts, headline) that several finders read.</li>
 * <li>Every {@link EntityFinder} matches its dictionaries (token tries walked with longest match at
 * each word start, so the cost is linear in the text whatever the dictionary size) and records its
 * spans in the shared {@link ExtractionContext}.</li>
 * <li>Every finder resolves its spans into entities with rules; the finders that claim tokens
 * (people) go first, so that "Jordan Bardella" is no country.</li>
 * </ol>
 *
 * <p>Immutable after construction and so thread-safe; the data files are loaded once per JVM,
 * at start-up ({@link Startup}), so a missing file or a bad row stops the application with the
 * file and line named.
 */
@Startup
@ApplicationScoped
public class DefaultEntityExtractor implements EntityExtractor {

    /** Matching order; resolving runs token-claiming finders first (see {@link EntityFinder}). */
    private static final List<EntityFinder> FINDERS = List.of(new CountryFinder(), new WeaponFinder(), new PersonFinder(),
            new OrganisationFinder());

    private final ExtractionData data;
    private final List<EntityFinder> resolveOrder;

    public DefaultEntityExtractor() {
        this.data = ExtractionData.get();
        List<EntityFinder> order = new ArrayList<>();
        FINDERS.stream().filter(EntityFinder::claimsTokens).forEach(order::add);
        FINDERS.stream().filter(finder -> !finder.claimsTokens()).forEach(order::add);
        this.resolveOrder = List.copyOf(order);
    }

    /**
     * Starts reading the data files on a background thread, so that the first use finds them read.
     * Why (issue 13): they take about 0.5 s, and the first use was {@code Article}'s class
     * initialisation inside Hibernate ORM's boot, on the path to the first searchable page. A
     * failure here is left to that first use, which reports it with the file and line and stops
     * the start-up as before (nothing is cached from a failed load).
     */
    public static void loadDataAhead() {
        Thread thread = new Thread(() -> {
            try {
                ExtractionData.get();
            } catch (RuntimeException e) {
                // reported by the first use (see above)
            }
        }, "sightline-extraction-data");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public Extraction extract(String text) {
        return run(text).extraction();
    }

    /** An extraction with the work it took ({@link ExtractionContext#steps}). */
    record Run(Extraction extraction, long steps) {
    }

    Run run(String text) {
        if (text == null || text.isBlank()) {
            return new Run(Extraction.EMPTY, 0);
        }
        ExtractionContext context = new ExtractionContext(data, new TokenisedText(NormalisedText.of(text), data));
        for (EntityFinder finder : FINDERS) {
            finder.match(context);
        }
        Map<EntityType, List<? extends ExtractedEntity>> found = new EnumMap<>(EntityType.class);
        for (EntityFinder finder : resolveOrder) {
            found.put(finder.type(), finder.resolve(context));
        }
        return new Run(new Extraction(found), context.steps);
    }
}
