package io.sightline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sightline.extract.ExtractionData.Weapon;
import io.sightline.extract.ExtractionData.WeaponForm;
import io.sightline.extract.ShipPrefixes.Kind;
import io.sightline.extract.ShipPrefixes.Prefix;

/**
 * Named ships the knowledge base does not hold, for {@link WeaponFinder}'s matching (issue 9, wave 5). A navy's
 * prefix before a capitalised name is a warship whatever the name: "INS Tabar (F44)", "KRI Bung Tomo (357)",
 * "ENS Anwar El Sadat" become platforms canonically named "PREFIX Name", with the navy's country as origin; the
 * ships.tsv rows (452 ships) cannot list every navy's every hull, and without this the names after "ROKS" or
 * "ENS" were read as people. Once a text has named a ship with its prefix, "the" + its bare name later on is the
 * same ship ("the Gamal Abdel Nasser"), for known and unknown ships alike. Matching is one pass to collect the
 * prefixed names, then a look-up per token.
 */
final class PrefixedShips extends FinderRun {

    /** Longest name after a prefix, in words: "ROKS Seoae Ryu Seong-ryong", "KRI I Gusti Ngurah Rai". */
    private static final int MAX_NAME_WORDS = 5;

    /** Lower-case words inside ship names: "Sejong the Great", "Conte di Cavour", "Prince of Wales". */
    private static final Set<String> NAME_PARTICLES = Set.of("the", "of", "de", "di", "del", "da", "van", "von", "y");

    /** An unknown prefixed ship's bare name: its folded words and its weapon. */
    private record BareName(String[] keys, Weapon ship) {
    }

    private final ShipContext ships;
    private final ShipClassLists classLists;
    /** Known ships this text names with their prefix: their bare names are theirs later on. */
    private final Set<String> knownNamedWithPrefix = new HashSet<>();
    /** Unknown ships this text names with their prefix, by the folded first word of their bare name. */
    private final Map<String, List<BareName>> unknownByFirstWord = new HashMap<>();
    private Set<String> countriesInText;

    PrefixedShips(ExtractionContext c) {
        super(c);
        ships = new ShipContext(c);
        classLists = new ShipClassLists(c);
        for (int i = 0; i + 1 < n; i++) {
            c.steps++;
            if (t.kind[i] != Tokens.ALPHA || d.shipPrefixTable.get(t.form[i]) == null) {
                continue;
            }
            Span<WeaponForm> known = d.weaponTrie.longest(t, i, caps);
            if (known != null && known.value().weapon() != null) {
                knownNamedWithPrefix.add(known.value().weapon().name());
                continue;
            }
            Span<WeaponForm> unknown = unknownShip(i);
            if (unknown != null) {
                String[] keys = new String[unknown.end() - i - 1];
                for (int k = 0; k < keys.length; k++) {
                    keys[k] = t.key[i + 1 + k];
                }
                unknownByFirstWord.computeIfAbsent(keys[0], key -> new ArrayList<>())
                        .add(new BareName(keys, unknown.value().weapon()));
            }
        }
    }

    /**
     * A ship or class at token i that the dictionary did not match: an unknown prefixed ship, the bare name of one
     * named earlier or later with its prefix, or a class of an elliptic list ("Gato- and Balao-class"); or null.
     */
    Span<WeaponForm> at(int i) {
        Span<WeaponForm> m = d.shipPrefixTable.get(t.form[i]) != null ? unknownShip(i) : null;
        if (m == null) {
            m = bareNameNamedWithPrefix(i);
        }
        return m != null ? m : classLists.at(i);
    }

    /**
     * "the Gamal Abdel Nasser" after "ENS Gamal Abdel Nasser": a known ship's bare name that needs a ship noun
     * before it counts after "the" when the text names the ship with its prefix too.
     */
    boolean bareNameOfShipNamedWithPrefix(Span<WeaponForm> m) {
        // "the Delaware National Guard" beside "USS Delaware": a capitalised word after it makes another name
        return knownNamedWithPrefix.contains(m.value().weapon().name()) && articleBefore(m.start())
                && (m.end() >= n || !capitalisedWord(m.end()));
    }

    private boolean articleBefore(int k) {
        return k > 0 && t.kind[k - 1] == Tokens.ALPHA && t.key[k - 1].equals("the");
    }

    private Span<WeaponForm> bareNameNamedWithPrefix(int i) {
        List<BareName> candidates = unknownByFirstWord.isEmpty() || !articleBefore(i) ? null
                : unknownByFirstWord.get(t.key[i]);
        if (candidates == null || !Character.isUpperCase(t.form[i].charAt(0))) {
            return null;
        }
        for (BareName b : candidates) {
            int end = i + b.keys().length;
            boolean same = end <= n && (end == n || !capitalisedWord(end));
            for (int k = 0; same && k < b.keys().length; k++) {
                same = t.key[i + k].equals(b.keys()[k]);
            }
            if (same) {
                return new Span<>(i, end, new WeaponForm(b.ship(), t.text.substring(t.start[i], t.end[end - 1]),
                        false, false));
            }
        }
        return null;
    }

