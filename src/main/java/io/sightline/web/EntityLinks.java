package io.sightline.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.sightline.search.Facet;

/**
 * Where an entity's own page is: {@code /people/Vladimir%20Putin}, {@code /countries/RU},
 * {@code /weapons/F/A-18%20Super%20Hornet}. The key is the canonical value itself (a slash stays
 * a slash: the page's path template takes the rest of the path), so a bookmark never depends on
 * a lookup table, and the JSON is the same path under {@code /api}.
 */
public final class EntityLinks {

    /** The path segment of each entity facet ("people", "countries", "weapons", …): its JSON key. */
    static final String TYPES = "people|countries|weapons|organisations";

    private EntityLinks() {
    }

    /** The page of {@code value}, or null when the facet's values have no pages (types, sources). */
    public static String url(Facet facet, String value) {
        return facet.isEntity() ? index(facet) + "/" + encodePath(value) : null;
    }

    /** The index page listing every value of the facet. */
    public static String index(Facet facet) {
        return "/" + facet.jsonKey;
    }

    /** The entity facet whose pages live under {@code type} ("people"), if any. */
    static Optional<Facet> facet(String type) {
        return Facet.byJsonKey(type).filter(Facet::isEntity);
    }

    private static String encodePath(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }
}
