package io.sightline.search;

import java.util.List;

/**
 * One value of a facet with its count. {@code label} is what a person reads ("Russia" for RU).
 * {@code selected} / {@code excluded} say whether the current search includes or excludes it.
 * {@code variants} are the values nested under this one (issue 9: a weapon family's variants in
 * the weapons facet, "Leopard 2" over "Leopard 2A8"); the count of a family includes them.
 */
public record FacetValue(String value, String label, long count, boolean selected, boolean excluded,
        List<FacetValue> variants) {

    public FacetValue {
        variants = List.copyOf(variants);
    }

    /** A value without variants. */
    public FacetValue(String value, String label, long count, boolean selected, boolean excluded) {
        this(value, label, count, selected, excluded, List.of());
    }

    FacetValue withVariants(List<FacetValue> nested) {
        return new FacetValue(value, label, count, selected, excluded, nested);
    }
}
