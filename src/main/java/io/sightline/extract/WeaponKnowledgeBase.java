package io.sightline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The weapons knowledge base (extract/weapons.tsv): canonical systems with aliases, type and
 * origin, plus designation families (extract/weapon-families.tsv) that catch variants missing
 * from the base ("Su-75") and a stop list of look-alikes ("G-7", "COVID-19").
 */
@ApplicationScoped
public class WeaponKnowledgeBase {

    /** A system of the base. */
    public record System(String name, String type, List<String> origins, String source) {
    }

    /** A form of a system in text; {@code needsContext} for bare forms that are also ordinary words. */
    record Form(System system, String text, boolean needsContext, boolean blocked) {
    }

    /** A designation family: prefix + number pattern → type and origin. */
    record Family(String prefix, Pattern number, String type, List<String> origins, boolean stripSuffix) {
    }

    private final Map<String, System> systems = new LinkedHashMap<>();
    private final Map<String, System> byAlias = new HashMap<>();
    private final PhraseMatcher<Form> matcher = new PhraseMatcher<>();
    private final Map<String, List<Family>> families = new HashMap<>();
    private final Set<String> stopped = new HashSet<>();

    public WeaponKnowledgeBase() {
        for (String[] row : DataFiles.rows("weapons.tsv", 7)) {
            if (row[0].isEmpty() || row[2].isEmpty()) {
                continue;
            }
            System system = new System(row[0], row[2], DataFiles.split(row[3]), row[4]);
            if (systems.putIfAbsent(system.name(), system) != null) {
                continue;
            }
            Set<String> contextForms = new HashSet<>(DataFiles.split(row[6]));
            boolean caution = row[5].contains("context");
            List<String> forms = new ArrayList<>();
            forms.add(system.name());
            forms.addAll(DataFiles.split(row[1]));
            for (String form : forms) {
                byAlias.putIfAbsent(form.toLowerCase(java.util.Locale.ROOT), system);
                matcher.add(form, new Form(system, form, caution && contextForms.contains(form), false));
            }
        }
        for (String[] row : DataFiles.rows("weapon-families.tsv", 5)) {
            if (row[0].equals("stop")) {
                stopped.add(normalise(row[1]));
                matcher.add(row[1], new Form(null, row[1], false, true));
                continue;
            }
            if (row[0].isEmpty() || row[1].isEmpty()) {
                continue;
            }
            try {
                families.computeIfAbsent(Tokenizer.fold(row[0]), k -> new ArrayList<>()).add(new Family(row[0],
                        Pattern.compile(row[1]), row[2], DataFiles.split(row[3]), row[4].startsWith("strip")));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalStateException("weapon-families.tsv: bad number pattern for " + row[0] + ": " + row[1], e);
            }
        }
    }

    /** Canonical names of all systems in the base. */
    public List<String> canonicalNames() {
        return List.copyOf(systems.keySet());
    }

    /** A system by canonical name. */
    public Optional<System> system(String name) {
        return Optional.ofNullable(systems.get(name));
    }

    /** The system an alias or canonical name denotes, ignoring case ("Su-35S" → Su-35). */
    public Optional<System> byAlias(String alias) {
        return alias == null ? Optional.empty()
                : Optional.ofNullable(byAlias.get(alias.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    PhraseMatcher<Form> matcher() {
        return matcher;
    }

    /** The families whose prefix is this token key. */
    List<Family> families(String prefixKey) {
        return families.getOrDefault(prefixKey, List.of());
    }

    boolean isStopped(String designation) {
        return stopped.contains(normalise(designation));
    }

    private static String normalise(String designation) {
        return designation.replaceAll("[\\s\\-]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
