package io.sightline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/** PLACEHOLDER until the real extractor lands: countries by JDK name and a few demonyms. */
@ApplicationScoped
public class DefaultEntityExtractor implements EntityExtractor {

    private static final Map<String, String> DEMONYMS = Map.of("Chinese", "CN", "Russian", "RU", "American", "US",
            "US", "US", "U.S.", "US", "Ukrainian", "UA");

    @Override
    public Extraction extract(String text) {
        List<CountryEntity> countries = new ArrayList<>();
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (text.contains(name)) {
                seen.add(code);
            }
        }
        Matcher m = Pattern.compile("\\b(Chinese|Russian|American|Ukrainian|U\\.S\\.|US)\\b").matcher(text);
        while (m.find()) {
            seen.add(DEMONYMS.get(m.group(1)));
        }
        for (String code : seen) {
            countries.add(new CountryEntity(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH), List.of()));
        }
        return new Extraction(List.of(), countries, List.of());
    }
}
