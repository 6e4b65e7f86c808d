package io.sightline.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Nests the variants of a facet's values under their family (issue 9): the weapons facet counts
 * each family with its variants (the index field holds both, Article#getWeaponsWithFamilies), so
 * the flat list "Leopard 2 (5), Leopard 2A8 (3), S-400 (4)" becomes "Leopard 2 (5) › Leopard 2A8 (3),
 * S-400 (4)". A variant whose family is not in the list stays at the top level.
 */
final class FamilyNesting {

    private FamilyNesting() {
    }

    /**
     * @param values  the flat values, most frequent first (the engine's order, kept at both levels)
     * @param familyOf the family of a value, empty for a family or a value without one
     * @param size    how many top-level values to keep; selected and excluded values are always kept
     */
    static List<FacetValue> nest(List<FacetValue> values, Function<String, Optional<String>> familyOf, int size) {
        Map<String, FacetValue> topLevel = new LinkedHashMap<>();
        Map<String, List<FacetValue>> variants = new LinkedHashMap<>();
        for (FacetValue value : values) {
            topLevel.put(value.value(), value);
        }
        for (FacetValue value : values) {
            Optional<String> family = familyOf.apply(value.value());
            if (family.isPresent() && topLevel.containsKey(family.get()) && !value.excluded()) {
                topLevel.remove(value.value());
                variants.computeIfAbsent(family.get(), key -> new ArrayList<>()).add(value);
            }
        }
        List<FacetValue> nested = new ArrayList<>();
        for (FacetValue value : topLevel.values()) {
            boolean kept = nested.size() < size || value.selected() || value.excluded()
                    || variants.getOrDefault(value.value(), List.of()).stream().anyMatch(FacetValue::selected);
            if (kept) {
                nested.add(value.withVariants(variants.getOrDefault(value.value(), List.of())));
            }
        }
        return nested;
    }
}
