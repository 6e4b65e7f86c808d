package io.sightline.extract;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The organisations list ({@code extract/organisations.tsv}): canonical names with kind and country,
 * and every alias mapped to its canonical name. Usable as a CDI bean or with {@code new}.
 */
@ApplicationScoped
public class Organisations {

    private final ExtractionData data;

    public Organisations() {
        this.data = ExtractionData.get();
    }

    /** The canonical name for a name or alias ("ISIL" -> "Islamic State", "Pentagon" -> "U.S. Department of Defense"). */
    public Optional<String> canonical(String nameOrAlias) {
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            return Optional.empty();
        }
        ExtractionData.Organisation o = data.organisationByForm.get(Tokens.fold(nameOrAlias.trim()));
        return Optional.ofNullable(o).map(ExtractionData.Organisation::name);
    }

    /**
     * The organisation a name or alias denotes on its own, without the text around it: empty for the
     * forms that need context in an article ("IS", "Wagner", "Treasury"), so a typed query word is
     * taken for an organisation only when it cannot be anything else.
     */
    public Optional<String> canonicalWithoutContext(String nameOrAlias) {
        if (nameOrAlias == null || data.organisationContextForms.contains(Tokens.fold(nameOrAlias.trim()))) {
            return Optional.empty();
        }
        return canonical(nameOrAlias);
    }

    /** Every form of an organisation (canonical name and aliases), folded (lower case, no accents), sorted. */
    public List<String> forms(String canonicalName) {
        return data.organisationByForm.entrySet().stream()
                .filter(entry -> entry.getValue().name().equals(canonicalName))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }

    /** The kind of a listed organisation (alliance, armed-group ...). */
    public Optional<String> kind(String canonicalName) {
        return Optional.ofNullable(data.organisations.get(canonicalName)).map(ExtractionData.Organisation::kind);
    }

    /** All canonical names, sorted. */
    public List<String> canonicalNames() {
        return List.copyOf(data.organisations.keySet());
    }
}
