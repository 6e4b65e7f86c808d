package io.sightline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.sightline.extract.ExtractionData.CountryForm;
import io.sightline.extract.ExtractionData.PersonForm;
import io.sightline.extract.ExtractionData.TitleKind;
import io.sightline.extract.ExtractionData.WeaponForm;

/**
 * What the stages of the person finder share over one text: the spans other finders matched, the
 * people found so far with their mentions, and the lone words waiting for a full name. The stages,
 * in order: {@link TitleCues} (titles and roles before names), {@link PersonScanner} (capitalised
 * runs), {@link NameRules} (is a run a person's name, and which), {@link NameMerging} (short forms,
 * bare surnames, lists and nested names resolved against the full names of the text). Helpers every
 * stage reads (a word's forms, initials, ordinary words) live here.
 */
abstract class PersonRun extends FinderRun {

    /** A word of a capitalised run: tokens [start, end) joined without space or by hyphens ("Jae-myung"). */
    record Word(int start, int end) {
    }

    /** Why a lone word may name a person once the full names of the text are known. */
    enum NameEvidence {
        NONE,
        /** Right after "Mr.", "Dr.", "Gen." ...: an unknown bare surname counts alone. */
        AFTER_HONORIFIC_OR_RANK,
        /** Right after another title ("President Abbas"): resolved through the lexicon by role. */
        AFTER_TITLE
    }

    /** A lone word (or particle surname) waiting for the full names of the text. */
    record PendingName(int start, int end, NameEvidence evidence) {
        Word word() {
            return new Word(start, end);
        }
    }

    /** The people found in one text so far; one instance shared by all stages of a run. */
    static final class Found {
        final Map<String, List<Mention>> people = new TreeMap<>();
        /** Name words of each person (folded), for resolving later bare mentions. */
        final Map<String, List<String>> personWords = new HashMap<>();
        final List<PendingName> pendingSingles = new ArrayList<>();
        /** Name-shaped runs without evidence of their own, waiting to be seen in a list beside a person. */
        final List<List<Word>> listCandidates = new ArrayList<>();
        /**
         * Words of ship names in this text ("USS Carney", "the carrier Charles de Gaulle"): a later
         * bare "the Carney's crew" is the ship again, never the known person of that surname.
         */
        final Set<String> shipWords = new HashSet<>();
        /** Word sequences seen right before an organisation or place word ("Opto Mechanik" Inc). */
        final Set<String> orgPhrases = new HashSet<>();
    }

    final SpanIndex<CountryForm> countries;
    final SpanIndex<WeaponForm> weapons;
    final SpanIndex<PersonForm> knownPeople;
    final boolean[] inTitle;
    final TitleKind[] titleEndingAt;
    /** Tokens claimed by a person mention. */
    final boolean[] personToken;
    final Map<String, List<Mention>> people;
    final Map<String, List<String>> personWords;
    final List<PendingName> pendingSingles;
    final List<List<Word>> listCandidates;
    final Set<String> shipWords;
    final Set<String> orgPhrases;

    PersonRun(ExtractionContext c, Found found) {
        super(c);
        countries = c.countries;
        weapons = c.weapons;
        knownPeople = c.knownPeople;
        inTitle = c.inTitle;
        titleEndingAt = c.titleEndingAt;
        personToken = c.personToken;
        people = found.people;
        personWords = found.personWords;
        pendingSingles = found.pendingSingles;
        listCandidates = found.listCandidates;
        shipWords = found.shipWords;
        orgPhrases = found.orgPhrases;
    }

    /** A word: alnum tokens joined without space or by hyphens ("Jae-myung", "al-Assad"). */
    int wordEnd(int i) {
        int j = i + 1;
        while (j < n && t.isAlnum(j) && (t.sep[j] == Tokens.SEP_NONE || t.sep[j] == Tokens.SEP_HYPHEN)) {
            j++;
        }
        return j;
    }

