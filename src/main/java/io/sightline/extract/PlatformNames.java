package io.sightline.extract;

import java.util.List;
import java.util.Set;

import io.sightline.extract.ExtractionData.WeaponForm;
import io.sightline.extract.PersonRun.Word;

/**
 * Capitalised runs that name a ship, a vehicle or a group of them after a person, for
 * {@link NameRules}: "USS Winston S. Churchill", "the Charles de Gaulle", "the Eisenhower aircraft
 * carrier", "the Churchill and Cromwell tanks". A thing named after a person is no mention of that
 * person, even a known one.
 */
final class PlatformNames extends FinderRun {

    /** Words that follow a ship's name in a group or class: "the Eisenhower strike group", "Nimitz class". */
    static final Set<String> SHIP_GROUP_WORDS = Set.of("carrier", "strike", "battle", "task", "class", "destroyer",
            "frigate", "submarine", "cruiser");

    private final SpanIndex<WeaponForm> weapons;

    PlatformNames(ExtractionContext c) {
        super(c);
        weapons = c.weapons;
    }

    /** "USS Carney", "the destroyer Carney", "the cruiser General Belgrano": a ship prefix or thing noun right before the run. */
    boolean afterShipWord(int runStart) {
        return runStart > 0 && t.kind[runStart - 1] == Tokens.ALPHA
                && (d.shipPrefixes.contains(t.form[runStart - 1])
                        || d.thingNouns.contains(t.form[runStart - 1]) && t.sep[runStart] < Tokens.SEP_NEWLINE);
    }

    /**
     * "the Charles de Gaulle sailed": a name the weapons knowledge base knows as a platform,
     * right after "the", is the platform; people are not named with an article.
     */
    boolean theNamedPlatform(List<Word> ws) {
        if (ws.size() > 1 && t.key[ws.get(0).start()].equals("the")) {
            // "The Eisenhower strike group": the sentence's capitalised article
            ws = ws.subList(1, ws.size());
        }
        int first = ws.get(0).start();
        // "Charles de Gaulle carrier group", "the Eisenhower strike group": a ship word right after
        int after = afterCoordinatedNames(ws.get(ws.size() - 1).end());
        // "the Eisenhower aircraft carrier", "the Kuznetsov warship": a platform noun after it
        boolean platformAfter = after < n && t.kind[after] == Tokens.ALPHA && t.sep[after] == Tokens.SEP_SPACE
                && (SHIP_GROUP_WORDS.contains(t.form[after]) || d.platformNouns.containsKey(t.form[after])
                        || t.form[after].equals("aircraft") && after + 1 < n && t.key[after + 1].equals("carrier"));
        if (platformAfter && (weapons.covers(first) || first > 0 && isThe(first - 1))) {
            return true;
        }
        if (first == 0 || !isThe(first - 1) || !weapons.covers(first)) {
            return false;
        }
        Span<WeaponForm> wm = weapons.at(first);
        return wm.start() == first && wm.end() >= ws.get(ws.size() - 1).end() && wm.value().weapon() != null;
    }

    /**
     * "two amphibious ships, the Gamal Abdel Nasser and the Anwar El Sadat", "the carriers include the
     * Theodore Roosevelt, the Abraham Lincoln": names listed each with its own article are ships (or
     * other things), since English lists people without one. The run follows "the" and a neighbouring
     * item of the list is "the" + a capitalised word too (wave-5 ships-check and the encyclopaedia probe
     * read four such ships as people; known people, unknown names alike). Full names only: a lone
     * surname so listed is a modifier ("the Putin government"), and the person's other mentions stand.
     */
    boolean theListedName(List<Word> ws) {
        int first = ws.get(0).start();
        if (ws.size() < 2 || first < 1 || !isThe(first - 1)) {
            return false; // "the Putin government and the ...": one word is a surname used as a modifier
        }
        int after = ws.get(ws.size() - 1).end();
        int k = after;
        if (k < n && t.isPunct(k, ',')) {
            k++;
        }
        if (k < n && t.kind[k] == Tokens.ALPHA && (t.key[k].equals("and") || t.key[k].equals("or"))) {
            k++;
        }
        boolean nextListed = k > after && k + 1 < n && isThe(k) && t.isCapitalised(k + 1);
        int b = first - 2;
        if (b >= 0 && t.kind[b] == Tokens.ALPHA && (t.key[b].equals("and") || t.key[b].equals("or"))) {
            b--;
        }
        if (b >= 0 && t.isPunct(b, ',')) {
            b--;
        }
        boolean previousListed = b < first - 2 && b >= 1 && t.kind[b] == Tokens.ALPHA && t.isCapitalised(b)
                && theBeforeName(b);
        return nextListed || previousListed;
    }

    private boolean isThe(int k) {
        return t.kind[k] == Tokens.ALPHA && t.key[k].equals("the");
    }

    /** "the" before the capitalised words that end at {@code last} (up to four of them). */
    private boolean theBeforeName(int last) {
        for (int k = last; k >= Math.max(0, last - 4); k--) {
            if (isThe(k)) {
                return k < last;
            }
            if (t.kind[k] != Tokens.ALPHA || !t.isCapitalised(k) && !d.nameParticles.contains(t.form[k])) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the noun of a list of names starts: "the Churchill and Cromwell tanks", "the Nimitz,
     * Ford and Vinson carriers" share the noun after the last name, so the first name is a
     * platform as much as the last (reference prose lists tank and ship types named after people
     * this way; the wave-4 encyclopaedia probe read Churchill as the prime minister). Up to three
     * more capitalised names of up to three words, joined by commas, "and" or "or"; without such
     * a list, {@code end} itself.
     */
    private int afterCoordinatedNames(int end) {
        int k = end;
        for (int names = 0; names < 3 && k < n; names++) {
            int joiner = k;
            if (t.kind[joiner] == Tokens.PUNCT && t.form[joiner].equals(",") && joiner + 1 < n
                    && t.kind[joiner + 1] == Tokens.ALPHA && (t.key[joiner + 1].equals("and") || t.key[joiner + 1].equals("or"))) {
                joiner++;
            }
            boolean joins = t.kind[joiner] == Tokens.ALPHA ? t.key[joiner].equals("and") || t.key[joiner].equals("or")
                    : t.form[joiner].equals(",");
            int next = joiner + 1;
            int words = 0;
            while (next < n && words < 3 && t.kind[next] == Tokens.ALPHA && Character.isUpperCase(t.form[next].charAt(0))) {
                next++;
                words++;
            }
            if (!joins || words == 0) {
                break;
            }
            k = next;
        }
        return k == end || k < n && t.kind[k] == Tokens.ALPHA && d.platformNouns.containsKey(t.form[k]) ? k : end;
    }
}