    /** A navy's prefix at i and the capitalised name after it, as a warship of the prefix's navy; or null. */
    private Span<WeaponForm> unknownShip(int i) {
        Prefix prefix = d.shipPrefixTable.get(t.form[i]);
        if (prefix == null || prefix.kind() == Kind.MERCHANT || caps[i] || i + 1 >= n
                || t.sep[i + 1] != Tokens.SEP_SPACE || !capitalisedWord(i + 1)) {
            return null;
        }
        int end = nameEnd(i + 1);
        if (shoreEstablishment(i, end)) {
            return null;
        }
        String name = t.text.substring(t.start[i + 1], t.end[end - 1]);
        if (d.shipPrefixTable.isShoreEstablishment(prefix.prefix() + " " + name)) {
            return null;
        }
        if (prefix.kind() == Kind.ACRONYM && !hullAfter(end) && ships.shipNounOrClassBefore(i) < 0) {
            // "JS Foundation", "RSS Feeds", "SAS Regiment": these prefixes are acronyms too
            return null;
        }
        List<Weapon> namesakes = d.shipsByName.get(prefix.prefix() + " " + name);
        // "USS Phoenix" of a ship the base knows only with its hull ("USS Phoenix (CL-46)"): that ship, and among
        // several, the one ShipContext picks by noun or years
        Weapon ship = namesakes != null ? namesakes.get(0)
                : new Weapon(prefix.prefix() + " " + name, typeBefore(i), List.of(origin(prefix)));
        return new Span<>(i, end, new WeaponForm(ship, t.text.substring(t.start[i], t.end[end - 1]), false, false));
    }

    /**
     * "rotational presence at HMAS Stirling near Perth", "the HMS Collingwood training base": navies give their
     * shore bases ship names, and a text is at or in them, not aboard. An unknown name after "at", "in" or "near",
     * or before a place noun ("base", "Memorial"), is no ship.
     */
    private boolean shoreEstablishment(int prefix, int end) {
        int b = prefix - 1;
        if (b >= 0 && t.kind[b] == Tokens.ALPHA && (t.key[b].equals("at") || t.key[b].equals("in")
                || t.key[b].equals("near"))) {
            return true;
        }
        return end < n && t.kind[end] == Tokens.ALPHA && (d.placeNouns.contains(t.key[end])
                || t.key[end].equals("memorial") || t.key[end].equals("naval") && end + 1 < n
                && t.key[end + 1].equals("base"));
    }

    private boolean capitalisedWord(int k) {
        return t.kind[k] == Tokens.ALPHA && Character.isUpperCase(t.form[k].charAt(0))
                && (!t.isAllCaps(k) || t.form[k].length() == 1);
    }

    /**
     * Where the name after a prefix ends: capitalised words, lower-case name particles between two of them
     * ("Sejong the Great"), hyphenated parts ("Seong-ryong", "Al-Galala"), at most {@link #MAX_NAME_WORDS} words,
     * within one sentence and line.
     */
    private int nameEnd(int first) {
        int k = first + 1;
        int words = 1;
        while (k < n && words < MAX_NAME_WORDS && !sentenceStart[k] && t.sep[k] < Tokens.SEP_NEWLINE
                && t.kind[k] == Tokens.ALPHA) {
            if (t.sep[k] == Tokens.SEP_HYPHEN) {
                k++;
                continue;
            }
            if (t.sep[k] != Tokens.SEP_SPACE) {
                break;
            }
            if (NAME_PARTICLES.contains(t.form[k]) && k + 1 < n && t.sep[k + 1] == Tokens.SEP_SPACE
                    && capitalisedWord(k + 1)) {
                k += 2;
                words += 2;
                continue;
            }
            if (!capitalisedWord(k) || d.shipPrefixTable.get(t.form[k]) != null) {
                break;
            }
            k++;
            words++;
        }
        return k;
    }

    /**
     * Where matching goes on after a span: after the hull number in brackets that follows a ship's name ("ESPS
     * Méndez Núñez (F-104)" names no F-104 Starfighter, "HMS Kent (F78)" no F-78), else at its end.
     */
    int afterHull(Span<WeaponForm> m) {
        int k = m.end();
        if (m.value().weapon() == null || !ShipContext.isShip(m.value().weapon()) || !hullAfter(k)) {
            return k;
        }
        for (int j = k + 1; j < n && j <= k + 5; j++) {
            if (t.kind[j] == Tokens.PUNCT && t.text.charAt(t.start[j]) == ')') {
                return j + 1;
            }
        }
        return k;
    }

    /** A hull number in brackets right after the name: "(F44)", "(DDH-978)", "(402)". */
    private boolean hullAfter(int k) {
        if (k + 2 >= n || t.kind[k] != Tokens.PUNCT || t.text.charAt(t.start[k]) != '(') {
            return false;
        }
        for (int j = k + 1; j < n && j <= k + 4; j++) {
            if (t.kind[j] == Tokens.DIGIT) {
                return true;
            }
        }
        return false;
    }

    /** "the frigate INS Tabar" -> frigate, "the Mistral-class ENS Gamal Abdel Nasser" -> the class's type; else warship. */
    private String typeBefore(int prefix) {
        int k = ships.shipNounOrClassBefore(prefix);
        if (k < 0) {
            return ShipContext.WARSHIP;
        }
        if (c.weapons.covers(k)) {
            return c.weapons.at(k).value().weapon().type();
        }
        String type = d.shipNouns.get(t.key[k]);
        return type == null || type.isEmpty() ? ShipContext.WARSHIP : type;
    }

    /** The prefix's navy: its first country, unless the text names only another of its countries ("INS" of Israel). */
    private String origin(Prefix prefix) {
        if (prefix.origins().size() == 1) {
            return prefix.origins().get(0);
        }
        if (countriesInText == null) {
            countriesInText = new HashSet<>();
            for (Span<ExtractionData.CountryForm> s : c.countries.spans()) {
                c.steps++;
                if (s.value().code() != null) {
                    countriesInText.add(s.value().code());
                }
            }
        }
        for (String o : prefix.origins()) {
            if (countriesInText.contains(o)) {
                return o;
            }
        }
        return prefix.origins().get(0);
    }
}
