package io.sightline.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Search-time spelling variants ({@code search/spelling-variants.tsv}): groups of forms that name
 * the same thing ("Kyiv|Kiev", "Hizballah|Hezbollah"). Loaded strictly at start-up: a bad row
 * fails with the file and line named.
 */
@ApplicationScoped
public class SpellingVariants {

    static final String FILE = "search/spelling-variants.tsv";

    private final Map<String, List<String>> groupByForm;

    public SpellingVariants() {
        this(FILE);
    }

    SpellingVariants(String resource) {
        this.groupByForm = load(resource);
    }

    /** The group a form belongs to (all its forms, as written in the file), or an empty list. */
    public List<String> group(String form) {
        return groupByForm.getOrDefault(fold(form), List.of());
    }

    /** Lower case without accents and with straight apostrophes, as the index's analyzer sees words. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip().replace('\u2019', '\''), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> load(String resource) {
        InputStream in = SpellingVariants.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing data file " + resource);
        }
        Map<String, List<String>> groups = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> forms = new ArrayList<>();
                for (String form : line.split("\\|", -1)) {
                    if (form.isBlank() || form.contains("\t")) {
                        throw new IllegalStateException(resource + " line " + lineNumber
                                + ": empty form or tab in a group; write forms separated by '|'");
                    }
                    forms.add(form.strip());
                }
                if (forms.size() < 2) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": a group needs two forms");
                }
                List<String> group = List.copyOf(forms);
                for (String form : forms) {
                    if (groups.putIfAbsent(fold(form), group) != null) {
                        throw new IllegalStateException(resource + " line " + lineNumber + ": '" + form
                                + "' is already in another group");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return Map.copyOf(groups);
    }
}
