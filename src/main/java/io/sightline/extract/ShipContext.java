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
            "auxiliary ship");

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
     * of that name, the one of that type (the battleship BB-63, not the submarine the name means today).
     */
    Span<WeaponForm> ofTheNamedType(Span<WeaponForm> m) {
        Weapon w = m.value().weapon();
        if (w == null || !isShip(w)) {
            return m;
        }
        List<Weapon> namesakes = d.shipsByName.get(w.name().replaceFirst(" \\([^)]*\\)$", ""));
        int noun = namesakes == null || namesakes.size() < 2 ? -1 : nounBefore(m);
        String type = noun < 0 ? "" : d.shipNouns.get(t.key[noun]);
        if (type.isEmpty() || type.equals(w.type())) {
            return m;
        }
        for (Weapon other : namesakes) {
            if (other.type().equals(type)) {
                return new Span<>(m.start(), m.end(), new WeaponForm(other, m.value().form(),
                        m.value().needsContext(), false));
            }
        }
        return m;
    }

    /** A ship prefix's bare name as matched: "General Belgrano" of "ARA General Belgrano (C-4)". */
    boolean bareNameOfPrefixedShip(Span<WeaponForm> m) {
        String name = m.value().weapon().name();
        String bare = WeaponCatalog.bareName(name);
        return bare != null && d.shipPrefixes.contains(name.substring(0, name.indexOf(' ')))
                && !d.shipPrefixes.contains(t.form[m.start()]);
    }
}
