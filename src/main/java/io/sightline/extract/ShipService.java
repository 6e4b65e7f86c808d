package io.sightline.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sightline.extract.ExtractionData.Weapon;

/**
 * When each of several ships of one prefixed name served ({@code ship-service.tsv}), so that a text's years
 * choose among namesakes: in a Pacific War history "USS Enterprise" is CV-6 (1938-1947), not the carrier of
 * 2030 (issue 9, wave 5: the encyclopaedia probe read Midway's carriers as today's). Loaded strictly: every row
 * names a ship of ships.tsv that shares its prefixed name with another.
 */
final class ShipService {

    /** Years of service, first and last inclusive; {@code to} is {@link #OPEN} for ships in or awaiting service. */
    record Period(int from, int to) {
        boolean contains(int year) {
            return year >= from && year <= to;
        }
    }

    static final String FILE = "ship-service.tsv";
    static final int OPEN = 9999;

    private ShipService() {
    }

    static Map<String, Period> load(Map<String, Weapon> weapons, Map<String, List<Weapon>> shipsByName) {
        return load(FILE, weapons, shipsByName);
    }

    static Map<String, Period> load(String file, Map<String, Weapon> weapons, Map<String, List<Weapon>> shipsByName) {
        Map<String, Period> periods = new HashMap<>();
        for (DataFiles.Row row : DataFiles.tsv(file)) {
            String[] cols = row.cols();
            if (cols.length != 3) {
                throw row.bad("expected 3 tab-separated columns (ship, first year, last year or -), found " + cols.length);
            }
            Weapon ship = weapons.get(cols[0]);
            if (ship == null || !ShipContext.isShip(ship)) {
                throw row.bad("'" + cols[0] + "' is no ship of ships.tsv (canonical name with hull)");
            }
            List<Weapon> namesakes = shipsByName.get(cols[0].replaceFirst(" \\([^)]*\\)$", ""));
            if (namesakes == null || namesakes.size() < 2) {
                throw row.bad("'" + cols[0] + "' has no namesake: a period only chooses among ships of one name");
            }
            int from = year(row, cols[1]);
            int to = cols[2].equals("-") ? OPEN : year(row, cols[2]);
            if (to < from) {
                throw row.bad("the last year comes before the first");
            }
            if (periods.put(cols[0], new Period(from, to)) != null) {
                throw row.bad("'" + cols[0] + "' is listed twice");
            }
        }
        return Collections.unmodifiableMap(periods);
    }

    private static int year(DataFiles.Row row, String s) {
        if (!s.matches("(18|19|20)\\d\\d")) {
            throw row.bad("a year is four digits from 1800 to 2099: '" + s + "'");
        }
        return Integer.parseInt(s);
    }
}
