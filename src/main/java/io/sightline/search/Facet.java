package io.sightline.search;

import java.util.Arrays;
import java.util.Optional;

import io.sightline.article.ArticleFields;
import io.sightline.extract.EntityType;

/**
 * A facet: an index field whose values narrow a search. The URL parameter includes a value
 * ({@code country=RU}); the same name with "not-" excludes it ({@code not-country=RU}).
 * Declaration order is the canonical order of parameters in URLs and of facets on the page.
 * The entity facets take their names from their {@link EntityType}; the others are the weapon
 * attributes and the source.
 */
public enum Facet {
    PEOPLE(EntityType.PERSON),
    COUNTRIES(EntityType.COUNTRY),
    // Issue 9: the weapons facet reads the weapons plus their variants' families, so "Leopard 2"
    // finds and counts articles naming only the Leopard 2A8 (ArticleSearch nests the variants).
    WEAPONS(EntityType.WEAPON, ArticleFields.WEAPONS_WITH_FAMILIES),
    WEAPON_TYPES("type", ArticleFields.WEAPON_TYPES, "weaponTypes", "Weapon types", false),
    WEAPON_ORIGINS("origin", ArticleFields.WEAPON_ORIGINS, "weaponOrigins", "Weapon origin", true),
    ORGANISATIONS(EntityType.ORGANISATION),
    SOURCES("source", ArticleFields.SOURCE, "sources", "Sources", false);

    /** URL parameter that includes a value. */
    public final String param;
    /** URL parameter that excludes a value. */
    public final String excludeParam;
    /** Index field. */
    public final String field;
    /** Key in the JSON API's "facets" object. */
    public final String jsonKey;
    /** Heading on the page. */
    public final String label;
    /** The entity type whose values this facet holds; null for the weapon attributes and the source. */
    public final EntityType entityType;
    private final boolean countryCodes;

    Facet(EntityType type) {
        this(type, type.plural);
    }

    Facet(EntityType type, String field) {
        this(type.singular, field, type.plural, type.label, type.valuesAreCountryCodes(), type);
    }

    Facet(String param, String field, String jsonKey, String label, boolean countryCodes) {
        this(param, field, jsonKey, label, countryCodes, null);
    }

    Facet(String param, String field, String jsonKey, String label, boolean countryCodes, EntityType type) {
        this.param = param;
        this.excludeParam = "not-" + param;
        this.field = field;
        this.jsonKey = jsonKey;
        this.label = label;
        this.countryCodes = countryCodes;
        this.entityType = type;
    }

    /** Whether the values are entities extracted from the text, each with a page of its own. */
    public boolean isEntity() {
        return entityType != null;
    }

    /**
     * Whether values nest under families (the weapons facet): {@link #field} then holds each value
     * and its family, and the stored entity field ({@link EntityType#plural}) the values alone.
     */
    public boolean hasFamilies() {
        return isEntity() && !field.equals(entityType.plural);
    }

    /** Country codes are shown with their names; the others are shown as stored. */
    public boolean valuesAreCountryCodes() {
        return countryCodes;
    }

    /** The facet of an entity type. */
    public static Facet of(EntityType type) {
        return Arrays.stream(values()).filter(facet -> facet.entityType == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("no facet for " + type));
    }

    public static Optional<Facet> byParam(String param) {
        return Arrays.stream(values()).filter(facet -> facet.param.equals(param)).findFirst();
    }

    public static Optional<Facet> byJsonKey(String key) {
        return Arrays.stream(values()).filter(facet -> facet.jsonKey.equals(key)).findFirst();
    }
}