    /** A word as folded for look-ups ("Nausėda" -> "Nauseda"). */
    String word(int i, int j) {
        if (j == i + 1) {
            return t.form[i];
        }
        return Tokens.normalise(t.text.substring(t.start[i], t.end[j - 1]));
    }

    /** A word as written, apostrophes straightened and dashes made hyphens: for output names. */
    String surfaceWord(int i, int j) {
        String s = t.text.substring(t.start[i], t.end[j - 1]);
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            b.append(Tokens.isApostrophe(c) ? '\'' : Tokens.isHyphen(c) ? '-' : c);
        }
        return b.toString();
    }

    boolean isNameWord(int i, int j) {
        if (t.kind[i] != Tokens.ALPHA) {
            return false;
        }
        String f = t.form[i];
        int apo = f.indexOf('\'');
        if (apo > 0 && apo >= f.length() - 3 && f.length() - apo <= 3 && Character.isLowerCase(f.charAt(f.length() - 1))
                && (f.endsWith("'m") || f.endsWith("'ve") || f.endsWith("'ll") || f.endsWith("'re") || f.endsWith("'d")
                        || f.endsWith("'t"))) {
            return false;
        }
        if (t.isCapitalised(i)) {
            return true;
        }
        // "al-Assad", "el-Sisi", "bin-Salman"
        return j > i + 1 && d.nameParticles.contains(t.form[i]) && t.isCapitalised(i + 1);
    }

    /**
     * An ayn or hamza apostrophe opening a capitalised name word: the "'" of "Hani 'Abd al-Majid",
     * "Sa'ad bin 'Ali" (after a space, the word right after it).
     */
    boolean aynAt(int k) {
        return k + 1 < n && t.kind[k] == Tokens.PUNCT && t.isPunct(k, '\'') && t.sep[k] == Tokens.SEP_SPACE
                && t.kind[k + 1] == Tokens.ALPHA && t.sep[k + 1] == Tokens.SEP_NONE && t.isCapitalised(k + 1);
    }

    /** After a particle: more particles, then a capitalised word ("von der Leyen", "bin 'Ali"). */
    boolean nextIsCapitalised(int j) {
        for (int k = j; k < n && k < j + 3; k++) {
            if (aynAt(k)) {
                return true;
            }
            if (t.sep[k] != Tokens.SEP_SPACE) {
                return false;
            }
            if (t.isCapitalised(k)) {
                return true;
            }
            if (!d.nameParticles.contains(t.form[k])) {
                return false;
            }
        }
        return false;
    }

    boolean knownStartsAt(int i) {
        return knownPeople.covers(i) && knownPeople.at(i).start() == i
                && !knownPeople.at(i).value().alias();
    }

    boolean isInitial(Word w) {
        return w.end() == w.start() + 1 && !countries.covers(w.start()) && t.form[w.start()].length() == 1 && Character.isUpperCase(t.form[w.start()].charAt(0))
                && w.end() < n && t.isPunct(w.end(), '.');
    }

    /** A middle initial written without its full stop: the "W" of "George W Bush". */
    boolean isBareInitial(Word w) {
        return w.end() == w.start() + 1 && t.kind[w.start()] == Tokens.ALPHA && t.form[w.start()].length() == 1
                && Character.isUpperCase(t.form[w.start()].charAt(0)) && !caps[w.start()];
    }

    int lastTokenOf(List<Word> ws, int from) {
        return ws.get(ws.size() - 1).end() - 1;
    }

    boolean isStopWord(Word w) {
        // "Non-NATO", "D-ISIS", "pro-EU": a word built on an acronym
        if (w.end() > w.start() + 1) {
            for (int k = w.start(); k < w.end(); k++) {
                if (k > w.start() && t.sep[k] == Tokens.SEP_HYPHEN && t.form[k].length() >= 2 && t.isAllCaps(k)
                        && !caps[k]) {
                    return true;
                }
            }
        }
        String f = t.form[w.start()];
        // "Lee In-young", "Moon Jae-in": a Korean given name in two hyphenated syllables is one word,
        // whatever its first syllable is alone ("In", "Do", "So")
        boolean syllables = w.end() == w.start() + 2 && t.sep[w.start() + 1] == Tokens.SEP_HYPHEN
                && t.isLower(w.start() + 1) && f.length() <= 4;
        if ((syllables || !d.nameStopWords.contains(f)) && !d.nameStopWords.contains(word(w.start(), w.end()))) {
            return false;
        }
        // "Park Min-seo": a family name that is also a place word, before a hyphenated given name
        if (d.surnamesFirst.contains(f) && w.end() < n && t.sep[w.end()] == Tokens.SEP_SPACE && t.isCapitalised(w.end())
                && wordEnd(w.end()) > w.end() + 1 && t.sep[w.end() + 1] == Tokens.SEP_HYPHEN) {
            return false;
        }
        return true;
    }

    boolean allCaps(List<Word> ws) {
        for (Word w : ws) {
            if (!caps[w.start()]) {
                return false;
            }
        }
        return true;
    }

    static boolean isPatronymic(String lower) {
        return lower.length() > 6 && (lower.endsWith("ovich") || lower.endsWith("evich") || lower.endsWith("ovna")
                || lower.endsWith("evna") || lower.endsWith("ivna") || lower.endsWith("ovych")
                || lower.endsWith("ivych") || lower.endsWith("yich") || lower.endsWith("ichna"));
    }

    boolean allEnglish(List<Word> name) {
        for (Word w : name) {
            if (w.end() != w.start() + 1 || !d.englishWords.contains(t.key[w.start()])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two to four words, every one a Burmese name syllable and at least one no English word:
     * "Sit Taing Aung", "Phyo Zeyar Thaw" (whose "Sit" and "Thaw" alone read as English).
     */
    boolean burmeseName(List<Word> name) {
        if (name.size() < 2 || name.size() > 4) {
            return false;
        }
        boolean distinctive = false;
        for (Word w : name) {
            if (w.end() != w.start() + 1 || !d.burmeseSyllables.contains(t.form[w.start()]) || caps[w.start()]) {
                return false;
            }
            distinctive |= !d.englishWords.contains(t.key[w.start()]);
        }
        return distinctive;
    }

    boolean allEnglishAfterFirst(List<Word> name) {
        for (int k = 1; k < name.size(); k++) {
            Word w = name.get(k);
            if (w.end() != w.start() + 1 || !d.englishWords.contains(t.key[w.start()])) {
                return false;
            }
        }
        return true;
    }

    void addMention(String canonical, int s, int e) {
        people.computeIfAbsent(canonical, k -> new ArrayList<>()).add(mention(s, e));
        for (int k = s; k < e; k++) {
            personToken[k] = true;
        }
        personWords.computeIfAbsent(canonical, k -> nameKeys(canonical));
    }

    /** The name's words, folded, without a generational suffix: "Ralph Puckett Jr." is "Puckett" later on. */
    static List<String> nameKeys(String canonical) {
        List<String> keys = new ArrayList<>();
        String[] parts = canonical.split(" ");
        for (int k = 0; k < parts.length; k++) {
            if (k == 0 || k < parts.length - 1 || !GENERATION_SUFFIXES.contains(parts[k])) {
                keys.add(Tokens.fold(parts[k]));
            }
        }
        return keys;
    }

    /** A canonical name's last word that is a generational suffix ({@link PersonNames#suffixForm}). */
    static final java.util.Set<String> GENERATION_SUFFIXES = java.util.Set.of("Jr.", "Sr.", "II", "III", "IV");

    static int firstStart(List<Mention> ms) {
        int min = Integer.MAX_VALUE;
        for (Mention m : ms) {
            min = Math.min(min, m.start());
        }
        return min;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
