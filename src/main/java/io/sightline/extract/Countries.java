package io.sightline.extract;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The country gazetteer ({@code extract/countries.tsv}): ISO 3166-1 alpha-2 codes to English short
 * names and back. Also knows "SU" (Soviet Union), the origin of Soviet-era weapons designs.
 * Usable as a CDI bean or with {@code new}; the data is loaded once per JVM and shared.
 */
@ApplicationScoped
public class Countries {

    private final ExtractionData data;

    public Countries() {
        this.data = ExtractionData.get();
    }

    /** The English short name for a code ("RU" -> "Russia"; "SU" -> "Soviet Union"), case-insensitive. */
    public Optional<String> name(String code) {
        if (code == null) {
            return Optional.empty();
        }
        ExtractionData.Country c = data.countries.get(code.trim().toUpperCase(java.util.Locale.ROOT));
        return c == null ? Optional.empty() : Optional.of(c.name());
    }

    /**
     * The code for a name, alias or demonym ("Russia", "Russian Federation", "Russian", "U.S.",
     * "United States"); also accepts a code itself. Case and diacritics are ignored.
     */
    public Optional<String> code(String nameOrAlias) {
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            return Optional.empty();
        }
        String s = nameOrAlias.trim();
        String byForm = data.countryCodeByForm.get(Tokens.fold(s));
        if (byForm != null) {
            return Optional.of(byForm);
        }
        String upper = s.toUpperCase(java.util.Locale.ROOT);
        return data.countries.containsKey(upper) ? Optional.of(upper) : Optional.empty();
    }

    /**
     * The names a country goes by: short name first, then the gazetteer's aliases ("CN" -> China,
     * People's Republic of China, PRC, ...); demonyms are not names. Empty for an unknown code.
     */
    public List<String> names(String code) {
        ExtractionData.Country c = code == null ? null : data.countries.get(code.trim().toUpperCase(java.util.Locale.ROOT));
        return c == null ? List.of() : c.forms();
    }

    /** Every code the gazetteer knows, sorted, "SU" included. */
    public List<String> codes() {
        return List.copyOf(data.countries.keySet());
    }
}
