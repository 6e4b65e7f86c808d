package io.sightline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.sightline.extract.ExtractionData.KnownPerson;

/**
 * The canonical form of a person's name, for {@link NameRules}: the lexicon's name when it knows
 * the person, else the name as written without initials and patronymics. Two things of the name
 * stay as the text writes them (wave 5): a generational suffix ("Ferdinand Marcos Jr.", "Ralph
 * Puckett, Jr." becomes "Ralph Puckett Jr."), because father and son are two people, and the ayn or
 * hamza apostrophe opening or closing a word ("Hani 'Abd al-Majid", "Jami' 'Ali Muhammad").
 */
final class PersonNames extends PersonRun {

    /** Suffixes that may follow a name after a comma ("Surangel Whipps, Jr."); a roman numeral after a comma is a list. */
    static final Set<String> JUNIOR_SENIOR = Set.of("Jr", "Sr", "Jnr", "Snr");

    PersonNames(ExtractionContext c, Found found) {
        super(c, found);
    }

    /** The generational suffix as the canonical name writes it: "Jr." for "Jr"/"Jnr", "Sr." for "Sr"/"Snr". */
    static String suffixForm(String written) {
        return switch (written) {
            case "Jr", "Jnr" -> "Jr.";
            case "Sr", "Snr" -> "Sr.";
            default -> written;
        };
    }

    /**
     * "Whipps, Jr.": a comma, then a suffix, right after the name word ending before token
     * {@code comma}: the run goes on over the comma.
     */
    boolean commaSuffixAt(int comma) {
        int k = comma + 1;
        return k < n && t.isPunct(comma, ',') && t.sep[comma] == Tokens.SEP_NONE && t.kind[k] == Tokens.ALPHA
                && t.sep[k] == Tokens.SEP_SPACE && JUNIOR_SENIOR.contains(t.form[k])
                && (k + 1 >= n || t.kind[k + 1] != Tokens.ALPHA || t.sep[k + 1] != Tokens.SEP_NONE);
    }

    /**
     * "Jami' 'Ali": an ayn apostrophe closing a capitalised name word (not after an "s", where it
     * is a plural possessive: "the Powers' U-2"), with another name word after it.
     */
    boolean closingAynAt(int k) {
        if (k < 1 || k + 1 >= n || t.kind[k] != Tokens.PUNCT || !t.isPunct(k, '\'') || t.sep[k] != Tokens.SEP_NONE
                || t.kind[k - 1] != Tokens.ALPHA || t.sep[k + 1] != Tokens.SEP_SPACE) {
            return false;
        }
        String before = t.form[k - 1];
        char last = before.charAt(before.length() - 1);
        return last != 's' && last != 'S' && !caps[k - 1] && (t.isCapitalised(k + 1) || aynAt(k + 1));
    }

    /** Where the name's mention ends. */
    int nameEnd(List<Word> name) {
        return name.get(name.size() - 1).end();
    }

    /** The canonical name of a run judged to be a person, or null when it holds no real name word. */
    String canonical(List<Word> name) {
        List<String> parts = new ArrayList<>();
        String suffix = null;
        int k0 = 0;
        // a name that starts with initials keeps them as written: "A.P. Singh", "J.D. Vance"
        if (isInitial(name.get(0)) && name.size() >= 2) {
            int k = 0;
            while (k < name.size() - 1 && isInitial(name.get(k))) {
                k++;
            }
            Word lastInitial = name.get(k - 1);
            parts.add(t.text.substring(t.start[name.get(0).start()], t.end[lastInitial.end()]));
            k0 = k;
        }
        for (int k = k0; k < name.size(); k++) {
            Word w = name.get(k);
            String word = surfaceWord(w.start(), w.end());
            // "José Francisco Merino y Ramos": the "y" between the two surnames stays
            boolean conjunction = k > k0 && k < name.size() - 1 && d.nameParticles.contains(word) && t.isLower(w.start());
            if (!conjunction && (isInitial(w) || (w.end() == w.start() + 1 && word.length() == 1))) {
                continue;
            }
            if (d.nameSuffixes.contains(word) && k > 0) {
                if (k == name.size() - 1) {
                    suffix = suffixForm(word);
                }
                continue;
            }
            boolean middle = k > 0 && k < name.size() - 1;
            String lower = Tokens.fold(word);
            if (middle && name.size() >= 3 && (lower.endsWith("ovich") || lower.endsWith("evich")
                    || lower.endsWith("ovna") || lower.endsWith("evna") || lower.endsWith("ivna")
                    || lower.endsWith("ovych") || lower.endsWith("ivych") || lower.endsWith("yich")
                    || lower.endsWith("ich") && lower.length() > 7)) {
                continue;
            }
            if ((lower.equals("ogly") || lower.equals("oglu") || lower.equals("kyzy") || lower.equals("uulu")
                    || lower.equals("qizi")) && parts.size() >= 2) {
                parts.remove(parts.size() - 1);
                continue;
            }
            // "Hani 'Abd al-Majid": the ayn opening a word is part of it
            parts.add(w.start() > 0 && aynAt(w.start() - 1) ? "'" + word : word);
        }
        boolean realWord = false;
        for (String part : parts) {
            for (int c = 0; c < part.length(); c++) {
                if (Character.isDigit(part.charAt(c))) {
                    return null;
                }
            }
            if (part.length() >= 2 && !part.endsWith(".")) {
                realWord = true;
            }
        }
        if (!realWord) {
            return null;
        }
        String raw = String.join(" ", parts);
        KnownPerson known = suffix != null ? knownWithSuffix(name, parts, raw, suffix) : knownAs(name, parts, raw);
        if (known != null) {
            return known.name();
        }
        return suffix != null ? raw + " " + suffix : raw;
    }

