package io.sightline.search;

import java.util.Arrays;
import java.util.Optional;

import io.sightline.article.ArticleFields;

/**
 * A facet: an index field whose values narrow a search. The URL parameter includes a value
 * ({@code country=RU}); the same name with "not-" excludes it ({@code not-country=RU}).
 * Declaration order is the canonical order of parameters in URLs and of facets on the page.
 */
public enum Facet {
    PEOPLE("person", ArticleFields.PEOPLE, "people", "People"),
    COUNTRIES("country", ArticleFields.COUNTRIES, "countries", "Countries"),
    WEAPONS("weapon", ArticleFields.WEAPONS, "weapons", "Weapons systems"),
    WEAPON_TYPES("type", ArticleFields.WEAPON_TYPES, "weaponTypes", "Weapon types"),
    WEAPON_ORIGINS("origin", ArticleFields.WEAPON_ORIGINS, "weaponOrigins", "Weapon origin"),
    SOURCES("source", ArticleFields.SOURCE, "sources", "Sources");

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

    Facet(String param, String field, String jsonKey, String label) {
        this.param = param;
        this.excludeParam = "not-" + param;
        this.field = field;
        this.jsonKey = jsonKey;
        this.label = label;
    }

    /** Whether the values are entities extracted from the text, each with a page of its own. */
    public boolean isEntity() {
        return this == PEOPLE || this == COUNTRIES || this == WEAPONS;
    }

    /** The values an article holds in this facet's field. */
    public java.util.Set<String> valuesOf(io.sightline.article.Article article) {
        return switch (this) {
            case PEOPLE -> article.people;
            case COUNTRIES -> article.countries;
            case WEAPONS -> article.weapons;
            case WEAPON_TYPES -> article.weaponTypes;
            case WEAPON_ORIGINS -> article.weaponOrigins;
            case SOURCES -> java.util.Set.of(article.source);
        };
    }

    /** Country codes are shown with their names; the others are shown as stored. */
    public boolean valuesAreCountryCodes() {
        return this == COUNTRIES || this == WEAPON_ORIGINS;
    }

    public static Optional<Facet> byParam(String param) {
        return Arrays.stream(values()).filter(facet -> facet.param.equals(param)).findFirst();
    }

    public static Optional<Facet> byJsonKey(String key) {
        return Arrays.stream(values()).filter(facet -> facet.jsonKey.equals(key)).findFirst();
    }
}
