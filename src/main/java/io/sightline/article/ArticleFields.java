package io.sightline.article;

/** Names of the index and its fields, shared by the mapping and the search queries. */
public final class ArticleFields {
    public static final String INDEX = "article";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String URL = "url";
    public static final String SOURCE = "source";
    public static final String PUBLISHED = "published";
    public static final String PEOPLE = "people";
    public static final String COUNTRIES = "countries";
    public static final String WEAPONS = "weapons";
    /** Weapons plus the families of their variants (Article#getWeaponsWithFamilies): what weapon filters and counts read. */
    public static final String WEAPONS_WITH_FAMILIES = "weapons_with_families";
    public static final String WEAPON_TYPES = "weapon_types";
    public static final String WEAPON_ORIGINS = "weapon_origins";

    private ArticleFields() {
    }
}
