package io.sightline.search;

/**
 * One value of a facet with its count. {@code label} is what a person reads ("Russia" for RU).
 * {@code selected} / {@code excluded} say whether the current search includes or excludes it.
 */
public record FacetValue(String value, String label, long count, boolean selected, boolean excluded) {
}
