package io.sightline.extract;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The weapons knowledge base ({@code extract/weapons.tsv}): canonical system names with their type
 * and countries of origin, and every alias (variants, NATO names, transliterations) mapped to its
 * canonical name. The KB is the authority on canonical names. Usable as a CDI bean or with
 * {@code new}; loaded once per JVM.
 */
@ApplicationScoped
public class WeaponKnowledgeBase {

    /** A system as the KB knows it. */
    public record Entry(String name, String type, List<String> origins) {
    }

    private final ExtractionData data;

    public WeaponKnowledgeBase() {
        this.data = ExtractionData.get();
    }

    /** The system by canonical name (exact, then case/diacritic-insensitive). */
    public Optional<Entry> lookup(String canonicalName) {
        if (canonicalName == null) {
            return Optional.empty();
        }
        ExtractionData.Weapon w = data.weapons.get(canonicalName.trim());
        if (w == null) {
            w = data.weaponByForm.get(Tokens.fold(canonicalName.trim()));
            if (w != null && !Tokens.fold(w.name()).equals(Tokens.fold(canonicalName.trim()))) {
                w = null;
            }
        }
        return Optional.ofNullable(w).map(x -> new Entry(x.name(), x.type(), x.origins()));
    }

    public Optional<String> type(String canonicalName) {
        return lookup(canonicalName).map(Entry::type);
    }

    public List<String> origins(String canonicalName) {
        return lookup(canonicalName).map(Entry::origins).orElse(List.of());
    }

    /** The canonical name for any name or alias ("SA-21 Growler" -> "S-400", "Su-35S" -> "Su-35"). */
    public Optional<String> canonical(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        ExtractionData.Weapon w = data.weaponByForm.get(Tokens.fold(nameOrAlias.trim()));
        return Optional.ofNullable(w).map(ExtractionData.Weapon::name);
    }

    /** Every form of a system (canonical name and aliases), folded (lower case, no accents), sorted. */
    public List<String> forms(String canonicalName) {
        return data.weaponByForm.entrySet().stream()
                .filter(entry -> entry.getValue().name().equals(canonicalName))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }

    // --- families (issue 9): the facet keeps the variant, the article is also found under its family

    /** The family of a variant by canonical name ("Leopard 2A8" -> "Leopard 2", a ship -> its class); empty for a family or a system without one. */
    public Optional<String> family(String canonicalName) {
        return Optional.ofNullable(data.weaponFamily.get(canonicalName));
    }

    /** The variants of a family, sorted; empty when the system has none. */
    public SortedSet<String> variants(String family) {
        return Collections.unmodifiableSortedSet(
                data.weaponVariants.getOrDefault(family, Collections.emptySortedSet()));
    }

    /**
     * The systems together with the families of the variants among them: what an article is found
     * under ({"Leopard 2A8", "S-400"} -> {"Leopard 2", "Leopard 2A8", "S-400"}). The catalog allows one
     * level of family only (WeaponCatalog), so one step up is enough.
     */
    public SortedSet<String> withFamilies(Collection<String> canonicalNames) {
        SortedSet<String> all = new TreeSet<>(canonicalNames);
        for (String name : canonicalNames) {
            family(name).ifPresent(all::add);
        }
        return all;
    }

    /** All canonical names, sorted. */
    public List<String> canonicalNames() {
        return List.copyOf(data.weapons.keySet());
    }
}
