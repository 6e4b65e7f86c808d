package io.sightline.extract;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of entity Sightline extracts, and everything that differs between them downstream:
 * one row here gives the article's stored set, the index field, the facet and its URL parameters,
 * the JSON and export names, the highlighting class and colour and the evaluation column.
 * Adding a type is one row here, a finder ({@link EntityFinder}), its data file and a migration
 * for the article's table (see docs/extraction.md, "How to add an entity type").
 *
 * <p>Declaration order is the order of types everywhere (facets on the page, JSON keys, export
 * columns, evaluation rows).
 */
public enum EntityType {
    PERSON("people", "person", "People", "Person", "#e3f1e4"),
    COUNTRY("countries", "country", "Countries", "Country", "#e5edfb"),
    WEAPON("weapons", "weapon", "Weapons systems", "Weapon", "#fbe7e3"),
    ORGANISATION("organisations", "organisation", "Organisations", "Organisation", "#efe3f7");

    /**
     * The plural name: key in JSON answers (/api/extract, /api/articles, export), index field and
     * Article property, export column, gold-file key and evaluation row.
     */
    public final String plural;
    /**
     * The singular name: URL parameter of the facet ({@code person=}, and {@code not-person=}),
     * CSS class of highlighted mentions, suggestion kind.
     */
    public final String singular;
    /** Heading of the facet and of the article page's entity list. */
    public final String label;
    /** What one suggestion of this type is called ("Person"). */
    public final String kindLabel;
    /** Background of highlighted mentions and labels of this type (style sheet /entities.css). */
    public final String colour;

    EntityType(String plural, String singular, String label, String kindLabel, String colour) {
        this.plural = plural;
        this.singular = singular;
        this.label = label;
        this.kindLabel = kindLabel;
        this.colour = colour;
    }

    /** Countries are stored as ISO codes and shown by name; the other types are stored as shown. */
    public boolean valuesAreCountryCodes() {
        return this == COUNTRY;
    }

    public static Optional<EntityType> byPlural(String plural) {
        return Arrays.stream(values()).filter(type -> type.plural.equals(plural)).findFirst();
    }
}
