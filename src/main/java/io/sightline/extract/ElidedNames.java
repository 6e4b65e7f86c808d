package io.sightline.extract;

import io.sightline.extract.ExtractionData.Weapon;
import io.sightline.extract.ExtractionData.WeaponForm;

/**
 * Issue 9, wave 5: reference prose shares a type noun between two names, "the Churchill and Cromwell tanks", "the
 * Scorpion and Scimitar light tanks", "the Gato and Balao classes", "the Wessex and Chinook helicopters". The second
 * name matches with its noun ("Cromwell tanks") or just before it ("Chinook"); the first is the system the knowledge
 * base names with the same noun ("Churchill tank") when that system is of the same type or platform kind. Found while
 * matching, so the first name's word is the weapon's before the person finder reads it ("Churchill" is no Winston
 * Churchill there).
 */
final class ElidedNames extends FinderRun {

    ElidedNames(ExtractionContext c) {
        super(c);
    }

    /**
     * The first name of "X and Y nouns" when m is "Y nouns" and "X noun" is a form of a system of m's type; null
     * otherwise. {@code free} is the first token no earlier span covers.
     */
    Span<WeaponForm> firstOfPair(Span<WeaponForm> m, int free) {
        Weapon second = m.value().weapon();
        int and = m.start() - 1;
        int first = and - 1;
        if (second == null || m.value().blocked() || first < free || t.kind[and] != Tokens.ALPHA
                || !t.key[and].equals("and") && !t.key[and].equals("or") || t.kind[first] != Tokens.ALPHA
                || !Character.isUpperCase(t.form[first].charAt(0)) || t.sep[and] != Tokens.SEP_SPACE
                || t.sep[m.start()] != Tokens.SEP_SPACE || !t.boundaryBefore(first)) {
            return null;
        }
        String rest;
        int last = m.end() - 1;
        if (last > m.start() && t.kind[last] == Tokens.ALPHA && t.isLower(last)) {
            rest = t.text.substring(t.start[m.start() + 1], t.end[last]); // "Cromwell tanks": the noun is in the form
        } else if (m.end() < n && t.kind[m.end()] == Tokens.ALPHA && t.isLower(m.end())
                && t.sep[m.end()] == Tokens.SEP_SPACE) {
            rest = t.form[m.end()]; // "Wessex and Chinook helicopters": the noun follows the second name's form
        } else {
            return null;
        }
        String name = t.form[first];
        for (String noun : new String[] {rest, withoutPlural(rest, "s"), withoutPlural(rest, "es")}) {
            if (noun == null) {
                continue;
            }
            for (String joint : new String[] {" ", "-"}) {
                Weapon w = d.weaponByForm.get(Tokens.fold(name + joint + noun));
                if (w != null && w != second && sameKind(w, second)) {
                    return new Span<>(first, first + 1, new WeaponForm(w, name, false, false));
                }
            }
        }
        return null;
    }

    /** The same type, or the same kind of platform ("utility helicopter" and "transport helicopter" are aircraft). */
    private static boolean sameKind(Weapon a, Weapon b) {
        if (a.type().equals(b.type())) {
            return true;
        }
        var kind = PlatformKind.ofType(a.type());
        return kind.isPresent() && kind.equals(PlatformKind.ofType(b.type()));
    }

    private static String withoutPlural(String words, String ending) {
        return words.endsWith(ending) && words.length() > ending.length() + 2
                ? words.substring(0, words.length() - ending.length()) : null;
    }
}
