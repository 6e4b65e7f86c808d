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
}
