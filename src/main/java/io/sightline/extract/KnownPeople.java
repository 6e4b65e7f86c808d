package io.sightline.extract;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The known-people lexicon ({@code extract/known-people.tsv}): canonical spellings of people often
 * in the news, and their aliases (other spellings, distinctive bare surnames such as "Putin").
 * Usable as a CDI bean or with {@code new}; loaded once per JVM.
 */
@ApplicationScoped
public class KnownPeople {

    private final ExtractionData data;

    public KnownPeople() {
        this.data = ExtractionData.get();
    }

    /** The canonical name for a full name or alias; case, diacritics and apostrophes are ignored. */
    public Optional<String> canonical(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        ExtractionData.KnownPerson p = data.personByForm.get(Tokens.fold(nameOrAlias.trim()));
        if (p == null) {
            p = data.knownWithSecondSurname(nameOrAlias.trim());
        }
        return Optional.ofNullable(p).map(ExtractionData.KnownPerson::name);
    }

    /** Every form of a known person (canonical name and aliases), folded (lower case, no accents), sorted. */
    public java.util.List<String> forms(String canonicalName) {
        return data.personByForm.entrySet().stream()
                .filter(entry -> entry.getValue().name().equals(canonicalName))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }
}
