package io.sightline.extract;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** PLACEHOLDER until the gazetteer-backed version lands: names from the JDK. */
@ApplicationScoped
public class Countries {

    public Optional<String> name(String code) {
        if ("SU".equals(code)) {
            return Optional.of("Soviet Union");
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? Optional.empty() : Optional.of(name);
    }
}
