package io.sightline.search;

/** An entity name offered while typing: which facet it belongs to, its value, label and count. */
public record Suggestion(Facet facet, String value, String label, long count) {
}
