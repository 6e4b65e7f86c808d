package io.sightline.extract;

import java.util.List;

/**
 * Nouns of role that introduce an unknown name, for {@link NameRules} (wave 5): "Honduran drug
 * trafficker Herlinda Moreno", "two Kenyan nationals, Abdi Farah and Badru Salim", "the Canal
 * Administrator Ricardo Vega", "former Minister of Justice Sakeus Ndapewa". Names of Africa, Latin
 * America and the Middle East often have no given name the lexicon knows, so the noun before them is
 * their only evidence (people-dev-3: 8 of the 25 missed people stood after such a noun). Only runs
 * that already look like an unknown name count ({@link NameRules#nameShaped}).
 */
final class NounPhraseCues extends PersonRun {

    NounPhraseCues(ExtractionContext c, Found found) {
        super(c, found);
    }

    /** A role noun, singular or plural: "trafficker", "nationals", "Administrator", "leaders". */
    boolean introducer(int k) {
        if (k < 0 || k >= n || t.kind[k] != Tokens.ALPHA) {
            return false;
        }
        String key = t.key[k];
        String singular = key.length() > 4 && key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
        return d.roleHeads.contains(key) || d.nameIntroducers.contains(key) || d.roleHeads.contains(singular)
                || d.nameIntroducers.contains(singular);
    }

    /**
     * The run starting at token s stands right after a role noun ("trafficker Herlinda Moreno",
     * "Canal Administrator Ricardo Vega") or after a lower-case one and a comma
     * ("nationals, Abdi Farah"; not a colon: "our partners: UnderPresident Biden, we hosted" was
     * read as a name in the corpus).
     */
    boolean introducedBefore(int s) {
        if (s < 1 || t.sep[s] >= Tokens.SEP_NEWLINE) {
            return false;
        }
        int p = s - 1;
        if (t.kind[p] == Tokens.PUNCT && t.isPunct(p, ',')) {
            return p > 0 && t.isLower(p - 1) && introducer(p - 1);
        }
        // right before: lower case, or capitalised as part of an office ("Canal Administrator")
        return introducer(p) && !caps[p];
    }

    /**
     * Where a capitalised role noun inside the run is followed by the name: the index of the noun
     * in "Canal Administrator Ricardo Vega", or -1.
     */
    int introducerInside(List<Word> name) {
        for (int k = name.size() - 3; k >= 0; k--) {
            Word w = name.get(k);
            if (w.end() == w.start() + 1 && t.isCapitalised(w.start()) && introducer(w.start())) {
                return k;
            }
        }
        return -1;
    }

    /** Words of a sentence about ships, besides the ship nouns of {@code thing-nouns.txt}. */
    private static final java.util.Set<String> SHIP_CUES = java.util.Set.of("class", "navy", "naval", "ship", "ships",
            "vessel", "vessels", "sailed", "commissioned", "hull");

    /**
     * "the Mistral-class ENS Gamal Abdel Nasser", "ENS Anwar El Sadat sailed with the frigates": a
     * ship named after a person, never the person (the held-out error). The run follows
     * "-class", or opens with a navy's prefix (all capitals, ending in "S": Egyptian Navy Ship,
     * His Thai Majesty's Ship) in a sentence about ships. Prefixes the ship word list knows are
     * read before this ({@link PlatformNames}); this catches the ones it does not.
     */
    boolean shipNamedAfterPerson(List<Word> ws) {
        for (int k = 0; k + 1 < ws.size(); k++) {
            int last = ws.get(k).end() - 1;
            if (last > ws.get(k).start() && t.key[last].equals("class") && t.sep[last] == Tokens.SEP_HYPHEN) {
                return true; // "Mistral-class ENS Gamal Abdel Nasser": the class word opens the run
            }
        }
        int s = ws.get(0).start();
        if (s >= 2 && t.kind[s - 1] == Tokens.ALPHA && t.key[s - 1].equals("class") && t.sep[s - 1] == Tokens.SEP_HYPHEN) {
            return true;
        }
        String f = t.form[s];
        if (ws.size() < 2 || ws.get(0).end() != s + 1 || f.length() < 2 || f.length() > 5 || !t.isAllCaps(s)
                || caps[s] || f.charAt(f.length() - 1) != 'S') {
            return false;
        }
        for (int k = s - 1; k >= 0 && k >= s - 25; k--) {
            if (t.kind[k] == Tokens.PUNCT && (t.isPunct(k, '.') || t.isPunct(k, '?')) || t.sep[k + 1] >= Tokens.SEP_NEWLINE) {
                break;
            }
            if (t.kind[k] == Tokens.ALPHA && (SHIP_CUES.contains(t.key[k]) || d.thingNouns.contains(t.key[k])
                    && d.platformNouns.containsKey(t.key[k]))) {
                return true;
            }
        }
        for (int k = ws.get(ws.size() - 1).end(); k < n && k < s + 25; k++) {
            if (t.kind[k] == Tokens.PUNCT && (t.isPunct(k, '.') || t.isPunct(k, '?'))) {
                break;
            }
            if (t.kind[k] == Tokens.ALPHA && SHIP_CUES.contains(t.key[k])) {
                return true;
            }
        }
        return false;
    }
}
