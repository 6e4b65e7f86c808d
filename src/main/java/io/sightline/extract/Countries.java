package io.sightline.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The country gazetteer (extract/countries.tsv): ISO 3166-1 alpha-2 codes with English short
 * names, aliases and demonyms. Also names "SU" (Soviet Union), used as a weapon origin.
 */
@ApplicationScoped
public class Countries {

    /** One form of a country in text, and whether it needs context to count. */
    record Form(String code, String text, String caution) {
        boolean risky() {
            return caution != null;
        }
    }

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> codeByForm = new HashMap<>();
    private final PhraseMatcher<Form> matcher = new PhraseMatcher<>();

    public Countries() {
        for (String[] row : DataFiles.rows("countries.tsv", 6)) {
            String code = row[0];
            String name = row[1];
            names.put(code, name);
            var risky = DataFiles.split(row[5]);
            String caution = row[4].isEmpty() ? null : row[4];
            addForm(code, name, risky.contains(name) ? caution : null);
            for (String alias : DataFiles.split(row[2])) {
                addForm(code, alias, risky.contains(alias) ? caution : null);
            }
            for (String demonym : DataFiles.split(row[3])) {
                addForm(code, demonym, risky.contains(demonym) ? caution : null);
            }
        }
        names.putIfAbsent("SU", "Soviet Union");
        for (String blocked : DataFiles.lines("not-countries.txt")) {
            matcher.add(blocked.strip(), new Form(null, blocked.strip(), null));
        }
    }

    private void addForm(String code, String text, String caution) {
        matcher.add(text, new Form(code, text, caution));
        codeByForm.putIfAbsent(text.toLowerCase(Locale.ROOT), code);
    }

    /** The English short name of a code ("RU" → "Russia"). */
    public Optional<String> name(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String name = names.get(code.toUpperCase(Locale.ROOT));
        if (name == null) {
            String jdk = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            return jdk.isEmpty() || jdk.equalsIgnoreCase(code) ? Optional.empty() : Optional.of(jdk);
        }
        return Optional.of(name);
    }

    /** The code of a name, alias or demonym, ignoring case ("Russian" → "RU"). */
    public Optional<String> code(String nameOrAlias) {
        return nameOrAlias == null ? Optional.empty()
                : Optional.ofNullable(codeByForm.get(nameOrAlias.strip().toLowerCase(Locale.ROOT)));
    }

    PhraseMatcher<Form> matcher() {
        return matcher;
    }
}
