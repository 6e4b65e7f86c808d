package io.sightline.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ship prefixes of navies and merchant ships ({@code words/ship-prefixes.tsv}): which navy a prefix
 * stands for, and how safe it is as a ship's mark. Issue 9, wave 5: ships of navies outside the
 * knowledge base ("INS Tabar", "KRI Bung Tomo", "ENS Anwar El Sadat") were missed, and their names read as
 * people; a navy's prefix is enough to know it is a warship and whose.
 */
final class ShipPrefixes {

    /** How much a prefix says on its own. */
    enum Kind {
        /** A navy's prefix and nothing else (USS, HMS, KRI): an unknown capitalised name after it is a warship. */
        NAVY("navy"),
        /**
         * A navy's prefix that is also a common acronym (JS, FS, ITS, SAS, RSS): an unknown name after it is a
         * warship only with its hull number after it or a ship noun or class before it.
         */
        ACRONYM("acronym"),
        /** A merchant ship's prefix (MV, SS): a ship, no weapon; it only keeps the name from the person finder. */
        MERCHANT("merchant");

        final String column;

        Kind(String column) {
            this.column = column;
        }
    }

    /** One prefix: origins are ISO 3166-1 codes, the first the usual one ("INS": India, then Israel). */
    record Prefix(String prefix, List<String> origins, Kind kind) {
    }

    static final String FILE = "words/ship-prefixes.tsv";

    private final Map<String, Prefix> byForm;
    /** Shore bases named like ships ({@code words/shore-establishments.txt}): "HMAS Stirling" is no ship. */
    private final Set<String> shoreEstablishments;

    private ShipPrefixes(Map<String, Prefix> byForm, Set<String> shoreEstablishments) {
        this.byForm = byForm;
        this.shoreEstablishments = shoreEstablishments;
    }

    /** "HMAS Stirling", "HMS Collingwood": a navy's shore base, named like a ship. */
    boolean isShoreEstablishment(String prefixedName) {
        return shoreEstablishments.contains(prefixedName);
    }

    /** The prefix written as this token, or null. */
    Prefix get(String form) {
        return byForm.get(form);
    }

    /** Every prefix, merchant ones included: the person finder's "a ship's name follows" words. */
    Set<String> forms() {
        return byForm.keySet();
    }

    static ShipPrefixes load() {
        return load(FILE, "shore-establishments.txt");
    }

    /** The prefix table and the shore-base list (under extract/words/), read strictly. */
    static ShipPrefixes load(String file, String shoreList) {
        Set<String> iso = Set.of(Locale.getISOCountries());
        Map<String, Prefix> byForm = new HashMap<>();
        for (DataFiles.Row row : DataFiles.tsv(file)) {
            String[] cols = row.cols();
            if (cols.length != 3) {
                throw row.bad("expected 3 tab-separated columns (prefix, origins, kind), found " + cols.length);
            }
            String prefix = cols[0];
            if (!prefix.matches("[A-Z][A-Za-z]{1,5}")) {
                throw row.bad("a prefix is 2 to 6 letters starting with a capital: '" + prefix + "'");
            }
            Kind kind = null;
            for (Kind k : Kind.values()) {
                if (k.column.equals(cols[2])) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw row.bad("unknown kind '" + cols[2] + "' (navy, acronym or merchant)");
            }
            List<String> origins = cols[1].equals("-") ? List.of() : List.of(cols[1].split("\\|"));
            if (origins.isEmpty() != (kind == Kind.MERCHANT)) {
                throw row.bad("a navy's prefix names its countries, a merchant prefix has '-'");
            }
            for (String o : origins) {
                if (!iso.contains(o)) {
                    throw row.bad("unknown ISO 3166-1 code '" + o + "'");
                }
            }
            if (byForm.put(prefix, new Prefix(prefix, origins, kind)) != null) {
                throw row.bad("'" + prefix + "' is listed twice");
            }
        }
        if (byForm.isEmpty()) {
            throw new DataFiles.DataFileException("extract/" + file + " has no entries");
        }
        Set<String> shore = DataFiles.wordList(shoreList);
        for (String base : shore) {
            String prefix = base.substring(0, Math.max(0, base.indexOf(' ')));
            if (!byForm.containsKey(prefix)) {
                throw new DataFiles.DataFileException("extract/words/" + shoreList + ": '" + base
                        + "' does not start with a prefix of " + file);
            }
        }
        return new ShipPrefixes(Collections.unmodifiableMap(byForm), Set.copyOf(shore));
    }
}
