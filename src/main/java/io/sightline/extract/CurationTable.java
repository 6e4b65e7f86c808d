package io.sightline.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What curators decided about extracted entities, applied after the finders so that it holds
 * for every later import, {@code reextract} and {@code reindex}: a value renamed or merged into
 * another ({@code Zelenskiy → Volodymyr Zelensky}), a value hidden (a false positive), and an
 * alias: a text that names an entity where the finders do not see it.
 *
 * <p>Immutable; the curation log publishes a new table after every change.
 */
public final class CurationTable {

    public static final CurationTable EMPTY = new CurationTable(List.of());

    /** What one active rule does. */
    public enum Action {
        /** {@code from} becomes {@code to}, an existing value. */
        MERGE,
        /** {@code from} becomes {@code to}, a new name. */
        RENAME,
        /** {@code from} is dropped wherever it is found. */
        HIDE,
        /** Wherever the text {@code from} stands as whole words, the entity {@code to} is named. */
        ALIAS
    }

    /** One active rule. */
    public record Rule(EntityType type, Action action, String from, String to) {
    }

    private final List<Rule> rules;
    private final Map<EntityType, Map<String, String>> renamed = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Set<String>> hidden = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Map<String, String>> aliases = new EnumMap<>(EntityType.class);

    public CurationTable(Collection<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Rule rule : this.rules) {
            switch (rule.action()) {
                case MERGE, RENAME -> renamed.computeIfAbsent(rule.type(), t -> new LinkedHashMap<>())
                        .put(rule.from(), rule.to());
                case HIDE -> hidden.computeIfAbsent(rule.type(), t -> new TreeSet<>()).add(rule.from());
                case ALIAS -> aliases.computeIfAbsent(rule.type(), t -> new LinkedHashMap<>())
                        .put(rule.from(), rule.to());
            }
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * The value a found value ends up as: followed through renames and merges (a chain
     * {@code A → B → C} ends at C; a cycle stops where it would repeat), or empty when hidden.
     */
    public Optional<String> resolve(EntityType type, String value) {
        Map<String, String> renames = renamed.getOrDefault(type, Map.of());
        String current = value;
        Set<String> seen = new TreeSet<>();
        while (renames.containsKey(current) && seen.add(current)) {
            current = renames.get(current);
        }
        return hidden.getOrDefault(type, Set.of()).contains(current) ? Optional.empty() : Optional.of(current);
    }

    /**
     * The extraction with the rules applied: aliases found in {@code text} are added, then every
     * value is resolved (renamed, merged, or dropped when hidden); entities that end up with the
     * same value are one entity with all their mentions.
     *
     * @param rebuild makes the entity of a type for a value and its mentions, taking the other
     *                facts (a weapon's type, a country's name) from the knowledge bases or, when
     *                they do not know the value, from the entity it came from (may be null)
     */
    public Extraction apply(Extraction extraction, String text, Rebuild rebuild) {
        if (rules.isEmpty()) {
            return extraction;
        }
        Map<EntityType, List<ExtractedEntity>> byType = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            Map<String, List<Mention>> mentions = new LinkedHashMap<>();
            Map<String, ExtractedEntity> origin = new LinkedHashMap<>();
            for (ExtractedEntity entity : extraction.entities(type)) {
                resolve(type, entity.value()).ifPresent(value -> {
                    mentions.computeIfAbsent(value, v -> new ArrayList<>()).addAll(entity.mentions());
                    origin.putIfAbsent(value, entity);
                });
            }
            aliases.getOrDefault(type, Map.of()).forEach((alias, target) -> {
                List<Mention> found = wholeWordOccurrences(text, alias);
                if (!found.isEmpty()) {
                    resolve(type, target).ifPresent(value ->
                            mentions.computeIfAbsent(value, v -> new ArrayList<>()).addAll(found));
                }
            });
            List<ExtractedEntity> entities = new ArrayList<>();
            mentions.forEach((value, found) -> {
                ExtractedEntity source = origin.get(value);
                List<Mention> sorted = found.stream().distinct().sorted().toList();
                entities.add(source != null && source.value().equals(value) && source.mentions().equals(sorted)
                        ? source : rebuild.entity(type, value, sorted, source));
            });
            byType.put(type, entities);
        }
        return new Extraction(byType);
    }

    /** Makes an entity of a type; see {@link #apply}. */
    @FunctionalInterface
    public interface Rebuild {
        ExtractedEntity entity(EntityType type, String value, List<Mention> mentions, ExtractedEntity from);
    }

    /** Occurrences of {@code phrase} in {@code text} that start and end at word boundaries (case as written). */
    static List<Mention> wholeWordOccurrences(String text, String phrase) {
        List<Mention> found = new ArrayList<>();
        if (phrase.isEmpty()) {
            return found;
        }
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (startsWord && endsWord) {
                found.add(new Mention(at, end));
            }
        }
        return found;
    }
}
