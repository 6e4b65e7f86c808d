package io.sightline.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The world region of each labelled person ({@code eval/people-regions.tsv}: canonical name, tab,
 * region), so people recall can be reported per region: a rule tuned on Western names can hide a
 * collapse on Arabic or East Asian ones behind a good overall figure. Read strictly: an unknown
 * region or a malformed row fails the run with the line named.
 */
public final class PeopleRegions {

    /** The regions of the table, in report order. */
    public static final List<String> REGIONS = List.of("North America", "Latin America", "Europe",
            "Russia/Central Asia", "Middle East/North Africa", "Sub-Saharan Africa", "South Asia", "East Asia",
            "Southeast Asia/Oceania");
    public static final String UNKNOWN = "(no region)";

    private final Map<String, String> regionByPerson = new HashMap<>();
    private final UnaryOperator<String> key;

    /** @param key folds a name to the evaluator's comparison key (canonical, case- and accent-free) */
    public PeopleRegions(Path table, UnaryOperator<String> key) throws IOException {
        this.key = key;
        if (!Files.isRegularFile(table)) {
            throw new GoldSets.GoldSetException(table + ": the people-regions table is absent");
        }
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || cols[0].isBlank() || !REGIONS.contains(cols[1].trim())) {
                throw new GoldSets.GoldSetException(table + ":" + (i + 1)
                        + ": expected 'canonical name<TAB>region' with a region of " + REGIONS + ", got: " + line);
            }
            regionByPerson.put(key.apply(cols[0].trim()), cols[1].trim());
        }
    }

    /** The region of a person given by comparison key, or {@link #UNKNOWN}. */
    public String regionOfKey(String personKey) {
        return regionByPerson.getOrDefault(personKey, UNKNOWN);
    }

    public String regionOf(String name) {
        return regionOfKey(key.apply(name));
    }
}
