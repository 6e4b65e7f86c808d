package io.sightline.extract;

import java.util.List;
import java.util.Set;

import io.sightline.extract.ExtractionData.Weapon;
import io.sightline.extract.ExtractionData.WeaponForm;

/**
 * What the words around a ship's name say about it, for {@link WeaponFinder}: reference prose names
 * ships bare ("the destroyer Gravely", "the cruiser General Belgrano") and by namesakes ("the battleship
 * USS Missouri"), and a ship named like a city or a word is a ship only beside a ship noun (issue 9,
 * wave 4: the encyclopaedia probe's named-ship errors). The nouns are a data file,
 * {@code words/ship-nouns.tsv}.
 */
final class ShipContext extends FinderRun {

    /** The knowledge base's types of ships and their classes: a bare name of one counts only beside a ship noun. */
    static final Set<String> SHIP_TYPES = Set.of("aircraft carrier", "destroyer", "frigate", "corvette", "cruiser",
            "submarine", "amphibious ship", "patrol vessel", "battleship", "mine countermeasures vessel",
            "auxiliary ship", ShipContext.WARSHIP);

    /** The type of a ship known only by its navy's prefix and name ("INS Tabar"), when no noun or class says more. */
    static final String WARSHIP = "warship";

    /** How far a ship sentence's noun or verb may be from a bare ship name, each way, in tokens. */
    private static final int SENTENCE_REACH = 20;

    private final Set<String> nouns;

    ShipContext(ExtractionContext c) {
        super(c);
        nouns = d.shipNouns.keySet();
    }

    static boolean isShip(Weapon w) {
        return SHIP_TYPES.contains(w.type());
    }

    private boolean shipNoun(int k) {
        return t.kind[k] == Tokens.ALPHA && nouns.contains(t.key[k]);
    }

    /** A ship noun among the three tokens before a name ("the Argentine cruiser General Belgrano"), or -1. */
    int nounBefore(Span<WeaponForm> m) {
        for (int k = m.start() - 1; k >= Math.max(0, m.start() - 3); k--) {
            if (shipNoun(k) && !t.key[k].equals("class")) {
                return k;
            }
            if (t.kind[k] != Tokens.ALPHA && t.kind[k] != Tokens.PUNCT) {
                break;
            }
        }
        return -1;
    }

    /**
     * A prefixed ship's bare name needs its noun right before it, or before a list of names it ends: "the
     * destroyer Carney", "the destroyers Gravely, Laboon"; not "submarines in Adelaide", not "VESSEL TYPE: Hopper".
     */
    boolean nounListing(Span<WeaponForm> m) {
        for (int k = m.start() - 1; k >= Math.max(0, m.start() - 4); k--) {
            if (shipNoun(k)) {
                return !t.key[k].equals("class") && !t.isAllCaps(k) && !endsName(k);
            }
            boolean listed = t.kind[k] == Tokens.PUNCT && t.text.charAt(t.start[k]) == ','
                    || t.key[k].equals("and") || t.kind[k] == Tokens.ALPHA && Character.isUpperCase(t.form[k].charAt(0));
            if (!listed) {
                return false;
            }
        }
        return false;
    }

    /**
     * A capitalised ship noun after a capitalised word ends a name: "General Dynamics Electric Boat, Groton,
     * Connecticut," lists places after a company, not ships after their noun (it read as USS Connecticut).
     */
    private boolean endsName(int k) {
        return Character.isUpperCase(t.form[k].charAt(0)) && k > 0 && t.kind[k - 1] == Tokens.ALPHA
                && Character.isUpperCase(t.form[k - 1].charAt(0));
    }

    /** "the cruiser Moskva", "the carrier Shandong", "Akula submarines": a ship noun just before or after. */
    boolean nounBeside(Span<WeaponForm> m) {
        for (int k = m.start() - 1; k >= Math.max(0, m.start() - 3); k--) {
            if (shipNoun(k)) {
                return true;
            }
            if (t.kind[k] != Tokens.ALPHA && t.kind[k] != Tokens.PUNCT) {
                break;
            }
        }
        return m.end() < n && shipNoun(m.end());
    }

    /**
     * "the battleships USS Missouri and USS Wisconsin": a ship noun before a ship's name picks, among the ships
     * of that name, the one of that type (the battleship BB-63, not the submarine the name means today). Without
     * such a noun, the text's years pick the namesake in service then ("USS Enterprise" in a history of Midway
     * is CV-6, {@link ShipService}); a hull number written in the name always wins (it is matched as a form of
     * its own ship).
     */
    Span<WeaponForm> ofTheNamedType(Span<WeaponForm> m) {
        Weapon w = m.value().weapon();
        if (w == null || !isShip(w)) {
            return m;
        }
        List<Weapon> namesakes = d.shipsByName.get(w.name().replaceFirst(" \\([^)]*\\)$", ""));
        if (namesakes == null || namesakes.size() < 2) {
            return m;
        }
        int noun = nounBefore(m);
        String type = noun < 0 ? "" : d.shipNouns.get(t.key[noun]);
        List<Weapon> candidates = namesakes;
        if (!type.isEmpty()) {
            candidates = namesakes.stream().filter(other -> other.type().equals(type)).toList();
            candidates = candidates.isEmpty() ? namesakes : candidates;
        }
        Weapon chosen = candidates.contains(w) ? w : candidates.get(0);
        if (!hullWritten(m)) {
            chosen = inServiceInTheTextsYears(chosen, candidates);
        }
        return chosen == w ? m : new Span<>(m.start(), m.end(), new WeaponForm(chosen, m.value().form(),
                m.value().needsContext(), false));
    }

