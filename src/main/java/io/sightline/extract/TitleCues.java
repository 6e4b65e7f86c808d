package io.sightline.extract;

import java.util.List;

import io.sightline.extract.ExtractionData.KnownPerson;
import io.sightline.extract.ExtractionData.TitleKind;

/**
 * Title and role cues: where titles stand before names ("Defence Minister", "Lt. Gen.", "His
 * Highness Sheikh"), which title a name follows, and which known person a title + bare surname names
 * ("President Herzog": the one whose role has the title's head word).
 */
final class TitleCues extends PersonRun {

    /** The end of each run of title tokens, computed once (see {@link #titleRunEnd}). */
    private int[] titleRunEnd;

    TitleCues(ExtractionContext c, Found found) {
        super(c, found);
    }

    void matchTitles() {
        for (int i = 0; i < n;) {
            c.steps++;
            Span<TitleKind> m = t.kind[i] == Tokens.ALPHA ? d.titleTrie.longest(t, i, caps) : null;
            if (m == null || givenNameNotTitle(m)) {
                i++;
                continue;
            }
            int end = m.end();
            // "Gen." / "Mr." : the full stop belongs to the title
            if (end < n && t.isPunct(end, '.') && t.sep[end] == Tokens.SEP_NONE) {
                end++;
            }
            end = officeEnd(end);
            for (int k = m.start(); k < end; k++) {
                inTitle[k] = true;
            }
            titleEndingAt[end] = m.value();
            i = end;
        }
    }

    /**
     * "Mohamed bin Zayed bin Sultan Al Nahyan", "Dr. Sultan Al Jaber": an office word right after a
     * name particle or after "Dr."/"Mr." and before a capitalised word is a given name, not a title
     * (dev-3: both names were cut at "Sultan", giving a false "Al Nahyan" and "Al Jaber").
     */
    private boolean givenNameNotTitle(Span<TitleKind> m) {
        int i = m.start();
        if (m.end() != i + 1 || i == 0 || m.value() != TitleKind.POLITICAL_OFFICE || i + 1 >= n
                || !t.isCapitalised(i + 1) || t.sep[i + 1] != Tokens.SEP_SPACE) {
            return false;
        }
        boolean afterParticle = t.kind[i - 1] == Tokens.ALPHA && t.sep[i] == Tokens.SEP_SPACE && t.isLower(i - 1)
                && d.nameParticles.contains(t.form[i - 1]);
        return afterParticle || titleEndingAt[i] == TitleKind.HONORIFIC;
    }

    /** Most words an office may add to its title ("of Foreign Affairs and International Cooperation"). */
    static final int MAX_OFFICE_WORDS = 7;

    /**
     * "Minister of Unification Lee In-young", "Minister for Foreign Affairs Hayashi Yoshimasa": a
     * title ending in an office head goes on over "of"/"for" and the office's capitalised words
     * joined by "and", "the", "of", up to its last ordinary English word; a given name, another
     * title ("... International Cooperation Sheikh Abdullah") or a family name that is also a word
     * ("Park", "Lee") before a capitalised word starts the name. Returns the
     * title's end, unchanged when no office follows or no name comes after it.
     */
    private int officeEnd(int end) {
        if (end + 2 >= n || t.kind[end - 1] != Tokens.ALPHA || !d.officeHeads.contains(t.form[end - 1])
                || !(t.key[end].equals("of") || t.key[end].equals("for")) || t.sep[end] != Tokens.SEP_SPACE) {
            return end;
        }
        int k = end + 1;
        int lastOffice = -1;
        for (int words = 0; k < n && words < MAX_OFFICE_WORDS; words++) {
            c.steps++;
            if (t.kind[k] != Tokens.ALPHA || t.sep[k] != Tokens.SEP_SPACE) {
                break;
            }
            String key = t.key[k];
            boolean joint = key.equals("and") || key.equals("the") || key.equals("of") || key.equals("&");
            if (joint && k > end + 1) {
                k++;
                continue;
            }
            boolean capitalised = t.isCapitalised(k) && !caps[k];
            if (!capitalised || d.givenNames.contains(t.form[k]) || d.titleTrie.longest(t, k, caps) != null
                    || d.surnamesFirst.contains(t.form[k]) && k + 1 < n && t.isCapitalised(k + 1)) {
                break;
            }
            // the office ends at its last ordinary word: "for Asian and Oceanian Affairs" takes its
            // proper adjectives, "Funakoshi Takehiro" after it is the name
            if (d.englishWords.contains(key)) {
                lastOffice = k;
            }
            k++;
        }
        if (lastOffice < 0) {
            return end;
        }
        int after = lastOffice + 1;
        return followedByName(after) && !t.key[after].equals("and") ? after : end;
    }

    // ------------------------------------------------------------ people

    /**
     * Where the run of title tokens holding token i ends. Scanning the run at every token was
     * quadratic: 1 MB of "Mr. Dr. Gen. Col. " took 17.7 s; one pass from the right makes it linear.
     */
    int titleRunEnd(int i) {
        if (titleRunEnd == null) {
            titleRunEnd = new int[n + 1];
            titleRunEnd[n] = n;
            for (int k = n - 1; k >= 0; k--) {
                c.steps++;
                titleRunEnd[k] = inTitle[k] ? titleRunEnd[k + 1] : k;
            }
        }
        return titleRunEnd[i];
    }

    /** Titles that are ordinary words ("General", "Major") count only before a capitalised word. */
    boolean followedByName(int j) {
        return j < n && (t.sep[j] == Tokens.SEP_SPACE || t.sep[j] == Tokens.SEP_NONE) && t.kind[j] == Tokens.ALPHA
                && (t.isCapitalised(j) || inTitle[j] || (d.nameParticles.contains(t.form[j])
                        && (wordEnd(j) > j + 1 || nextIsCapitalised(j + 1))));
    }

    /** The last word of the title right before token s ("Minister" in "Foreign Minister Hayashi"). */
    String titleHead(int s) {
        int k = s - 1;
        while (k >= 0 && t.kind[k] != Tokens.ALPHA) {
            k--;
        }
        return k >= 0 ? t.form[k] : "";
    }

    /** The one known person with this surname, or the one whose role names the title's head word. */
    KnownPerson knownByTitle(String surnameKey, String head) {
        List<KnownPerson> same = d.knownBySurname.get(surnameKey);
        if (same == null || same.isEmpty()) {
            return null;
        }
        String h = Tokens.fold(head);
        if (h.equals("defense")) {
            h = "defence";
        }
        KnownPerson fit = null;
        for (KnownPerson p : same) {
            String role = " " + Tokens.fold(p.role()).replace("defense", "defence").replaceAll("[^a-z]+", " ") + " ";
            if (!h.isEmpty() && role.contains(" " + h + " ")) {
                if (fit != null) {
                    return null;
                }
                fit = p;
            }
        }
        return fit;
    }

    static boolean roleHas(KnownPerson p, String head) {
        String role = " " + Tokens.fold(p.role()).replace("defense", "defence").replaceAll("[^a-z]+", " ") + " ";
        return !head.isEmpty() && role.contains(" " + head + " ");
    }
}