    /**
     * A name written with a suffix is the known person only when the lexicon knows that person
     * with the suffix ("Lloyd J. Austin III", "Joseph R. Biden, Jr.", "Ferdinand Romualdez Marcos
     * Jr."); the lexicon's "Ferdinand Marcos" (the father) is not "Ferdinand Marcos Jr.".
     */
    private KnownPerson knownWithSuffix(List<Word> name, List<String> parts, String raw, String suffix) {
        Word lastNameWord = name.get(name.size() - 2);
        String asWritten = surfaceWord(name.get(0).start(), lastNameWord.end());
        for (String form : List.of(raw, asWritten, parts.get(0) + " " + parts.get(parts.size() - 1))) {
            KnownPerson p = d.knownPerson(form + " " + suffix);
            if (p == null && suffix.endsWith(".")) {
                p = d.knownPerson(form + " " + suffix.substring(0, suffix.length() - 1));
            }
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private KnownPerson knownAs(List<Word> name, List<String> parts, String raw) {
        KnownPerson known = d.knownPerson(raw);
        if (known == null) {
            known = d.knownWithSecondSurname(raw);
        }
        if (known == null && parts.size() > 2) {
            known = d.knownPerson(parts.get(0) + " " + parts.get(parts.size() - 1));
        }
        if (known == null && name.size() >= 2 && name.get(1).start() == name.get(0).end() + 3) {
            // 'Benjamin "Benny" Gantz': the lexicon may know the nickname's form
            String nickname = t.form[name.get(0).end() + 1];
            known = d.knownPerson(nickname + " " + String.join(" ", parts.subList(1, parts.size())));
        }
        return known;
    }

    /** Words that close a capitalised run after a name without being a surname ("Emmanuel Macron Monday"). */
    private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final Set<String> CALENDAR_WORDS = java.util.stream.Stream.concat(WEEKDAYS.stream(),
            Set.of("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The run's last word is a weekday written as one word ("Olaf Scholz Tuesday"). */
    static boolean closedByWeekday(Tokens t, Word last) {
        return last.end() == last.start() + 1 && WEEKDAYS.contains(t.form[last.start()]);
    }

    /**
     * "Jacobo Bucaram Pulley", "Abdala Jaime Bucaram Pulley": a second surname that is also an
     * English word, after a first surname that is no word, when the text gives the two surnames to two people (Hispanic names carry
     * both parents' surnames; dropping the second merged father and sons into one person). Not a
     * word of a title, an office or a thing's name ("Joe Biden Administration"), nor a day.
     */
    boolean secondSurname(List<Word> name) {
        if (name.size() < 3) {
            return false;
        }
        Word before = name.get(name.size() - 2);
        Word last = name.get(name.size() - 1);
        String closer = t.form[last.start()];
        // the family's two surnames after different given names ("Jacobo Bucaram Pulley", "Dalo
        // Bucaram Pulley"): a given name alone was not enough, the corpus has "Dean Acheson
        // Auditorium", "Ed Sullivan Theater", "Theodore Roosevelt Renovation"
        String pair = t.text.substring(t.start[before.start()], t.end[last.start()]);
        Set<String> givenBefore = new java.util.HashSet<>();
        for (int at = t.text.indexOf(pair); at >= 0 && givenBefore.size() < 2; at = t.text.indexOf(pair, at + 1)) {
            int e = at;
            while (e > 0 && t.text.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(t.text.charAt(b - 1))) {
                b--;
            }
            givenBefore.add(t.text.substring(b, e));
        }
        boolean given = givenBefore.size() >= 2;
        return given && before.end() == before.start() + 1 && !d.englishWords.contains(t.key[before.start()])
                && !d.givenNames.contains(t.form[before.start()]) && !d.afterNameBlockers.contains(closer)
                && !CALENDAR_WORDS.contains(closer) && !isStopWord(last) && !inTitle[last.start()]
                && !d.nameIntroducers.contains(t.key[last.start()]) && !d.roleHeads.contains(t.key[last.start()]);
    }
}
