package io.sightline.extract;

import io.sightline.extract.ExtractionData.Weapon;
import io.sightline.extract.ExtractionData.WeaponForm;

/**
 * Issue 9, look-alikes by kind, for {@link WeaponFinder}: a ship or vehicle named like a system ("the patrol boat
 * Leopard", "Jaguar armoured vehicles") is not that system, and a noun of a kind picks the system of that kind with
 * the name ("Puma helicopters"). The nouns and their kinds are {@code words/platform-nouns.tsv}; moved out of
 * WeaponFinder unchanged in wave 5 (extraction identical on the 2,770 corpus items).
 */
final class PlatformLookAlikes extends FinderRun {

    PlatformLookAlikes(ExtractionContext c) {
        super(c);
    }

    /** Whether a span holds a digit token: designations ("F-35") are never a platform's name. */
    static boolean hasDigit(Tokens t, Span<?> m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (t.kind[k] == Tokens.DIGIT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Issue 9, look-alikes by kind: "the patrol boat Leopard", "the Leopard patrol boat", "the corvette Lynx",
     * "Jaguar armoured vehicles" name a ship or vehicle that carries the system's name, not the system. A noun
     * of another {@link PlatformKind} attached to the name makes it a look-alike: the word right before it, or,
     * for a ship, vehicle or aircraft, the head of the compound after it. Designations with digits are left
     * alone ("F-35 jets" is never a ship's name). Returns the noun's token, or -1.
     */
    int nounOfAnotherKind(Span<WeaponForm> m) {
        if (hasDigit(t, m) || d.shipPrefixes.contains(t.form[m.start()])) {
            return -1; // "HMS Diamond and HMS Dragon carry helicopters": a prefixed ship is never a look-alike
        }
        var kind = PlatformKind.ofType(m.value().weapon().type());
        if (kind.isEmpty()) {
            return -1;
        }
        int noun = nounBefore(m.start());
        if (noun < 0 && kind.get().isPlatform()) {
            noun = headNounAfter(m.end());
        }
        if (noun < 0) {
            return -1;
        }
        PlatformKind attached = d.platformNouns.get(t.key[noun]);
        return attached != PlatformKind.UNDETERMINED && attached != kind.get() ? noun : -1;
    }

    /**
     * The system named like the look-alike whose kind is the noun's: "Puma helicopters" is the SA 330 Puma
     * (its form "Puma helicopter"), not the Puma infantry fighting vehicle; null when the knowledge base has
     * no such form, or its system is not of that kind.
     */
    Span<WeaponForm> systemOfTheNounsKind(Span<WeaponForm> m, int noun) {
        String word = t.key[noun];
        String singular = word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
        String name = t.text.substring(t.start[m.start()], t.end[m.end() - 1]);
        Weapon w = d.weaponByForm.get(Tokens.fold(name + " " + singular));
        if (w == null || PlatformKind.ofType(w.type()).orElse(null) != d.platformNouns.get(word)) {
            return null;
        }
        return new Span<>(m.start(), m.end(), new WeaponForm(w, m.value().form(), false, false));
    }

    /** The noun right before a name ("the corvette Lynx", 'the boat "Leopard"') if it says a kind, or -1. */
    private int nounBefore(int start) {
        int k = start - 1;
        if (k >= 0 && t.kind[k] == Tokens.PUNCT && "\"“'‘".indexOf(t.text.charAt(t.start[k])) >= 0) {
            k--;
        }
        // "anti-ship \"Silkworm\" missiles": a noun ending a hyphenated modifier is no platform
        if (k < 0 || t.kind[k] != Tokens.ALPHA || t.sep[k + 1] != Tokens.SEP_SPACE || t.sep[k] == Tokens.SEP_HYPHEN) {
            return -1;
        }
        return d.platformNouns.containsKey(t.key[k]) ? k : -1;
    }

    /**
     * The kind of the compound noun after a platform's name, read to its last noun ("Leopard patrol boat" ->
     * vessel, "Eisenhower aircraft carrier" -> undetermined), among the three lower-case words after the name;
     * null when there is none, when it names what the platform fires ("HIMARS rocket launchers", "Reaper
     * missiles"), or when the name is part of a hyphenated modifier ("Kalibr-armed warships").
     */
    private int headNounAfter(int end) {
        if (end < n && t.sep[end] == Tokens.SEP_HYPHEN) {
            return -1;
        }
        int first = afterCoordinatedName(end);
        for (int k = first; k < n && k < first + 3; k++) {
            if (t.kind[k] != Tokens.ALPHA || !t.isLower(k) || t.sep[k] != Tokens.SEP_SPACE
                    && t.sep[k] != Tokens.SEP_HYPHEN) {
                return -1;
            }
            if (t.sep[k] == Tokens.SEP_HYPHEN || !d.platformNouns.containsKey(t.key[k])) {
                continue; // "anti-ship": a part of a hyphenated modifier is no head
            }
            int head = k;
            while (head + 1 < n && t.kind[head + 1] == Tokens.ALPHA && t.sep[head + 1] == Tokens.SEP_SPACE
                    && d.platformNouns.containsKey(t.key[head + 1])) {
                head++;
            }
            PlatformKind kind = d.platformNouns.get(t.key[head]);
            if (head > k && t.key[head - 1].equals("tank") && t.key[head].startsWith("destroyer")) {
                // wave 5: "the Hetzer and the Marder III were cheap tank destroyers" is a land vehicle, not a ship
                return head - 1;
            }
            return kind == PlatformKind.MUNITION ? -1 : head;
        }
        return -1;
    }

    /**
     * "the Puma and Gazelle helicopters", "Leopard or Marder vehicles": the noun after a second name in a pair
     * belongs to both; the first token after the pair (or {@code end} when no "and"/"or" + one or two
     * capitalised words follow).
     */
    private int afterCoordinatedName(int end) {
        if (end + 1 >= n || t.kind[end] != Tokens.ALPHA || !t.key[end].equals("and") && !t.key[end].equals("or")) {
            return end;
        }
        int k = end + 1;
        while (k < n && k < end + 3 && t.kind[k] == Tokens.ALPHA && Character.isUpperCase(t.form[k].charAt(0))
                && t.sep[k] == Tokens.SEP_SPACE) {
            k++;
        }
        return k == end + 1 ? end : k;
    }
}
