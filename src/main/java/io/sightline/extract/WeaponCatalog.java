package io.sightline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weapons knowledge base as rows, read strictly: {@code extract/weapons.tsv} (systems, their variants and
 * families) and {@code extract/ships.tsv} (named ships, each a system of its class). Every row is checked, and the
 * first bad one fails start-up with the file and line named: wrong column count, unknown type, origin or family,
 * a family that is itself a variant, a context form that is not a form of its row, a bare ordinary English word
 * ("Gauntlet", "Hurricane") that does not need context, or a form that two systems share once hyphens and spaces
 * are ignored (the matcher could not tell them apart).
 */
final class WeaponCatalog {

    static final String WEAPONS_FILE = "weapons.tsv";
    static final String SHIPS_FILE = "ships.tsv";
    static final String NEEDS_CONTEXT = "needs-context";
    static final String HULL_ONLY = "hull-only";

    /** The type vocabulary of weapons.tsv (its header explains each value). */
    static final Set<String> TYPES = Set.of("fighter aircraft", "bomber", "attack aircraft", "transport aircraft",
            "tanker aircraft", "surveillance aircraft", "trainer aircraft", "maritime patrol aircraft", "attack helicopter",
            "utility helicopter", "transport helicopter", "drone", "loitering munition", "main battle tank",
            "infantry fighting vehicle", "armoured personnel carrier", "armoured vehicle", "self-propelled artillery",
            "towed artillery", "multiple rocket launcher", "surface-to-air missile system", "man-portable air-defence system",
            "anti-aircraft gun", "anti-tank missile", "anti-ship missile", "cruise missile", "ballistic missile",
            "hypersonic missile", "air-to-air missile", "air-to-surface missile", "guided bomb", "artillery munition",
            "rocket", "torpedo", "naval mine", "aircraft carrier", "destroyer", "frigate", "corvette", "cruiser",
            "submarine", "amphibious ship", "patrol vessel", "radar", "electronic warfare system", "missile defence system",
            "small arms", "nuclear weapon", "satellite system", "battleship", "mine countermeasures vessel",
            "auxiliary ship", ShipContext.WARSHIP);