    private boolean hullWritten(Span<WeaponForm> m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (t.kind[k] == Tokens.DIGIT) {
                return true;
            }
        }
        return false;
    }

    /** The namesake whose service covers more of the text's years than the matched ship's does; else the matched. */
    private Weapon inServiceInTheTextsYears(Weapon matched, List<Weapon> namesakes) {
        int[] years = textYears();
        Weapon best = matched;
        int bestCount = yearsInService(matched, years);
        for (Weapon other : namesakes) {
            int count = yearsInService(other, years);
            if (count > bestCount) {
                best = other;
                bestCount = count;
            }
        }
        return best;
    }

    private int yearsInService(Weapon ship, int[] years) {
        ShipService.Period p = d.shipService.get(ship.name());
        int count = 0;
        for (int i = 0; p != null && i < years.length; i++) {
            count += p.contains(years[i]) ? 1 : 0;
        }
        return count;
    }

    private int[] years;

    /**
     * The years a text names: free-standing four-digit numbers from 1890 to 2040 ("in June 1942", "the 1980s";
     * not "L9014"), and 1942 for "World War II", "Second World War" or "Pacific War". Once per text.
     */
    private int[] textYears() {
        if (years != null) {
            return years;
        }
        List<Integer> found = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) {
            c.steps++;
            if (t.kind[k] == Tokens.DIGIT && t.end[k] - t.start[k] == 4 && (k == 0 || t.sep[k] >= Tokens.SEP_SPACE
                    || t.kind[k - 1] == Tokens.PUNCT)) {
                int y = Integer.parseInt(t.form[k]);
                if (y >= 1890 && y <= 2040) {
                    found.add(y);
                }
            } else if (t.kind[k] == Tokens.ALPHA && t.key[k].equals("war") && k > 0
                    && (t.key[k - 1].equals("world") && (k + 1 < n && (t.key[k + 1].equals("ii")
                    || t.key[k + 1].equals("two")) || k > 1 && t.key[k - 2].equals("second"))
                    || t.key[k - 1].equals("pacific"))) {
                found.add(1942);
            }
        }
        years = found.stream().mapToInt(Integer::intValue).toArray();
        return years;
    }

    /**
     * "the frigate INS Tabar", "the Mistral-class ENS Gamal Abdel Nasser": the ship noun among the three tokens
     * before a prefix, or a ship class ending right before it; its token, or -1.
     */
    int shipNounOrClassBefore(int prefix) {
        if (prefix > 0 && c.weapons.covers(prefix - 1)) {
            Weapon w = c.weapons.at(prefix - 1).value().weapon();
            return w != null && isShip(w) ? prefix - 1 : -1;
        }
        for (int k = prefix - 1; k >= Math.max(0, prefix - 3); k--) {
            if (shipNoun(k) && !t.key[k].equals("class")) {
                return k;
            }
            if (t.kind[k] != Tokens.ALPHA) {
                break;
            }
        }
        return -1;
    }

    /**
     * "dive bombers set the Akagi, the Kaga and the Soryu on fire", "Musashi was sunk in the Sibuyan Sea": a
     * bare ship name that is also a place or word is the ship in a sentence about ships. It needs "the" before it
     * or a ship verb ({@code words/ship-verbs.txt}) within three words after it, and a ship noun, ship verb or
     * ship prefix within {@link #SENTENCE_REACH} tokens in the same sentence; not before a place noun ("the
     * Kursk region") nor after "in", "at", "near" or "off" ("sank off Kursk" names no ship).
     */
    boolean inShipSentence(Span<WeaponForm> m) {
        int b = m.start() - 1;
        boolean article = b >= 0 && t.kind[b] == Tokens.ALPHA && t.key[b].equals("the");
        int before = article ? b - 1 : b;
        if (before >= 0 && t.kind[before] == Tokens.ALPHA && (t.key[before].equals("in") || t.key[before].equals("at")
                || t.key[before].equals("near") || t.key[before].equals("off"))) {
            return false;
        }
        if (m.end() < n && t.kind[m.end()] == Tokens.ALPHA && d.placeNouns.contains(t.key[m.end()])) {
            return false;
        }
        boolean verbAfter = false;
        for (int k = m.end(); k < n && k < m.end() + 3 && !sentenceStart[k]; k++) {
            verbAfter |= t.kind[k] == Tokens.ALPHA && d.shipVerbs.contains(t.key[k]);
        }
        if (!article && !verbAfter) {
            return false;
        }
        for (int k = m.start() - 1; k >= Math.max(0, m.start() - SENTENCE_REACH); k--) {
            c.steps++;
            if (shipWord(k)) {
                return true;
            }
            if (sentenceStart[k] || t.sep[k] >= Tokens.SEP_NEWLINE) {
                break;
            }
        }
        for (int k = m.end(); k < n && k < m.end() + SENTENCE_REACH && !sentenceStart[k]
                && t.sep[k] < Tokens.SEP_NEWLINE; k++) {
            c.steps++;
            if (shipWord(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean shipWord(int k) {
        return t.kind[k] == Tokens.ALPHA && (shipNoun(k) && !t.isAllCaps(k) || d.shipVerbs.contains(t.key[k])
                || d.shipPrefixes.contains(t.form[k]));
    }

    /** A ship prefix's bare name as matched: "General Belgrano" of "ARA General Belgrano (C-4)". */
    boolean bareNameOfPrefixedShip(Span<WeaponForm> m) {
        String name = m.value().weapon().name();
        String bare = WeaponCatalog.bareName(name);
        return bare != null && d.shipPrefixes.contains(name.substring(0, name.indexOf(' ')))
                && !d.shipPrefixes.contains(t.form[m.start()]);
    }
}
