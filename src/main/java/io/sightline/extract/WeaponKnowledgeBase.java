package io.sightline.extract;

import java.util.List;
import java.util.Optional;

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

    /** All canonical names, sorted. */
    public List<String> canonicalNames() {
        return List.copyOf(data.weapons.keySet());
    }
}
