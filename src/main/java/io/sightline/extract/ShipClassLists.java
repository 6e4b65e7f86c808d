package io.sightline.extract;

import io.sightline.extract.ExtractionData.Weapon;
import io.sightline.extract.ExtractionData.WeaponForm;

/**
 * Ship classes named in an elliptic list, for {@link PrefixedShips}: "the Gato- and Balao-class submarines",
 * "the Kongo, Atago and Maya classes", "Columbia- and Virginia-class boats". Only the last name of such a list
 * carries the word "class", so the dictionary, which knows "Gato-class" or "Kongo class", sees the others as bare
 * names (issue 9, wave 5: reference prose lists classes this way and the first ones were missed). A capitalised
 * name (one to three words) is a class when "name class" is a ship class of the knowledge base and the list it
 * starts runs, over names, commas, "and"/"or" and dangling hyphens only, into "class" or "classes" within
 * {@link #REACH} tokens.
 */
final class ShipClassLists extends FinderRun {

    /** How far the list may run to its "class": five names with their joiners. */
    private static final int REACH = 12;

    ShipClassLists(ExtractionContext c) {
        super(c);
    }

    /** The class whose elliptic name starts at token i, or null. */
    Span<WeaponForm> at(int i) {
        if (t.kind[i] != Tokens.ALPHA || !Character.isUpperCase(t.form[i].charAt(0)) || caps[i]) {
            return null;
        }
        for (int words = 3; words >= 1; words--) {
            int end = i + words;
            // cheap tests first: this runs at every capitalised word the dictionary did not match
            if (end >= n || !isJoiner(end) && !t.key[end].equals("classes") || !capitalisedRun(i, end)) {
                continue;
            }
            String name = t.text.substring(t.start[i], t.end[end - 1]);
            Weapon w = d.weaponByForm.get(Tokens.fold(name + "-class"));
            if (w == null) {
                w = d.weaponByForm.get(Tokens.fold(name + " class"));
            }
            if (w != null && ShipContext.isShip(w) && listReachesClass(end)) {
                return new Span<>(i, end, new WeaponForm(w, name, false, false));
            }
        }
        return null;
    }

    private boolean capitalisedRun(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.kind[k] != Tokens.ALPHA || !Character.isUpperCase(t.form[k].charAt(0))
                    || k > from && t.sep[k] != Tokens.SEP_SPACE) {
                return false;
            }
        }
        return true;
    }

    /**
     * From the end of the first name: a joiner must come first (a dangling hyphen, a comma, "and", "or"), then
     * capitalised names and joiners only, until "class"/"classes" (hyphenated or not).
     */
    private boolean listReachesClass(int end) {
        if (end < n && t.kind[end] == Tokens.ALPHA && t.key[end].equals("classes")) {
            return true; // the list's last name: "the Kongo, Atago and Maya classes"
        }
        if (end >= n || !isJoiner(end)) {
            return false;
        }
        for (int k = end; k < n && k < end + REACH; k++) {
            c.steps++;
            if (t.sep[k] >= Tokens.SEP_NEWLINE || sentenceStart[k]) {
                return false;
            }
            if (t.kind[k] == Tokens.ALPHA && (t.key[k].equals("class") || t.key[k].equals("classes"))) {
                return k > end;
            }
            boolean name = t.kind[k] == Tokens.ALPHA && Character.isUpperCase(t.form[k].charAt(0));
            if (!name && !isJoiner(k)) {
                return false;
            }
        }
        return false;
    }

    /** A comma, "and", "or", or a dangling hyphen ("Gato- and"; the tokeniser keeps a hyphen before a space). */
    private boolean isJoiner(int k) {
        return t.kind[k] == Tokens.PUNCT && (t.text.charAt(t.start[k]) == ',' || t.text.charAt(t.start[k]) == '-')
                || t.kind[k] == Tokens.ALPHA && (t.key[k].equals("and") || t.key[k].equals("or"));
    }
}