    /** One system: its canonical name, every other surface form, and where it was read. */
    record Row(String name, List<String> aliases, String type, List<String> origins, Set<String> contextForms,
            String family, boolean ship, String file, int line) {

        List<String> forms() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    private WeaponCatalog() {
    }

    private static DataFiles.DataFileException bad(String file, int line, String problem) {
        return new DataFiles.Row(file, line, new String[0]).bad(problem);
    }

    /** Both files from the classpath; a missing file is an error too. */
    static List<Row> load(Set<String> countryCodes, Set<String> englishWords) {
        return parse(DataFiles.tsv(WEAPONS_FILE), DataFiles.tsv(SHIPS_FILE), countryCodes, englishWords);
    }

    static List<Row> parse(List<DataFiles.Row> weaponLines, List<DataFiles.Row> shipLines,
            Set<String> countryCodes, Set<String> englishWords) {
        Map<String, Row> byName = new LinkedHashMap<>();
        for (DataFiles.Row data : weaponLines) {
            int line = data.line();
            String[] c = data.cols();
            if (c[0].equals("name")) {
                continue;
            }
            if (c.length != 9) {
                throw bad(WEAPONS_FILE, line, "expected 9 tab-separated columns, found " + c.length);
            }
            String name = c[0].trim();
            if (name.isEmpty()) {
                throw bad(WEAPONS_FILE, line, "empty name");
            }
            if (byName.containsKey(name)) {
                throw bad(WEAPONS_FILE, line, "'" + name + "' is already a system (line " + byName.get(name).line() + ")");
            }
            String type = c[2].trim();
            if (!TYPES.contains(type)) {
                throw bad(WEAPONS_FILE, line, "unknown type '" + type + "'");
            }
            List<String> origins = origins(WEAPONS_FILE, line, c[3], countryCodes);
            List<String> aliases = DataFiles.split(c[1]);
            Set<String> contextForms = contextForms(WEAPONS_FILE, line, c[5], c[6], name, aliases);
            String family = c[7].trim();
            if (family.equals(name)) {
                throw bad(WEAPONS_FILE, line, "'" + name + "' is its own family");
            }
            byName.put(name, new Row(name, aliases, type, origins, contextForms, family, false, WEAPONS_FILE, line));
        }
        for (Row r : byName.values()) {
            if (r.family().isEmpty()) {
                continue;
            }
            Row family = byName.get(r.family());
            if (family == null) {
                throw bad(WEAPONS_FILE, r.line(), "unknown family '" + r.family() + "'");
            }
            if (!family.family().isEmpty()) {
                throw bad(WEAPONS_FILE, r.line(), "family '" + r.family() + "' is itself a variant of '"
                        + family.family() + "' (line " + family.line() + "): name the top family");
            }
        }
        List<Row> rows = new ArrayList<>(byName.values());
        for (DataFiles.Row data : shipLines) {
            Row ship = ship(data.line(), data.cols(), byName, countryCodes);
            if (ship == null) {
                continue;
            }
            if (byName.containsKey(ship.name())) {
                throw bad(SHIPS_FILE, ship.line(), "'" + ship.name() + "' is already a system");
            }
            byName.put(ship.name(), ship);
            rows.add(ship);
        }
        rows = withBareShipNames(rows);
        checkForms(rows, englishWords);
        return rows;
    }

    /**
     * History and reference texts name a ship without its prefix after a ship noun ("the Argentine cruiser General
     * Belgrano", "the destroyer Carney"): a prefixed ship's bare name becomes a form that needs context (the finder
     * wants a ship noun right before it). Only when no other system or ship has that form: "Missouri" is both a
     * battleship and a submarine, "Lancaster" a bomber and a frigate, so neither bare name is added.
     */
    private static List<Row> withBareShipNames(List<Row> rows) {
        Map<String, Integer> owners = new HashMap<>();
        Map<Row, String> bare = new HashMap<>();
        for (Row r : rows) {
            for (String form : r.forms()) {
                owners.merge(matchKey(form), 1, Integer::sum);
            }
            String name = r.ship() ? bareName(r.name()) : null;
            if (name != null) {
                bare.put(r, name);
                owners.merge(matchKey(name), 1, Integer::sum);
            }
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            String name = bare.get(r);
            if (name == null || owners.get(matchKey(name)) != 1) {
                out.add(r);
                continue;
            }
            List<String> aliases = new ArrayList<>(r.aliases());
            aliases.add(name);
            Set<String> context = new LinkedHashSet<>(r.contextForms());
            context.add(name);
            out.add(new Row(r.name(), List.copyOf(aliases), r.type(), r.origins(), Set.copyOf(context), r.family(),
                    true, r.file(), r.line()));
        }
        return out;
    }

    /** "USS Carney (DDG-64)" -> "Carney"; null for a ship without a prefix ("Moskva" is its bare name already). */
    static String bareName(String canonical) {
        String prefixed = canonical.replaceFirst(" \\([^)]*\\)$", "");
        int space = prefixed.indexOf(' ');
        if (space < 0 || !SHIP_PREFIX.matcher(prefixed.substring(0, space)).matches()) {
            return null;
        }
        return prefixed.substring(space + 1);
    }

    /** A ship prefix as ships.tsv writes them: USS, HMS, FS, INS, HMAS, JS, ROKS, TCG, PNS, IRIS, ROCS, ARA ... */
    private static final java.util.regex.Pattern SHIP_PREFIX = java.util.regex.Pattern.compile("[A-Z]{2,5}");

    private static Row ship(int line, String[] c, Map<String, Row> systems, Set<String> countryCodes) {
        if (c[0].equals("prefix")) {
            return null;
        }
        if (c.length != 9) {
            throw bad(SHIPS_FILE, line, "expected 9 tab-separated columns, found " + c.length);
        }
        String prefix = c[0].trim();
        String name = c[1].trim();
        String hull = c[2].trim();
        String shipClass = c[3].trim();
        if (name.isEmpty()) {
            throw bad(SHIPS_FILE, line, "empty name");
        }
        Row classRow = shipClass.isEmpty() ? null : systems.get(shipClass);
        if (!shipClass.isEmpty() && classRow == null) {
            throw bad(SHIPS_FILE, line, "unknown class '" + shipClass + "' (not a weapons.tsv name)");
        }
        String type = c[4].trim();
        if (type.isEmpty()) {
            if (classRow == null) {
                throw bad(SHIPS_FILE, line, "no type and no class to take it from");
            }
            type = classRow.type();
        } else if (!TYPES.contains(type)) {
            throw bad(SHIPS_FILE, line, "unknown type '" + type + "'");
        }
        List<String> origins = origins(SHIPS_FILE, line, c[5], countryCodes);
        String caution = c[7].trim();
        if (!caution.isEmpty() && !caution.equals(NEEDS_CONTEXT)) {
            throw bad(SHIPS_FILE, line, "caution must be empty or " + NEEDS_CONTEXT + ", not '" + caution + "'");
        }
        String hullOnly = c[8].trim();
        if (!hullOnly.isEmpty() && !hullOnly.equals(HULL_ONLY)) {
            throw bad(SHIPS_FILE, line, "hull_only must be empty or " + HULL_ONLY + ", not '" + hullOnly + "'");
        }
        boolean onlyWithHull = !hullOnly.isEmpty();
        if (onlyWithHull && (prefix.isEmpty() || hull.isEmpty())) {
            throw bad(SHIPS_FILE, line, HULL_ONLY + " needs a prefix and a hull number");
        }
        String prefixed = prefix.isEmpty() ? name : prefix + " " + name;
        String canonical = hull.isEmpty() ? prefixed : prefixed + " (" + hull + ")";
        Set<String> forms = new LinkedHashSet<>();
        if (!onlyWithHull) {
            forms.add(prefixed);
        }
        forms.addAll(DataFiles.split(c[6]));
        forms.remove(canonical);
        Set<String> contextForms = caution.isEmpty() ? Set.of() : Set.of(prefixed);
        if (!caution.isEmpty() && !prefix.isEmpty()) {
            throw bad(SHIPS_FILE, line, "a prefixed name never needs context; " + NEEDS_CONTEXT
                    + " is for ships news names without a prefix");
        }
        return new Row(canonical, List.copyOf(forms), type, origins, contextForms, shipClass, true, SHIPS_FILE, line);
    }

    private static List<String> origins(String file, int line, String column, Set<String> countryCodes) {
        List<String> origins = DataFiles.split(column);
        if (origins.isEmpty()) {
            throw bad(file, line, "no origin");
        }
        for (String o : origins) {
            if (!countryCodes.contains(o)) {
                throw bad(file, line, "unknown origin '" + o + "' (an ISO 3166-1 code of countries.tsv, or SU)");
            }
        }
        return List.copyOf(origins);
    }

    private static Set<String> contextForms(String file, int line, String caution, String column, String name,
            List<String> aliases) {
        String flag = caution.trim();
        List<String> forms = DataFiles.split(column);
        if (flag.isEmpty()) {
            if (!forms.isEmpty()) {
                throw bad(file, line, "context_forms given without " + NEEDS_CONTEXT);
            }
            return Set.of();
        }
        if (!flag.equals(NEEDS_CONTEXT)) {
            throw bad(file, line, "caution must be empty or " + NEEDS_CONTEXT + ", not '" + flag + "'");
        }
        if (forms.isEmpty()) {
            throw bad(file, line, NEEDS_CONTEXT + " without context_forms");
        }
        for (String f : forms) {
            if (!f.equals(name) && !aliases.contains(f)) {
                throw bad(file, line, "context form '" + f + "' is not a name or alias of the row");
            }
        }
        return Set.copyOf(forms);
    }

    /** No two systems share a form as the matcher sees it; ordinary English words need context. */
    private static void checkForms(List<Row> rows, Set<String> englishWords) {
        Map<String, Row> owner = new HashMap<>();
        for (Row r : rows) {
            for (String form : r.forms()) {
                String key = matchKey(form);
                Row other = owner.putIfAbsent(key, r);
                if (other != null && other != r) {
                    throw bad(r.file(), r.line(), "form '" + form + "' of '" + r.name() + "' is also a form of '"
                            + other.name() + "' (" + other.file() + " line " + other.line() + ")");
                }
                if (isOrdinaryWord(form, englishWords) && !r.contextForms().contains(form)) {
                    throw bad(r.file(), r.line(), "'" + form + "' is an ordinary English word: list it in "
                            + "context_forms with " + NEEDS_CONTEXT);
                }
            }
        }
    }

    /** The form as the token matcher sees it: tokens with case kept, hyphens and spaces alike. */
    static String matchKey(String form) {
        Tokens t = Tokens.of(form);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < t.size; i++) {
            key.append(t.form[i]).append(' ');
        }
        return key.toString();
    }

    private static boolean isOrdinaryWord(String form, Set<String> englishWords) {
        if (form.length() < 2 || !Character.isUpperCase(form.charAt(0))) {
            return false;
        }
        for (int i = 1; i < form.length(); i++) {
            if (!Character.isLowerCase(form.charAt(i))) {
                return false;
            }
        }
        return englishWords.contains(form.toLowerCase(java.util.Locale.ROOT));
    }
}
