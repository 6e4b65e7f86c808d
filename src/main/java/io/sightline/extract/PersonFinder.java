package io.sightline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds people in tokenised text. A capitalised run of words is a person when, after titles
 * ("Defence Minister", "Lt. Gen.") and nationality words ("Russian") are stripped from its
 * front, it is a known person, starts with a known given name, is a surname-first name
 * ("Xi Jinping"), follows a title, or is the subject or object of "said". Runs containing an
 * organisation or place word ("Airport", "Ministry") are not people. Later bare surnames
 * ("Putin", "Li") resolve to the full name found in the same text.
 */
final class PersonFinder {

    /** A known person of the lexicon. */
    record KnownPerson(String name) {
    }

    /** A person found, with the token spans of its mentions. */
    record Found(String name, List<int[]> spans) {
    }

    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "del", "della", "di", "da",
            "dos", "das", "du", "la", "le", "al", "el", "bin", "ibn", "bint", "ben", "abu", "ter", "zu", "y", "e");
    /** Russian and Ukrainian middle names ("Vladimirovich", "Sergeyevna"), dropped like initials. */
    private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern
            .compile("\\p{Lu}\\p{L}+(ovich|evich|yevich|ovych|ievych|ich|ovna|evna|yevna|ivna|ichna)");
    /**
     * Capitalised words after which a name may end inside a title-case line ("... Naftali Bennett
     * After Their Meeting", "Under Secretary Jenkins Travels to ..."); any other stop word right
     * after a name means the whole is an organisation or a place.
     */
    private static final Set<String> TITLE_CASE_BREAKS = Set.of("And", "Or", "After", "Before", "During", "Their",
            "The", "With", "For", "From", "In", "On", "At", "By", "To", "Of", "Since", "While", "When", "As", "Travels",
            "Travel", "Meets", "Meet", "Hosts", "Host", "Visits", "Visit", "Announces", "Signs", "Says", "Calls",
            "Holds", "Speaks", "Joins", "Leads", "Welcomes", "Discusses", "Delivers", "Remarks", "Statement",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final Set<String> SUFFIXES = Set.of("Jr", "Sr", "II", "III", "IV");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "stated", "wrote", "noted",
            "warned", "stressed", "insisted", "argued", "explained", "declared", "announced", "tweeted", "posted");
    private static final Set<String> SHIP_PREFIXES = Set.of("USS", "HMS", "INS", "HMAS", "HMCS", "USNS", "JS", "ROKS",
            "TCG", "FS", "RFS");
    private static final Set<String> AFTER_NAME_NOT_PERSON = Set.of("building", "Building", "administration",
            "Administration", "era", "government", "Government", "doctrine", "Doctrine", "Act", "Center", "Centre",
            "Airport", "Bridge", "Foundation", "Institute", "Prize", "Award", "Fellowship", "Room", "Hall", "Library",
            "University", "School", "Street", "Avenue", "Square", "Museum", "Stadium", "Park", "Memorial", "Plan",
            "Program", "Programme", "Telescope", "Station", "Highway", "class", "Class", "carrier", "Fund");

    private final Set<String> givenNames;
    private final Set<String> surnamesFirst;
    private final Set<String> stopWords;
    private final PhraseMatcher<String> titles = new PhraseMatcher<>();
    private final Set<String> honorifics = new HashSet<>();
    private final PhraseMatcher<KnownPerson> known = new PhraseMatcher<>();
    private final Map<String, String> canonicalByName = new HashMap<>();

    PersonFinder() {
        givenNames = new HashSet<>(DataFiles.lines("given-names.txt").stream().map(String::strip).toList());
        surnamesFirst = new HashSet<>(DataFiles.lines("surnames-first.txt").stream().map(String::strip).toList());
        stopWords = new HashSet<>(DataFiles.lines("name-stop-words.txt").stream().map(String::strip).toList());
        for (String[] row : DataFiles.rows("person-titles.tsv", 2)) {
            if (!row[0].isEmpty()) {
                titles.add(row[0], row[1]);
                if (row[1].equals("honorific") || row[1].equals("military-rank")) {
                    honorifics.add(String.join(" ", Tokenizer.keys(row[0])));
                }
            }
        }
        for (String title : List.of("President", "Prime Minister", "Minister", "Secretary", "Gen", "General",
                "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Col", "Adm", "Lt", "Capt", "Maj", "spokesman",
                "spokeswoman", "spokesperson", "Chancellor", "King", "Queen", "Prince", "Foreign Minister",
                "Defence Minister", "Defense Minister", "Defense Secretary", "Secretary of State")) {
            titles.add(title, "political-office");
        }
        honorifics.addAll(List.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Col", "Adm", "Capt", "Maj", "Lt",
                "Sgt", "Prof", "Sir", "Dame"));
        for (String[] row : DataFiles.rows("known-people.tsv", 4)) {
            if (row[0].isEmpty()) {
                continue;
            }
            KnownPerson person = new KnownPerson(row[0]);
            known.add(row[0], person);
            canonicalByName.putIfAbsent(row[0].toLowerCase(Locale.ROOT), row[0]);
            for (String alias : DataFiles.split(row[1])) {
                known.add(alias, person);
                canonicalByName.putIfAbsent(alias.toLowerCase(Locale.ROOT), row[0]);
            }
        }
    }

    boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    /** The canonical spelling of a known person's name or alias, or the name itself. */
    String canonical(String name) {
        return canonicalByName.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    /**
     * @param blocked token positions already taken by countries or weapons ("Russian" in "Russian
     *                President Vladimir Putin" is blocked and only stripped, never part of a name)
     */
    List<Found> find(List<Token> tokens, boolean[] blocked) {
        Map<String, List<int[]>> spans = new LinkedHashMap<>();
        boolean[] used = new boolean[tokens.size()];
        List<int[]> singles = new ArrayList<>();

        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (!token.isCapitalised() || used[i]) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i);
            Span span = null;
            int singleStart = -1;
            boolean singleHonorific = false;
            // Try the run and then ever shorter tails of it: the name is at the end of role phrases
            // ("Russian President Vladimir Putin", "Political Director Jernej Muller").
            for (int start = i; start < end && span == null; start++) {
                if (blocked[start] || stopWords.contains(tokens.get(start).text()) || !tokens.get(start).word()) {
                    continue;
                }
                TitleEnd title = titleEndingAt(tokens, start, i);
                if (title.title() && title.to() > start) {
                    continue;
                }
                if (titles.longestAt(tokens, start) != null && titles.longestAt(tokens, start).to() < end) {
                    continue; // a title starts here: the name comes after it
                }
                int candidateEnd = start + 1;
                while (candidateEnd < end && !blocked[candidateEnd]
                        && !stopWords.contains(tokens.get(candidateEnd).text())) {
                    candidateEnd++;
                }
                if (candidateEnd < end && !blocked[candidateEnd]
                        && !TITLE_CASE_BREAKS.contains(tokens.get(candidateEnd).text())) {
                    continue; // "James Webb Space Telescope": an organisation or place word follows
                }
                span = accept(tokens, blocked, start, candidateEnd, title.title() || appositiveTitle(tokens, candidateEnd),
                        title.honorific());
                if (span == null && candidateEnd - start == 1 && singleStart < 0) {
                    singleStart = start;
                    singleHonorific = title.honorific();
                }
            }
            if (span != null) {
                spans.computeIfAbsent(span.name, k -> new ArrayList<>()).add(new int[] { span.from, span.to });
                for (int k = span.from; k < span.to; k++) {
                    used[k] = true;
                }
            } else if (singleStart >= 0 && tokens.get(singleStart).isCapitalised() && !tokens.get(singleStart).isAllCaps()) {
                singles.add(new int[] { singleStart, singleStart + 1, singleHonorific ? 1 : 0 });
            }
            // A title-case line can hold several names: go on right after the one found.
            i = span != null ? Math.max(span.to, i + 1) : Math.max(end, i + 1);
        }
        resolveSingles(tokens, spans, singles, used);
        List<Found> found = new ArrayList<>();
        spans.forEach((name, list) -> found.add(new Found(name, list)));
        return found;
    }

    private record Span(String name, int from, int to) {
    }

    /** Whether a title ends right before {@code start} (within the run or just before it), and of what kind. */
    private record TitleEnd(boolean title, boolean honorific, int to) {
    }

    private TitleEnd titleEndingAt(List<Token> tokens, int start, int runStart) {
        for (int from = Math.max(0, Math.min(runStart, start) - 4); from < start; from++) {
            PhraseMatcher.Match<String> title = titles.longestAt(tokens, from);
            if (title == null) {
                continue;
            }
            int to = title.to();
            if (to < tokens.size() && tokens.get(to).is(".") && to + 1 == start) {
                to++;
            }
            if (to == start) {
                boolean honorific = honorifics.contains(keys(tokens, title.from(), title.to()));
                return new TitleEnd(true, honorific, to);
            }
        }
        return new TitleEnd(false, false, start);
    }

    /** Decides whether tokens [start, end) name a person, and how. */
    private Span accept(List<Token> tokens, boolean[] blocked, int start, int end, boolean titled, boolean honorific) {
        // known people first: "Putin", "Xi Jinping", "Antony J. Blinken"
        PhraseMatcher.Match<KnownPerson> knownMatch = known.longestAt(tokens, start);
        boolean compound = knownMatch != null && knownMatch.to() < tokens.size()
                && tokens.get(knownMatch.to()).afterHyphen() && tokens.get(knownMatch.to()).isCapitalised();
        if (knownMatch != null && knownMatch.to() <= end && !compound) {
            return new Span(knownMatch.value().name(), start, knownMatch.to());
        }
        List<Integer> nameTokens = new ArrayList<>();
        for (int k = start; k < end; k++) {
            Token token = tokens.get(k);
            if (stopWords.contains(token.text()) || blocked[k]) {
                return null;
            }
            if (token.word()) {
                nameTokens.add(k);
            }
        }
        if (nameTokens.isEmpty() || nameTokens.size() > 5) {
            return null;
        }
        if (start > 0 && SHIP_PREFIXES.contains(tokens.get(start - 1).text())) {
            return null;
        }
        if (end < tokens.size() && AFTER_NAME_NOT_PERSON.contains(tokens.get(end).text())) {
            return null;
        }
        if (end < tokens.size() && tokens.get(end).is("'") && end + 2 < tokens.size()
                && AFTER_NAME_NOT_PERSON.contains(tokens.get(end + 2).text())) {
            return null;
        }
        Token first = tokens.get(nameTokens.get(0));
        int words = countNameWords(tokens, nameTokens);
        boolean given = givenNames.contains(first.text()) || givenNames.contains(first.key());
        boolean surnameFirst = surnamesFirst.contains(first.text()) && words >= 2 && words <= 3
                && nameTokens.stream().skip(1).allMatch(k -> tokens.get(k).text().length() <= 10
                        && !givenNames.contains(tokens.get(k).text()));
        boolean speech = words >= 2 && words <= 3 && (followedBySpeech(tokens, end) || precededBySpeech(tokens, start)
                || affiliation(tokens, start, end));
        boolean accepted = (given && words >= 2) || surnameFirst || (titled && words >= 2 && words <= 4) || speech;
        if (!accepted) {
            return null;
        }
        if (words == 1 && !honorific) {
            return null;
        }
        String name = name(tokens, nameTokens);
        return name == null ? null : new Span(canonical(name), start, end);
    }

    /** Words of a name; a single-letter initial does not count. */
    private static int countNameWords(List<Token> tokens, List<Integer> nameTokens) {
        int count = 0;
        for (int k : nameTokens) {
            Token token = tokens.get(k);
            if (token.text().length() > 1 && !token.afterHyphen()) {
                count++;
            }
        }
        return count;
    }

    /** "Antony J. Blinken" → "Antony Blinken"; "Lee Jae-myung" and "al-Assad" keep their hyphens. */
    private static String name(List<Token> tokens, List<Integer> nameTokens) {
        StringBuilder name = new StringBuilder();
        for (int k : nameTokens) {
            Token token = tokens.get(k);
            boolean initial = token.text().length() == 1 && Character.isUpperCase(token.text().charAt(0));
            boolean patronymic = k != nameTokens.get(0) && k != nameTokens.get(nameTokens.size() - 1)
                    && PATRONYMIC.matcher(token.text()).matches();
            if (initial || patronymic || SUFFIXES.contains(token.text())) {
                continue;
            }
            if (name.length() > 0) {
                name.append(token.afterHyphen() ? "-" : " ");
            }
            name.append(token.text());
        }
        String result = name.toString();
        return result.contains(" ") || result.contains("-") ? result : result.isEmpty() ? null : result;
    }

    /** End (exclusive) of the capitalised run starting at {@code from}. */
    private int runEnd(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (i > from && token.afterNewline()) {
                break;
            }
            if (token.word() && (token.isCapitalised() || (i > from && token.afterHyphen() && !token.afterSpace()))) {
                if (token.isAllCaps() && token.text().length() > 1 && !SUFFIXES.contains(token.text())
                        && !honorifics.contains(token.text())) {
                    break;
                }
                i++;
            } else if (token.word() && i > from && PARTICLES.contains(token.text()) && particleLeadsToName(tokens, i)) {
                i++;
            } else if (token.is(".") && i > from && tokens.get(i - 1).text().length() <= 4
                    && (tokens.get(i - 1).text().length() == 1 || titles.longestAt(tokens, i - 1) != null)
                    && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised()) {
                i++; // "J." in "Antony J. Blinken", "Gen." in "Lt. Gen. X"
            } else {
                break;
            }
        }
        return i;
    }

    /** "von der Leyen": particles followed, possibly through more particles, by a capitalised word. */
    private static boolean particleLeadsToName(List<Token> tokens, int i) {
        int k = i;
        while (k < tokens.size() && tokens.get(k).word() && PARTICLES.contains(tokens.get(k).text())) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isCapitalised() && k - i <= 2;
    }

    private boolean precededByTitle(List<Token> tokens, int start) {
        for (int back = 1; back <= 3 && start - back >= 0; back++) {
            PhraseMatcher.Match<String> title = titles.longestAt(tokens, start - back);
            if (title != null && (title.to() == start
                    || (title.to() == start - 1 && tokens.get(start - 1).is(".")))) {
                return true;
            }
        }
        return false;
    }

    /** "Anze Logar, Minister of Foreign Affairs": a title right after the name and a comma. */
    private boolean appositiveTitle(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || !tokens.get(end).is(",")) {
            return false;
        }
        int at = end + 1;
        while (at < tokens.size() && tokens.get(at).word() && stopWords.contains(tokens.get(at).text())
                && titles.longestAt(tokens, at) == null && at < end + 4) {
            at++; // "Slovenian Ministry ..." is no title, but "Deputy Foreign Minister" is
        }
        return at < tokens.size() && titles.longestAt(tokens, at) != null;
    }

    /** "with Indrani Bagchi of The Times of India", "Rich Edson from Fox News". */
    private static boolean affiliation(List<Token> tokens, int start, int end) {
        if (start == 0 || end + 1 >= tokens.size()) {
            return false;
        }
        String before = tokens.get(start - 1).text();
        boolean introduced = Set.of("with", "by", "and", ":", ".", ",").contains(before);
        String after = tokens.get(end).text();
        return introduced && (after.equals("of") || after.equals("from")) && tokens.get(end + 1).isCapitalised();
    }

    private static boolean followedBySpeech(List<Token> tokens, int end) {
        int k = end;
        if (k < tokens.size() && tokens.get(k).is(",")) {
            return false;
        }
        return k < tokens.size() && SPEECH.contains(tokens.get(k).text());
    }

    private static boolean precededBySpeech(List<Token> tokens, int start) {
        return start > 0 && SPEECH.contains(tokens.get(start - 1).text());
    }

    private static String keys(List<Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (tokens.get(k).word()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(tokens.get(k).key());
            }
        }
        return out.toString();
    }

    /**
     * Bare single names: a surname (or a surname-first family name) of a person found in the same
     * text is a mention of that person; otherwise only a name after an honorific or rank counts
     * ("Mr. Smith"), as just that name.
     */
    private void resolveSingles(List<Token> tokens, Map<String, List<int[]>> spans, List<int[]> singles, boolean[] used) {
        Map<String, String> byPart = new HashMap<>();
        for (String name : spans.keySet()) {
            String[] parts = name.split(" ");
            if (parts.length >= 2) {
                byPart.putIfAbsent(parts[parts.length - 1], name);
                if (surnamesFirst.contains(parts[0])) {
                    byPart.putIfAbsent(parts[0], name);
                }
                String particle = lastNameWithParticles(parts);
                byPart.putIfAbsent(particle, name);
            }
        }
        // also every later capitalised token equal to a known surname, even inside other runs
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (used[k] || !token.isCapitalised() || token.isAllCaps()) {
                continue;
            }
            String name = byPart.get(token.text());
            if (name != null && !(k + 1 < tokens.size() && tokens.get(k + 1).isCapitalised()
                    && !tokens.get(k + 1).isAllCaps() && !stopWords.contains(tokens.get(k + 1).text()))) {
                spans.get(name).add(new int[] { k, k + 1 });
                used[k] = true;
            }
        }
        for (int[] single : singles) {
            if (used[single[0]] || single[2] == 0) {
                continue;
            }
            String text = tokens.get(single[0]).text();
            if (stopWords.contains(text) || text.length() < 2) {
                continue;
            }
            spans.computeIfAbsent(canonical(text), n -> new ArrayList<>()).add(new int[] { single[0], single[1] });
        }
    }

    private static String lastNameWithParticles(String[] parts) {
        int k = parts.length - 1;
        while (k > 1 && PARTICLES.contains(parts[k - 1])) {
            k--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(parts, k, parts.length));
    }
}
