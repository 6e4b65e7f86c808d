package io.sightline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sightline.extract.ExtractionData.KnownPerson;
import io.sightline.extract.ExtractionData.PersonForm;
import io.sightline.extract.ExtractionData.TitleKind;

/**
 * Variant merging once every run is judged: names listed beside a person, bare surnames and
 * titled surnames ("Putin", "President Abbas", "Sheikh Mohamed"), short forms of long names
 * ("Nawaf Al-Sabah"), and names nested in another person's mention, all resolved against the full
 * names of the same text.
 */
final class NameMerging extends PersonRun {

    /** The Arabic article written as a separate or hyphenated word: not a name word when comparing forms. */
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "bin", "ibn", "bint");

    /**
     * Most longer names one name is compared with for {@link #mergeShortNames}: only a made-up text
     * names hundreds of people who share a first or last word, and comparing each with all of them
     * made such a text quadratic.
     */
    static final int MAX_SHORT_FORM_CANDIDATES = 256;

    /** Words that join the last items of a list of names. */
    private static final Set<String> LIST_CONJUNCTIONS = Set.of("and", "or");

    private final TitleCues titles;
    private final NameRules rules;

    NameMerging(ExtractionContext c, Found found, TitleCues titles, NameRules rules) {
        super(c, found);
        this.titles = titles;
        this.rules = rules;
    }

    /**
     * "designating Alexander Manolev, Petar Haralampiev, Krasimir Tomov, and Delyan Slavchev Peevski":
     * a name-shaped run listed beside a person (after or before a comma, "and" or "or") is a person
     * too. One pass each way carries the evidence along a list.
     */
    void acceptListedNames() {
        if (listCandidates.isEmpty()) {
            return;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < listCandidates.size(); k++) {
                List<Word> name = listCandidates.get(pass == 0 ? k : listCandidates.size() - 1 - k);
                int s = name.get(0).start();
                int e = name.get(name.size() - 1).end();
                if (!personToken[s] && (listedPersonBefore(s, e) || listedPersonAfter(s, e))) {
                    rules.addPerson(name);
                }
            }
        }
    }

    boolean isListJoint(int k) {
        return k >= 0 && k < n && (t.isPunct(k, ',') || isConjunction(k));
    }

    boolean isConjunction(int k) {
        return t.kind[k] == Tokens.ALPHA && LIST_CONJUNCTIONS.contains(t.form[k]);
    }

    /**
     * A person mention ends right before the run's "and", ", and" or comma. A lone comma is no
     * list ("Alexander Panov, Novaya Gazeta." names a reporter and his paper): it counts only when
     * the list goes on past the run or past the person.
     */
    boolean listedPersonBefore(int s, int e) {
        int k = s - 1;
        if (k < 1 || !isListJoint(k) || t.sep[s] >= Tokens.SEP_NEWLINE) {
            return false;
        }
        boolean conjunction = isConjunction(k);
        if (conjunction && k >= 2 && t.isPunct(k - 1, ',')) {
            k--; // ", and"
        }
        int last = k - 1;
        if (!personToken[last] || t.kind[last] != Tokens.ALPHA) {
            return false;
        }
        int first = last;
        while (first > 0 && (personToken[first - 1] || t.isPunct(first - 1, '.') && first >= 2 && personToken[first - 2])) {
            first--;
        }
        return conjunction || isListJoint(e) || isListJoint(first - 1);
    }

    /** A person mention starts right after the run's "and", ", and" or comma (see {@link #listedPersonBefore}). */
    boolean listedPersonAfter(int s, int e) {
        int k = e;
        if (k + 1 >= n || !isListJoint(k)) {
            return false;
        }
        boolean conjunction = isConjunction(k);
        if (t.isPunct(k, ',') && k + 2 < n && isConjunction(k + 1)) {
            k++;
            conjunction = true;
        }
        int first = k + 1;
        if (first >= n || !personToken[first] || t.sep[first] >= Tokens.SEP_NEWLINE) {
            return false;
        }
        int last = first;
        while (last + 1 < n && (personToken[last + 1] || t.isPunct(last + 1, '.') && last + 2 < n && personToken[last + 2])) {
            last++;
        }
        return conjunction || isListJoint(s - 1) || isListJoint(last + 1);
    }

    void resolveBareMentions() {
        mergeNicknames();
        mergeShortNames();
        Map<String, String> bySurname = resolvePending();
        if (!pendingSingles.isEmpty()) {
            // names resolved through the lexicon ("President von der Leyen") license later bare ones
            bySurname = resolvePending();
        }
        // "von der Leyen" after "Ursula von der Leyen"; multi-word suffixes in running text
        for (int i = 0; i < n; i++) {
            if (personToken[i] || !(d.nameParticles.contains(t.form[i]) && t.isLower(i))) {
                continue;
            }
            int j = i;
            StringBuilder key = new StringBuilder();
            while (j < n && t.kind[j] == Tokens.ALPHA && j - i < 4) {
                key.append(j > i ? " " : "").append(t.key[j]);
                j++;
                String who = bySurname.get(key.toString());
                if (who != null && t.isCapitalised(j - 1)) {
                    addMention(who, i, j);
                    break;
                }
            }
        }
    }

    /** Bare "Putin", "Li", "von der Leyen", "Mr. Smith": resolved against the full names of this text. */
    Map<String, String> resolvePending() {
        byGivenName = null;
        Map<String, String> bySurname = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        // the people of each last word, so that a shared surname does not read every name again
        Map<String, List<Map.Entry<String, List<String>>>> byLastWord = new HashMap<>();
        for (Map.Entry<String, List<String>> e : personWords.entrySet()) {
            c.steps++;
            List<String> parts = e.getValue();
            if (parts.size() < 2) {
                continue;
            }
            byLastWord.computeIfAbsent(parts.get(parts.size() - 1), key -> new ArrayList<>()).add(e);
            List<String> keys = new ArrayList<>();
            keys.add(parts.get(parts.size() - 1));
            if (d.surnamesFirst.contains(capitalise(parts.get(0)))) {
                keys.add(parts.get(0));
            }
            for (int k = 1; k < parts.size() - 1; k++) {
                keys.add(String.join(" ", parts.subList(k, parts.size())));
            }
            for (String key : keys) {
                String prev = bySurname.putIfAbsent(key, e.getKey());
                if (prev != null && !prev.equals(e.getKey())) {
                    ambiguous.add(key);
                }
            }
        }
        // a surname shared by two people of the text ("Gary Neville", "Phil Neville") still names one
        // of them, never a third person: it goes to the one named first
        for (String key : ambiguous) {
            String first = null;
            int firstAt = Integer.MAX_VALUE;
            for (Map.Entry<String, List<String>> e : byLastWord.getOrDefault(key, List.of())) {
                c.steps++;
                List<Mention> ms = people.get(e.getKey());
                int at = ms == null || ms.isEmpty() ? Integer.MAX_VALUE : firstStart(ms);
                if (first == null || at < firstAt) {
                    first = e.getKey();
                    firstAt = at;
                }
            }
            if (first != null) {
                bySurname.put(key, first);
            } else {
                bySurname.remove(key);
            }
        }
        for (PendingName w : pendingSingles) {
            int s = w.start();
            int e = w.end();
            if (personToken[s] || blockedAfter(e)) {
                continue;
            }
            String key = Tokens.fold(word(s, e));
            if (shipWords.contains(key) && !bySurname.containsKey(key)) {
                continue;
            }
            TitleKind kind = titleEndingAt[s];
            String who = null;
            // "President Herzog": the known person with that surname whose role fits the title
            KnownPerson titled = kind != null ? titles.knownByTitle(key, titles.titleHead(s)) : null;
            who = bySurname.get(key);
            if (who == null && e == s + 1 && kind != null && d.givenNameTitles.contains(titles.titleHead(s))) {
                // "Sheikh Mohamed", "King Abdullah", "Sir Howard": these titles go with the given name
                who = byGivenName(key);
            }
            if (who != null && titled != null && !titled.name().equals(who)) {
                // the text's own "Mike Herzog" does not take "President Herzog" when the
                // lexicon knows him as an ambassador and knows a President Herzog
                KnownPerson docPerson = d.personByForm.get(Tokens.fold(who));
                String head = Tokens.fold(titles.titleHead(s)).replace("defense", "defence");
                if (docPerson != null && !TitleCues.roleHas(docPerson, head) && TitleCues.roleHas(titled, head)) {
                    who = titled.name();
                }
            }
            if (who == null && knownPeople.covers(s)) {
                Span<PersonForm> m = knownPeople.at(s);
                if (m.start() == s && m.end() == e) {
                    who = m.value().person().name();
                }
            }
            if (who == null && titled != null) {
                who = titled.name();
            }
            if (who == null && w.evidence() == NameEvidence.AFTER_HONORIFIC_OR_RANK && !caps[s] && !headline[s] && !isStopWord(w.word())
                    && !titleAfterArticle(s)
                    && !countries.covers(s) && e == s + 1) {
                who = surfaceWord(s, e);
            }
            if (who != null && (!countries.covers(s) || knownPeople.covers(s) || bySurname.containsKey(key))) {
                addMention(who, s, e);
            }
        }
        pendingSingles.removeIf(w -> personToken[w.start()]);
        return bySurname;
    }

    /**
     * "the General Belgrano", "the cruiser General Belgrano", "the Admiral Gorshkov": a rank after
     * "the" or a ship word names a ship, and the word after it is no surname on its own (nor later).
     */
    boolean titleAfterArticle(int s) {
        int k = s - 1;
        while (k >= 0 && s - k <= 4 && (inTitle[k] || t.kind[k] != Tokens.ALPHA)) {
            k--;
        }
        boolean ship = k >= 0 && k < s - 1 && t.kind[k] == Tokens.ALPHA
                && (t.key[k].equals("the") || d.platformNouns.containsKey(t.key[k]) || d.thingNouns.contains(t.form[k]));
        if (ship) {
            shipWords.add(Tokens.fold(word(s, wordEnd(s))));
        }
        return ship;
    }

    /** People by first given name, built once per {@link #resolvePending} pass; null until needed. */
    private Map<String, String> byGivenName;
    private static final String AMBIGUOUS = "";

    /**
     * The one person of the text whose name starts with this given name, or null. Every "King X" or
     * "Sheikh X" used to read all names of the text (quadratic in a text of many titled names); the
     * names are indexed once per pass instead.
     */
    String byGivenName(String key) {
        if (byGivenName == null) {
            byGivenName = new HashMap<>();
            for (Map.Entry<String, List<String>> e : personWords.entrySet()) {
                c.steps++;
                List<String> parts = e.getValue();
                int first = 0;
                while (first < parts.size() - 1 && d.givenNameTitles.contains(capitalise(parts.get(first)))) {
                    first++; // the lexicon's "King Abdullah II"
                }
                if (parts.size() - first >= 2) {
                    byGivenName.merge(parts.get(first), e.getKey(), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
                }
            }
        }
        c.steps++;
        String found = byGivenName.get(key);
        return found == null || found.equals(AMBIGUOUS) ? null : found;
    }

    /**
     * "Chuck Hagel" and "Charles Hagel", "Bill Burns" and "William Burns": names that differ only in
     * a given name and its short form (name-nicknames.txt) are one person, kept under the name met
     * first (or the lexicon's). One pass with a map keyed by full given name + the other words, so
     * the work stays linear in the number of names.
     */
    void mergeNicknames() {
        Map<String, String> ownerOf = new HashMap<>();
        List<String> names = new ArrayList<>(people.keySet());
        names.sort((a, b) -> Integer.compare(firstStart(people.get(a)), firstStart(people.get(b))));
        for (String name : names) {
            c.steps++;
            List<String> words = personWords.get(name);
            List<String> heads = words == null || words.size() < 2 ? null : d.nicknameHeads.get(words.get(0));
            if (heads == null || !people.containsKey(name)) {
                continue;
            }
            String rest = String.join(" ", words.subList(1, words.size()));
            for (String head : heads) {
                String owner = ownerOf.putIfAbsent(head + " " + rest, name);
                if (owner != null && !owner.equals(name) && people.containsKey(owner)) {
                    String keep = d.personByForm.get(Tokens.fold(name)) != null
                            && d.personByForm.get(Tokens.fold(owner)) == null ? name : owner;
                    String drop = keep.equals(name) ? owner : name;
                    people.get(keep).addAll(people.remove(drop));
                    personWords.remove(drop);
                    ownerOf.put(head + " " + rest, keep);
                    break;
                }
            }
        }
    }

    /**
     * "Al Mansoori" after "Saif Al Mansoori", "Smith" (from "Mr. Smith") after "John Smith":
     * a name whose words end another name of the text, or begin a surname-first one, is that person.
     */
    void mergeShortNames() {
        List<String> names = new ArrayList<>(people.keySet());
        // Comparing every name with every other took 1 MB of made-up "Mr. Qba Qfe said." 7 minutes
        // (39,000 names; issue 10, finding 4). The longer names a shorter one can be part of are
        // looked up instead: by the hash of each word suffix (hashes, not the suffixes: a run of
        // 100,000 capitalised words has 100,000 suffixes), by first word, and by first and last
        // core word for the short forms.
        Map<Integer, List<String>> bySuffix = new HashMap<>();
        Map<String, List<String>> byFirstWord = new HashMap<>();
        Map<String, List<String>> byCoreEnd = new HashMap<>();
        Map<String, List<String>> coreOf = new HashMap<>();
        for (String longer : names) {
            List<String> lw = personWords.get(longer);
            if (lw == null || lw.size() < 2) {
                continue;
            }
            int sum = 0;
            int power = 1;
            for (int k = lw.size() - 1; k >= 1; k--) {
                c.steps++;
                // List.hashCode of lw.subList(k, size), from the one of subList(k + 1, size)
                sum += lw.get(k).hashCode() * power;
                power *= 31;
                bySuffix.computeIfAbsent(power + sum, key -> new ArrayList<>()).add(longer);
            }
            byFirstWord.computeIfAbsent(lw.get(0), key -> new ArrayList<>()).add(longer);
            List<String> core = coreWords(lw);
            coreOf.put(longer, core);
            if (core.size() >= 3) {
                byCoreEnd.computeIfAbsent("<" + core.get(0), key -> new ArrayList<>()).add(longer);
                byCoreEnd.computeIfAbsent(">" + core.get(core.size() - 1), key -> new ArrayList<>()).add(longer);
            }
        }
        for (String shorter : names) {
            List<String> sw = personWords.get(shorter);
            if (sw == null) {
                continue;
            }
            String target = null;
            boolean ambiguous = false;
            List<String> sk = coreWords(sw);
            List<String> candidates = new ArrayList<>(bySuffix.getOrDefault(sw.hashCode(), List.of()));
            if (sw.size() == 1) {
                candidates.addAll(byFirstWord.getOrDefault(sw.get(0), List.of()));
            }
            if (sk.size() >= 2) {
                // a short form keeps the longer name's first or last core word
                candidates.addAll(byCoreEnd.getOrDefault("<" + sk.get(0), List.of()));
                candidates.addAll(byCoreEnd.getOrDefault(">" + sk.get(sk.size() - 1), List.of()));
            }
            int examined = 0;
            for (String longer : candidates) {
                c.steps++;
                if (++examined > MAX_SHORT_FORM_CANDIDATES) {
                    ambiguous = true; // hundreds of people sharing a word: no text of news, no merge
                    break;
                }
                List<String> lw = personWords.get(longer);
                if (lw == null || longer.equals(shorter) || lw.size() <= sw.size()) {
                    continue;
                }
                boolean suffix = lw.subList(lw.size() - sw.size(), lw.size()).equals(sw);
                boolean prefix = sw.size() == 1 && lw.get(0).equals(sw.get(0));
                if (suffix || prefix || shortForm(sk, coreOf.get(longer))) {
                    if (target != null && !target.equals(longer)) {
                        ambiguous = true;
                        break;
                    }
                    target = longer;
                }
            }
            if (target != null && !ambiguous && d.personByForm.get(Tokens.fold(shorter)) == null
                    || target != null && !ambiguous && sw.size() == 1) {
                people.get(target).addAll(people.remove(shorter));
                personWords.remove(shorter);
            }
        }
    }

    /**
     * A name's words without particles and with hyphenated parts apart: "Nawaf Al-Sabah" is
     * [nawaf, sabah], "Mohammed bin Abdulrahman Al Thani" [mohammed, abdulrahman, thani].
     */
    List<String> coreWords(List<String> words) {
        List<String> core = new ArrayList<>();
        for (String w : words) {
            for (String part : w.split("-")) {
                if (!part.isEmpty() && !d.nameParticles.contains(part) && !ARABIC_ARTICLES.contains(part)) {
                    core.add(part);
                }
            }
        }
        return core;
    }

    /**
     * The short forms Arabic and other long names take in one text: the longer name's words in
     * order, keeping its first and last word ("Nawaf Al-Sabah" for "Nawaf Al-Ahmad Al-Jaber
     * Al-Sabah"), its first two or more words ("Mohamed bin Zayed" for "Mohamed bin Zayed Al
     * Nahyan"), or its last two or more ("Abdulrahman Al-Thani").
     */
    static boolean shortForm(List<String> shorter, List<String> longer) {
        int s = shorter.size();
        int l = longer.size();
        if (s == 0 || s >= l) {
            return false;
        }
        if (s >= 2 && (longer.subList(0, s).equals(shorter) || longer.subList(l - s, l).equals(shorter))) {
            return true;
        }
        if (s < 2 || !shorter.get(0).equals(longer.get(0)) || !shorter.get(s - 1).equals(longer.get(l - 1))) {
            return false;
        }
        int k = 0;
        for (String w : longer) {
            if (k < s && w.equals(shorter.get(k))) {
                k++;
            }
        }
        return k == s;
    }

    boolean blockedAfter(int e) {
        if (e < n && t.kind[e] == Tokens.ALPHA && (t.form[e].equals("administration")
                || t.form[e].equals("Administration") || t.form[e].equals("era"))) {
            return true;
        }
        // "Biden-Harris Administration"
        return e < n && t.sep[e] == Tokens.SEP_HYPHEN && t.isCapitalised(e);
    }

    /**
     * A name found inside another person's mention ("Abdulrahman Al-Thani" inside "Mohammed bin
     * Abdulrahman Al-Thani", read once from the lexicon and once from the run) is that person: its
     * other mentions (a later bare "Al-Thani") go to them. When only the inner name is known
     * ("Climate John Kerry", "Human Rights Uzra Zeya"), the outer one is the misreading.
     */
    void mergeNestedNames() {
        if (people.size() < 2) {
            return;
        }
        PersonMentions mentions = new PersonMentions();
        for (String inner : new ArrayList<>(people.keySet())) {
            List<Mention> own = people.get(inner);
            if (own == null) {
                continue; // merged away as an outer misreading
            }
            String outer = null;
            for (Mention m : own) {
                outer = mentions.containerOf(inner, m);
                if (outer != null) {
                    break;
                }
            }
            if (outer == null) {
                continue;
            }
            if (d.knownPerson(inner) != null && d.knownPerson(outer) == null) {
                // the lexicon's "John Kerry" inside "Climate John Kerry" (a title's last word read
                // as a name): the outer reading is the known person
                people.get(inner).addAll(people.remove(outer));
                personWords.remove(outer);
                mentions.move(outer, inner);
                continue;
            }
            List<Mention> target = people.get(outer);
            List<Mention> moved = new ArrayList<>();
            for (Mention m : people.remove(inner)) {
                if (mentions.containerOf(inner, m) == null) {
                    target.add(m);
                    moved.add(m);
                }
            }
            personWords.remove(inner);
            mentions.moveOnly(inner, outer, moved);
        }
    }

    /**
     * Every person mention with its person, sorted by start, for {@link #mergeNestedNames}: asking
     * every other person for a mention that contains one took 1 MB of made-up names (39,000
     * people) 7 minutes (issue 10, finding 4); a container starts at most the longest mention's
     * length before the mention it contains, so only that stretch is read.
     */
    private final class PersonMentions {

        /** One mention; {@code owner} follows merges, null once the mention is dropped. */
        private static final class Owned {
            final Mention mention;
            String owner;

            Owned(Mention mention, String owner) {
                this.mention = mention;
                this.owner = owner;
            }
        }

        private final List<Owned> byStart = new ArrayList<>();
        private final Map<String, List<Owned>> byOwner = new HashMap<>();
        private int longest;

        PersonMentions() {
            for (Map.Entry<String, List<Mention>> e : people.entrySet()) {
                for (Mention m : e.getValue()) {
                    Owned owned = new Owned(m, e.getKey());
                    byStart.add(owned);
                    byOwner.computeIfAbsent(e.getKey(), key -> new ArrayList<>()).add(owned);
                    longest = Math.max(longest, m.end() - m.start());
                }
            }
            byStart.sort(java.util.Comparator.comparingInt(owned -> owned.mention.start()));
        }

        /** Another person with a mention that contains m (the first by name, as people are ordered), or null. */
        String containerOf(String self, Mention m) {
            int last = lastStartingBy(m.start());
            String found = null;
            for (int k = last; k >= 0 && byStart.get(k).mention.start() >= m.end() - longest; k--) {
                c.steps++;
                Owned other = byStart.get(k);
                if (other.owner != null && !other.owner.equals(self) && m.end() <= other.mention.end()
                        && !other.mention.equals(m) && (found == null || other.owner.compareTo(found) < 0)) {
                    found = other.owner;
                }
            }
            return found;
        }

        /** All of {@code from}'s mentions are now {@code to}'s. */
        void move(String from, String to) {
            moveOnly(from, to, null);
        }

        /** The given mentions of {@code from} are now {@code to}'s (all when null); its others are dropped. */
        void moveOnly(String from, String to, List<Mention> kept) {
            List<Owned> owned = byOwner.remove(from);
            if (owned == null) {
                return;
            }
            List<Owned> target = byOwner.computeIfAbsent(to, key -> new ArrayList<>());
            Set<Mention> keep = kept == null ? null : new HashSet<>(kept);
            for (Owned each : owned) {
                if (keep == null || keep.contains(each.mention)) {
                    each.owner = to;
                    target.add(each);
                } else {
                    each.owner = null;
                }
            }
        }

        /** Index of the last mention starting at or before {@code position}, -1 if none. */
        private int lastStartingBy(int position) {
            int low = 0;
            int high = byStart.size() - 1;
            int found = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (byStart.get(middle).mention.start() <= position) {
                    found = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return found;
        }
    }
}
