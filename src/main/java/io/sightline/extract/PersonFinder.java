package io.sightline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.sightline.extract.ExtractionData.CountryForm;
import io.sightline.extract.ExtractionData.KnownPerson;
import io.sightline.extract.ExtractionData.PersonForm;
import io.sightline.extract.ExtractionData.Risk;
import io.sightline.extract.ExtractionData.TitleKind;
import io.sightline.extract.ExtractionData.WeaponForm;

/**
 * People: capitalised runs after titles ({@code person-titles.tsv}) and nationality words are
 * stripped from their front, judged by the known-people lexicon, given names, surname-first
 * names, titles, age appositives and speech verbs; canonicalised through the lexicon; bare later
 * mentions ("Putin", "Li", "Mr. Smith") resolved to the full names of the same text. See
 * docs/extraction.md for the rules and the cases behind them.
 *
 * <p>Middle initials are dropped from every name ("Antony J. Blinken" and an unknown
 * "John Q. Public" become "Antony Blinken" and "John Public"), as are patronymics and suffixes.
 */
final class PersonFinder implements EntityFinder {

    /** Words after a ship's name that say it is the ship ("the Truman carrier strike group"). */
    static final Set<String> SHIP_GROUP_WORDS = Set.of("carrier", "strike", "battle", "task", "class", "destroyer",
            "frigate", "submarine", "cruiser");

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

    @Override
    public EntityType type() {
        return EntityType.PERSON;
    }

    @Override
    public boolean claimsTokens() {
        return true;
    }

    @Override
    public void match(ExtractionContext context) {
        new Run(context).matchTitles();
        context.knownPeople = SpanIndex.longestAtWordStarts(context.data.peopleTrie, context.text);
    }

    @Override
    public List<PersonEntity> resolve(ExtractionContext context) {
        return new Run(context).people();
    }

    /** The state of resolving one text. */
    private static final class Run extends FinderRun {
        final SpanIndex<CountryForm> countries;
        final SpanIndex<WeaponForm> weapons;
        final SpanIndex<PersonForm> knownPeople;
        final boolean[] inTitle;
        final TitleKind[] titleEndingAt;
        /** Tokens claimed by a person mention. */
        final boolean[] personToken;

        final Map<String, List<Mention>> people = new TreeMap<>();
        /** Name words of each person (folded), for resolving later bare mentions. */
        final Map<String, List<String>> personWords = new HashMap<>();
        final List<PendingName> pendingSingles = new ArrayList<>();
        /**
         * Words of ship names in this text ("USS Carney", "the carrier Charles de Gaulle"): a later
         * bare "the Carney's crew" is the ship again, never the known person of that surname.
         */
        final Set<String> shipWords = new HashSet<>();
        /** Word sequences seen right before an organisation or place word ("Opto Mechanik" Inc). */
        final Set<String> orgPhrases = new HashSet<>();

        Run(ExtractionContext c) {
            super(c);
            countries = c.countries;
            weapons = c.weapons;
            knownPeople = c.knownPeople;
            inTitle = c.inTitle;
            titleEndingAt = c.titleEndingAt;
            personToken = c.personToken;
        }

        List<PersonEntity> people() {
            findPeople();
            if (!orgPhrases.isEmpty()) {
                people.keySet().removeIf(name -> orgPhrases.contains(Tokens.fold(name))
                        && d.personByForm.get(Tokens.fold(name)) == null);
            }
            List<PersonEntity> persons = new ArrayList<>();
            for (Map.Entry<String, List<Mention>> e : people.entrySet()) {
                List<Mention> ms = new ArrayList<>(new TreeSet<>(e.getValue()));
                persons.add(new PersonEntity(e.getKey(), List.copyOf(ms)));
            }
            return List.copyOf(persons);
        }

        void matchTitles() {
            for (int i = 0; i < n;) {
                c.steps++;
                Span<TitleKind> m = t.kind[i] == Tokens.ALPHA ? d.titleTrie.longest(t, i, caps) : null;
                if (m == null) {
                    i++;
                    continue;
                }
                int end = m.end();
                // "Gen." / "Mr." : the full stop belongs to the title
                if (end < n && t.isPunct(end, '.') && t.sep[end] == Tokens.SEP_NONE) {
                    end++;
                }
                for (int k = m.start(); k < end; k++) {
                    inTitle[k] = true;
                }
                titleEndingAt[end] = m.value();
                i = end;
            }
        }


        // ------------------------------------------------------------ people

        /** A word: alnum tokens joined without space or by hyphens ("Jae-myung", "al-Assad"). */
        private int wordEnd(int i) {
            int j = i + 1;
            while (j < n && t.isAlnum(j) && (t.sep[j] == Tokens.SEP_NONE || t.sep[j] == Tokens.SEP_HYPHEN)) {
                j++;
            }
            return j;
        }

        /** A word as folded for look-ups ("Nausėda" -> "Nauseda"). */
        private String word(int i, int j) {
            if (j == i + 1) {
                return t.form[i];
            }
            return Tokens.normalise(t.text.substring(t.start[i], t.end[j - 1]));
        }

        /** A word as written, apostrophes straightened and dashes made hyphens: for output names. */
        private String surfaceWord(int i, int j) {
            String s = t.text.substring(t.start[i], t.end[j - 1]);
            StringBuilder b = new StringBuilder(s.length());
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                b.append(Tokens.isApostrophe(c) ? '\'' : Tokens.isHyphen(c) ? '-' : c);
            }
            return b.toString();
        }

        private boolean isNameWord(int i, int j) {
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

        void findPeople() {
            List<Word> current = new ArrayList<>();
            TitleKind runTitle = null;
            TitleKind pendingTitle = null;
            int pendingTitleEnd = -1;
            int i = 0;
            while (i < n) {
                c.steps++;
                if (t.kind[i] != Tokens.ALPHA) {
                    // an initial "J." continues a run
                    if (t.isPunct(i, '.') && !current.isEmpty() && isInitial(current.get(current.size() - 1))
                            && i + 1 < n && t.isCapitalised(i + 1) && (t.sep[i + 1] == Tokens.SEP_SPACE
                                    || t.sep[i + 1] == Tokens.SEP_NONE && t.form[i + 1].length() == 1)) {
                        i++;
                        continue;
                    }
                    flush(current, runTitle);
                    i++;
                    continue;
                }
                if (inTitle[i] && !knownStartsAt(i)) {
                    int e = titleRunEnd(i);
                    if (followedByName(e)) {
                        flush(current, runTitle);
                        pendingTitle = titleEndingAt[e] == null ? TitleKind.ROLE : titleEndingAt[e];
                        pendingTitleEnd = e;
                        i = e;
                        continue;
                    }
                }
                int j = wordEnd(i);
                boolean contiguous = false;
                if (!current.isEmpty()) {
                    Word last = current.get(current.size() - 1);
                    contiguous = t.sep[i] == Tokens.SEP_SPACE && last.end() == i
                            || isInitial(last) && last.end() + 1 == i
                                    && (t.sep[i] == Tokens.SEP_SPACE || t.sep[i] == Tokens.SEP_NONE);
                }
                boolean nameWord = isNameWord(i, j)
                        || (d.nameParticles.contains(t.form[i]) && j == i + 1 && nextIsCapitalised(j)
                                && (contiguous || current.isEmpty()));
                if (nameWord) {
                    if (!contiguous) {
                        flush(current, runTitle);
                        runTitle = pendingTitleEnd == i ? pendingTitle : null;
                    }
                    current.add(new Word(i, j));
                } else {
                    flush(current, runTitle);
                }
                i = j;
            }
            flush(current, runTitle);
            resolveBareMentions();
        }

        /** The end of each run of title tokens, computed once (see {@link #titleRunEnd}). */
        private int[] titleRunEnd;

        /**
         * Where the run of title tokens holding token i ends. Scanning the run at every token was
         * quadratic: 1 MB of "Mr. Dr. Gen. Col. " took 17.7 s; one pass from the right makes it linear.
         */
        private int titleRunEnd(int i) {
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

        /** After a particle: more particles, then a capitalised word ("von der Leyen"). */
        private boolean nextIsCapitalised(int j) {
            for (int k = j; k < n && k < j + 3; k++) {
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

        private boolean knownStartsAt(int i) {
            return knownPeople.covers(i) && knownPeople.at(i).start() == i
                    && !knownPeople.at(i).value().alias();
        }

        /** Titles that are ordinary words ("General", "Major") count only before a capitalised word. */
        private boolean followedByName(int j) {
            return j < n && (t.sep[j] == Tokens.SEP_SPACE || t.sep[j] == Tokens.SEP_NONE) && t.kind[j] == Tokens.ALPHA
                    && (t.isCapitalised(j) || inTitle[j] || (d.nameParticles.contains(t.form[j])
                            && (wordEnd(j) > j + 1 || nextIsCapitalised(j + 1))));
        }

        private boolean isInitial(Word w) {
            return w.end() == w.start() + 1 && !countries.covers(w.start()) && t.form[w.start()].length() == 1 && Character.isUpperCase(t.form[w.start()].charAt(0))
                    && w.end() < n && t.isPunct(w.end(), '.');
        }

        /** A middle initial written without its full stop: the "W" of "George W Bush". */
        private boolean isBareInitial(Word w) {
            return w.end() == w.start() + 1 && t.kind[w.start()] == Tokens.ALPHA && t.form[w.start()].length() == 1
                    && Character.isUpperCase(t.form[w.start()].charAt(0)) && !caps[w.start()];
        }

        private void flush(List<Word> words, TitleKind titleBefore) {
            if (words.isEmpty()) {
                return;
            }
            List<Word> ws = new ArrayList<>(words);
            words.clear();
            considerRun(ws, titleBefore);
        }

        private void considerRun(List<Word> ws, TitleKind titleBefore) {
            int runStart = ws.get(0).start();
            boolean shipName = runStart > 0 && t.kind[runStart - 1] == Tokens.ALPHA
                    && (d.shipPrefixes.contains(t.form[runStart - 1])
                            || d.thingNouns.contains(t.form[runStart - 1]) && t.sep[runStart] < Tokens.SEP_NEWLINE);
            if (shipName || theNamedPlatform(ws)) {
                // a ship or thing named after a person is no mention of that person, even a known one
                for (Word w : ws) {
                    shipWords.add(Tokens.fold(word(w.start(), w.end())));
                }
                return;
            }
            // "On Monday USS Winston S. Churchill sailed": a ship prefix inside the run starts a ship name
            for (int k = 0; k + 1 < ws.size(); k++) {
                Word w = ws.get(k);
                if (w.end() == w.start() + 1 && d.shipPrefixes.contains(t.form[w.start()])) {
                    for (Word rest : ws.subList(k + 1, ws.size())) {
                        shipWords.add(Tokens.fold(word(rest.start(), rest.end())));
                    }
                    if (k > 0) {
                        considerRun(new ArrayList<>(ws.subList(0, k)), titleBefore);
                    }
                    return;
                }
            }
            if (headline[runStart] || allCaps(ws)) {
                // headlines and capitals: known people, names the body gives in full, and
                // given name + surname ("Secretary Antony J. Blinken and ...")
                if (claimKnown(ws)) {
                    return;
                }
                if (!allCaps(ws)) {
                    // split the headline run at ordinary words: "Wendy R. Sherman With Bret Baier"
                    int segStart = 0;
                    for (int k = 0; k <= ws.size(); k++) {
                        boolean cut = k == ws.size() || isStopWord(ws.get(k))
                                || ws.get(k).end() == ws.get(k).start() + 1 && d.englishWords.contains(t.key[ws.get(k).start()])
                                        && !d.givenNames.contains(t.form[ws.get(k).start()]);
                        if (cut) {
                            if (k > segStart) {
                                headlineSegment(ws.subList(segStart, k), segStart == 0 ? titleBefore : null);
                            }
                            segStart = k + 1;
                        }
                    }
                }
                for (Word w : ws) {
                    if (!personToken[w.start()]) {
                        pendingSingles.add(new PendingName(w.start(), w.end(), NameEvidence.NONE));
                    }
                }
                return;
            }
            // known full names anywhere in the run
            if (claimKnown(ws)) {
                return;
            }
            // strip leading words that are not names
            int from = 0;
            while (from < ws.size()) {
                Word w = ws.get(from);
                String f = t.form[w.start()];
                boolean given = d.givenNames.contains(f) || d.givenNames.contains(word(w.start(), w.end()));
                boolean country = countries.covers(w.start()) && countries.at(w.start()).value().code() != null
                        && countries.at(w.start()).end() <= lastTokenOf(ws, from) + 1;
                if (country && from + 1 < ws.size()
                        && countries.at(w.start()).value().risk() == Risk.PERSON_NAME) {
                    Word nextWord = ws.get(from + 1);
                    if (!isStopWord(nextWord) && !countries.covers(nextWord.start())
                            && !d.englishWords.contains(t.key[nextWord.start()])) {
                        given = true;
                        country = false;
                    }
                }
                boolean stop = d.nameStopWords.contains(f) && !given;
                boolean sentenceWord = sentenceStart[w.start()] && !given
                        && (!d.surnamesFirst.contains(f) || f.length() <= 3 && d.englishWords.contains(t.key[w.start()]))
                        && (d.englishWords.contains(t.key[w.start()]) || ws.size() == 1);
                boolean particleFirst = d.nameParticles.contains(f) && w.end() == w.start() + 1 && t.isLower(w.start());
                if (particleFirst) {
                    // "President von der Leyen", "von der Leyen said": a surname with particles
                    Word last = ws.get(ws.size() - 1);
                    pendingSingles.add(new PendingName(w.start(), last.end(), titleBefore != null ? NameEvidence.AFTER_TITLE : NameEvidence.NONE));
                    return;
                }
                if (country && !given) {
                    // skip the whole country match
                    int end = countries.at(w.start()).end();
                    while (from < ws.size() && ws.get(from).start() < end) {
                        from++;
                    }
                    titleBefore = null;
                    continue;
                }
                // "IAEA DG Grossi", "CNN anchor": an acronym before the name is an organisation
                boolean acronym = w.end() == w.start() + 1 && t.form[w.start()].length() >= 3 && t.isAllCaps(w.start()) && !given
                        && from + 1 < ws.size();
                // "North Hykeham", "South Yorkshire": a compass word opens a place
                boolean compass = d.compassWords.contains(f) && w.end() == w.start() + 1 && from + 1 < ws.size();
                if (stop || sentenceWord || particleFirst || acronym || compass
                        || isInitial(w) && from == 0 && ws.size() == 1) {
                    if (sentenceWord && !stop) {
                        pendingSingles.add(new PendingName(w.start(), w.end(), NameEvidence.NONE));
                    }
                    from++;
                    titleBefore = null;
                    continue;
                }
                break;
            }
            List<Word> name = new ArrayList<>(ws.subList(from, ws.size()));
            if (name.isEmpty()) {
                return;
            }
            for (int k = 1; k < name.size() - 1; k++) {
                Word w = name.get(k);
                if (d.givenNames.contains(t.form[w.start()]) && !d.englishWords.contains(t.key[w.start()])) {
                    boolean ordinaryBefore = true;
                    for (int m = 0; m < k; m++) {
                        Word b = name.get(m);
                        if (!(d.englishWords.contains(t.key[b.start()]) && b.end() == b.start() + 1 || isStopWord(b))
                                || d.givenNames.contains(t.form[b.start()])) {
                            ordinaryBefore = false;
                        }
                    }
                    if (ordinaryBefore) {
                        name = new ArrayList<>(name.subList(k, name.size()));
                        titleBefore = TitleKind.ROLE;
                    }
                    break;
                }
            }
            // an organisation or place word anywhere: "Ben Gurion Airport", "Lockheed Martin Corporation"
            int lastStop = -1;
            for (int k = 0; k < name.size(); k++) {
                if (isStopWord(name.get(k))) {
                    lastStop = k;
                }
            }
            if (lastStop >= 0) {
                // "Opto Mechanik Inc", "Ben Gurion Airport": the words before are an organisation or place
                if (lastStop > 0) {
                    StringBuilder org = new StringBuilder();
                    for (int k = 0; k < lastStop; k++) {
                        org.append(k > 0 ? " " : "").append(Tokens.fold(word(name.get(k).start(), name.get(k).end())));
                    }
                    orgPhrases.add(org.toString());
                }
                name = new ArrayList<>(name.subList(lastStop + 1, name.size()));
                titleBefore = null;
                if (name.isEmpty()) {
                    return;
                }
            }
            // a weapons system inside the run: "Storm Shadow"
            for (Word w : name) {
                if (weapons.covers(w.start())) {
                    Span<WeaponForm> wm = weapons.at(w.start());
                    if (wm.value().weapon() != null && !wm.value().needsContext() || wm.value().blocked()) {
                        return;
                    }
                }
            }
            while (name.size() >= 2 && d.postNominals.contains(t.form[name.get(name.size() - 1).start()])) {
                name.remove(name.size() - 1);
            }
            // "Tudor England", "United Russia", "under President Ortega Nicaragua is": a country
            // closing the run is not part of the name
            while (name.size() >= 2 && endsWithCountry(name)) {
                int cs = countries.at(name.get(name.size() - 1).start()).start();
                while (!name.isEmpty() && name.get(name.size() - 1).start() >= cs) {
                    name.remove(name.size() - 1);
                }
                if (name.isEmpty()) {
                    return;
                }
            }
            if (name.size() >= 3) {
                Word lastWord = name.get(name.size() - 1);
                if (lastWord.end() == lastWord.start() + 1 && d.englishWords.contains(t.key[lastWord.start()])
                        && !isInitial(name.get(name.size() - 2)) && !isBareInitial(name.get(name.size() - 2))
                        && !d.givenNames.contains(t.form[lastWord.start()]) && !isPatronymic(t.key[name.get(1).start()])
                        && !(lastWord.end() < n && d.speechVerbs.contains(t.form[lastWord.end()]))) {
                    name.remove(name.size() - 1);
                }
            }
            int endTok = name.get(name.size() - 1).end();
            if (endTok < n && t.kind[endTok] == Tokens.ALPHA && d.afterNameBlockers.contains(t.form[endTok])
                    && t.sep[endTok] != Tokens.SEP_NEWLINE) {
                return;
            }
            if (endTok < n && t.kind[endTok] == Tokens.POSSESSIVE && endTok + 1 < n
                    && d.afterNameBlockers.contains(t.form[endTok + 1])) {
                // "Biden's administration" still names Biden
            }
            if (name.size() == 1) {
                Word w = name.get(0);
                if (titleBefore != null && (titleBefore == TitleKind.HONORIFIC || titleBefore == TitleKind.MILITARY_RANK)
                        && !isInitial(w)) {
                    pendingSingles.add(new PendingName(w.start(), w.end(), NameEvidence.AFTER_HONORIFIC_OR_RANK));
                } else {
                    pendingSingles.add(new PendingName(w.start(), w.end(), titleBefore != null && titleEndingAt[w.start()] != null ? NameEvidence.AFTER_TITLE : NameEvidence.NONE));
                }
                return;
            }
            int nameWords = 0;
            for (Word w : name) {
                if (!isInitial(w) && !d.nameParticles.contains(t.form[w.start()]) || w.end() > w.start() + 1) {
                    nameWords++;
                }
            }
            if (nameWords > 5) {
                for (Word w : name) {
                    pendingSingles.add(new PendingName(w.start(), w.end(), NameEvidence.NONE));
                }
                return;
            }
            if (!isPerson(name, titleBefore)) {
                for (Word w : name) {
                    pendingSingles.add(new PendingName(w.start(), w.end(), NameEvidence.NONE));
                }
                return;
            }
            addPerson(name);
        }

        /**
         * "the Charles de Gaulle sailed": a name the weapons knowledge base knows as a platform,
         * right after "the", is the platform; people are not named with an article.
         */
        private boolean theNamedPlatform(List<Word> ws) {
            if (ws.size() > 1 && t.key[ws.get(0).start()].equals("the")) {
                // "The Eisenhower strike group": the sentence's capitalised article
                ws = ws.subList(1, ws.size());
            }
            int first = ws.get(0).start();
            // "Charles de Gaulle carrier group", "the Eisenhower strike group": a ship word right after
            int after = ws.get(ws.size() - 1).end();
            if (after < n && t.kind[after] == Tokens.ALPHA && SHIP_GROUP_WORDS.contains(t.form[after])
                    && (weapons.covers(first) || first > 0 && t.kind[first - 1] == Tokens.ALPHA
                            && t.key[first - 1].equals("the"))) {
                return true;
            }
            if (first == 0 || t.kind[first - 1] != Tokens.ALPHA || !t.key[first - 1].equals("the")
                    || !weapons.covers(first)) {
                return false;
            }
            Span<WeaponForm> wm = weapons.at(first);
            return wm.start() == first && wm.end() >= ws.get(ws.size() - 1).end() && wm.value().weapon() != null;
        }

        /** A piece of a headline run: a person if it is given name + surname, or follows a title. */
        private void headlineSegment(List<Word> seg, TitleKind titleBefore) {
            int words = 0;
            for (Word w : seg) {
                if (!isInitial(w)) {
                    words++;
                }
            }
            if (words < 2 || words > 4) {
                return;
            }
            Word first = seg.get(0);
            boolean given = d.givenNames.contains(t.form[first.start()]) || d.givenNames.contains(word(first.start(), first.end()));
            if (!given && (titleBefore == null || words > 3)) {
                return;
            }
            for (Word w : seg) {
                if (countries.covers(w.start()) || weapons.covers(w.start())) {
                    return;
                }
            }
            int p = first.start() - 1;
            if (p >= 0 && t.kind[p] == Tokens.ALPHA && d.locativeWords.contains(t.form[p]) && t.sep[first.start()] < Tokens.SEP_NEWLINE) {
                return;
            }
            addPerson(new ArrayList<>(seg));
        }

        private int lastTokenOf(List<Word> ws, int from) {
            return ws.get(ws.size() - 1).end() - 1;
        }

        /** The run's last word ends a country match that is not also a person's name. */
        private boolean endsWithCountry(List<Word> name) {
            Word last = name.get(name.size() - 1);
            if (!countries.covers(last.start())) {
                return false;
            }
            Span<CountryForm> m = countries.at(last.start());
            return m.value().code() != null && m.value().risk() == Risk.NONE && m.end() == last.end()
                    && m.start() > name.get(0).start() && !knownPeople.covers(last.start());
        }

        private boolean isStopWord(Word w) {
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
            if (!d.nameStopWords.contains(f) && !d.nameStopWords.contains(word(w.start(), w.end()))) {
                return false;
            }
            // "Park Min-seo": a family name that is also a place word, before a hyphenated given name
            if (d.surnamesFirst.contains(f) && w.end() < n && t.sep[w.end()] == Tokens.SEP_SPACE && t.isCapitalised(w.end())
                    && wordEnd(w.end()) > w.end() + 1 && t.sep[w.end() + 1] == Tokens.SEP_HYPHEN) {
                return false;
            }
            return true;
        }

        private boolean allCaps(List<Word> ws) {
            for (Word w : ws) {
                if (!caps[w.start()]) {
                    return false;
                }
            }
            return true;
        }

        /** Claims known full names inside the run; true if the run is entirely a known name. */
        private boolean claimKnown(List<Word> ws) {
            boolean any = false;
            boolean all = true;
            for (Word w : ws) {
                if (!knownPeople.covers(w.start())) {
                    all = false;
                    continue;
                }
                Span<PersonForm> m = knownPeople.at(w.start());
                if (m.value().alias()) {
                    all = false;
                    continue;
                }
                if (m.start() == w.start()) {
                    addMention(m.value().person().name(), m.start(), m.end());
                    any = true;
                }
            }
            return any && all;
        }

        private boolean isPerson(List<Word> name, TitleKind titleBefore) {
            Word first = name.get(0);
            Word last = name.get(name.size() - 1);
            String f0 = t.form[first.start()];
            String w0 = word(first.start(), first.end());
            if (titleBefore != null) {
                return true;
            }
            // places named like people: "near São Paulo", "on Diego Garcia", "the village of Bint Jbeil"
            int p = first.start() - 1;
            boolean sameLine = t.sep[first.start()] < Tokens.SEP_NEWLINE;
            if (sameLine && p >= 0 && t.kind[p] == Tokens.ALPHA && d.locativeWords.contains(t.form[p]) && !aboutPerson(p)) {
                return false;
            }
            if (sameLine && p >= 1 && t.form[p].equals("of") && d.placeNouns.contains(t.key[p - 1])) {
                return false;
            }
            // "the French newspaper Le Monde", "Leeds band Kaiser Chiefs": named after a thing's noun
            if (sameLine && p >= 0 && t.kind[p] == Tokens.ALPHA && d.thingNouns.contains(t.form[p])) {
                return false;
            }
            int q = last.end();
            if (q < n && t.kind[q] == Tokens.ALPHA && d.placeNouns.contains(t.form[q])) {
                return false;
            }
            // a weapons system named like a person, with a weapon word near: "Charles de Gaulle carrier group"
            if (weapons.covers(first.start())) {
                Span<WeaponForm> wm = weapons.at(first.start());
                if (wm.start() == first.start() && wm.end() >= last.end() - 1 && wm.value().weapon() != null && WeaponFinder.cueNear(c, wm)) {
                    return false;
                }
            }
            if (name.size() == 3 && isPatronymic(Tokens.fold(word(name.get(1).start(), name.get(1).end())))) {
                return true;
            }
            if (d.givenNames.contains(w0) || d.givenNames.contains(f0)) {
                // "Mark Twain"... an ordinary capitalised word after a given name is still a surname
                return !allEnglishAfterFirst(name) || name.size() == 2;
            }
            // "the Sun Willis plays": a family name that is also a word, after an article, is that word
            boolean afterArticle = p >= 0 && sameLine && t.kind[p] == Tokens.ALPHA && t.key[p].equals("the")
                    && d.englishWords.contains(t.key[first.start()]);
            if (d.surnamesFirst.contains(f0) && name.size() <= 3 && !afterArticle) {
                boolean ok = true;
                for (int k = 1; k < name.size(); k++) {
                    Word w = name.get(k);
                    String wf = t.form[w.start()];
                    if (d.englishWords.contains(t.key[w.start()]) && w.end() == w.start() + 1 || isStopWord(w)
                            || countries.covers(w.start())) {
                        ok = false;
                    }
                    if (wf.length() > 8 && w.end() == w.start() + 1) {
                        ok = false;
                    }
                }
                if (ok) {
                    return true;
                }
            }
            // speech: "X Y said", "said X Y", "X Y, the minister"; not for ordinary words ("Radio Liberty")
            if (allEnglish(name)) {
                return false;
            }
            int after = last.end();
            if (after < n && t.kind[after] == Tokens.ALPHA && d.speechVerbs.contains(t.form[after])) {
                return true;
            }
            if (after + 1 < n && t.isPunct(after, ',')) {
                int k = after + 1;
                if (t.kind[k] == Tokens.ALPHA && t.form[k].equals("who") && !allEnglish(name)) {
                    return true;
                }
                // "Annabella Holmes, 47, ...": an age
                if (t.kind[k] == Tokens.DIGIT && t.form[k].length() <= 3 && k + 1 < n
                        && (t.isPunct(k + 1, ',') || t.isPunct(k + 1, ')')) && !allEnglish(name)) {
                    return true;
                }
                // "X Y, a portfolio manager", "X Y, director general of ..."
                for (int m = k; m < n && m < k + 6; m++) {
                    if (t.kind[m] == Tokens.PUNCT || t.sep[m] >= Tokens.SEP_NEWLINE) {
                        break;
                    }
                    if (t.kind[m] == Tokens.ALPHA && (d.roleHeads.contains(t.key[m]) || inTitle[m] && t.isLower(m))) {
                        return true;
                    }
                }
            }
            int before = first.start() - 1;
            if (before >= 0 && t.kind[before] == Tokens.ALPHA && (t.form[before].equals("said")
                    || t.form[before].equals("says") || t.form[before].equals("by") && before > 0
                            && t.form[before - 1].equals("written"))) {
                return true;
            }
            if (before >= 1 && t.form[before].equals("to") && t.form[before - 1].equals("according")) {
                return true;
            }
            return false;
        }

        /**
         * "an update on Marc Fogel", "a deflection off Tony Hibbert": "on" after a word of talk or
         * pressure means "about", and "off" is a place only after a word of ships and coasts.
         */
        private boolean aboutPerson(int p) {
            String prep = t.key[p];
            if (!prep.equals("on") && !prep.equals("off") || p == 0 || t.kind[p - 1] != Tokens.ALPHA) {
                return false;
            }
            String before = t.key[p - 1];
            return prep.equals("on") ? d.onAboutWords.contains(before) : !d.offPlaceWords.contains(before);
        }

        private static boolean isPatronymic(String lower) {
            return lower.length() > 6 && (lower.endsWith("ovich") || lower.endsWith("evich") || lower.endsWith("ovna")
                    || lower.endsWith("evna") || lower.endsWith("ivna") || lower.endsWith("ovych")
                    || lower.endsWith("ivych") || lower.endsWith("yich") || lower.endsWith("ichna"));
        }

        private boolean allEnglish(List<Word> name) {
            for (Word w : name) {
                if (w.end() != w.start() + 1 || !d.englishWords.contains(t.key[w.start()])) {
                    return false;
                }
            }
            return true;
        }

        private boolean allEnglishAfterFirst(List<Word> name) {
            for (int k = 1; k < name.size(); k++) {
                Word w = name.get(k);
                if (w.end() != w.start() + 1 || !d.englishWords.contains(t.key[w.start()])) {
                    return false;
                }
            }
            return true;
        }

        private void addPerson(List<Word> name) {
            List<String> parts = new ArrayList<>();
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
                if (isInitial(w) || (w.end() == w.start() + 1 && word.length() == 1)) {
                    continue;
                }
                if (d.nameSuffixes.contains(word) && k > 0) {
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
                parts.add(word);
            }
            boolean realWord = false;
            for (String part : parts) {
                for (int c = 0; c < part.length(); c++) {
                    if (Character.isDigit(part.charAt(c))) {
                        return;
                    }
                }
                if (part.length() >= 2 && !part.endsWith(".")) {
                    realWord = true;
                }
            }
            if (!realWord) {
                return;
            }
            String raw = String.join(" ", parts);
            KnownPerson known = d.personByForm.get(Tokens.fold(raw));
            if (known == null && parts.size() > 2) {
                known = d.personByForm.get(Tokens.fold(parts.get(0) + " " + parts.get(parts.size() - 1)));
            }
            String canonical = known != null ? known.name() : raw;
            int s = name.get(0).start();
            int e = name.get(name.size() - 1).end();
            addMention(canonical, s, e);
        }

        private void addMention(String canonical, int s, int e) {
            people.computeIfAbsent(canonical, k -> new ArrayList<>()).add(mention(s, e));
            for (int k = s; k < e; k++) {
                personToken[k] = true;
            }
            personWords.computeIfAbsent(canonical, k -> nameKeys(canonical));
        }

        private static List<String> nameKeys(String canonical) {
            List<String> keys = new ArrayList<>();
            for (String p : canonical.split(" ")) {
                keys.add(Tokens.fold(p));
            }
            return keys;
        }

        /** Bare "Putin", "Li", "von der Leyen", "Mr. Smith": resolved against the full names of this text. */
        private Map<String, String> resolvePending() {
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
                KnownPerson titled = kind != null ? knownByTitle(key, titleHead(s)) : null;
                who = bySurname.get(key);
                if (who != null && titled != null && !titled.name().equals(who)) {
                    // the text's own "Mike Herzog" does not take "President Herzog" when the
                    // lexicon knows him as an ambassador and knows a President Herzog
                    KnownPerson docPerson = d.personByForm.get(Tokens.fold(who));
                    String head = Tokens.fold(titleHead(s)).replace("defense", "defence");
                    if (docPerson != null && !roleHas(docPerson, head) && roleHas(titled, head)) {
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
                if (who == null && w.evidence() == NameEvidence.AFTER_HONORIFIC_OR_RANK && e == s + 1
                        && (titleHead(s).equals("Sir") || titleHead(s).equals("Dame"))) {
                    // "Sir Howard" after "Sir Howard Newby": these honorifics go with the given name
                    who = byGivenName(key);
                }
                if (who == null && w.evidence() == NameEvidence.AFTER_HONORIFIC_OR_RANK && !caps[s] && !headline[s] && !isStopWord(w.word())
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

        /** The one person of the text whose name starts with this given name, or null. */
        private String byGivenName(String key) {
            String found = null;
            for (Map.Entry<String, List<String>> e : personWords.entrySet()) {
                List<String> parts = e.getValue();
                if (parts.size() >= 2 && parts.get(0).equals(key)) {
                    if (found != null) {
                        return null;
                    }
                    found = e.getKey();
                }
            }
            return found;
        }

        private static int firstStart(List<Mention> ms) {
            int min = Integer.MAX_VALUE;
            for (Mention m : ms) {
                min = Math.min(min, m.start());
            }
            return min;
        }

        private void resolveBareMentions() {
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

        /**
         * "Al Mansoori" after "Saif Al Mansoori", "Smith" (from "Mr. Smith") after "John Smith":
         * a name whose words end another name of the text, or begin a surname-first one, is that person.
         */
        private void mergeShortNames() {
            List<String> names = new ArrayList<>(people.keySet());
            // The longer names by the hash of each of their word suffixes, and by their first word:
            // comparing every name with every other took 1 MB of made-up "Mr. Qba Qfe said." 7
            // minutes (39,000 names); looked up, each name costs its own words (issue 10, finding 4).
            // Hashes, not the suffixes themselves: a run of 100,000 capitalised words has 100,000
            // suffixes, quadratic to copy.
            Map<Integer, List<String>> bySuffix = new HashMap<>();
            Map<String, List<String>> byFirstWord = new HashMap<>();
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
            }
            for (String shorter : names) {
                List<String> sw = personWords.get(shorter);
                if (sw == null) {
                    continue;
                }
                // a longer name that ends with this one's words, or begins with its one word
                List<String> candidates = new ArrayList<>(bySuffix.getOrDefault(sw.hashCode(), List.of()));
                if (sw.size() == 1) {
                    candidates.addAll(byFirstWord.getOrDefault(sw.get(0), List.of()));
                }
                String target = null;
                boolean ambiguous = false;
                for (String longer : candidates) {
                    c.steps++;
                    List<String> lw = personWords.get(longer);
                    if (lw == null || longer.equals(shorter) || lw.size() <= sw.size()) {
                        continue; // merged into another name meanwhile
                    }
                    boolean suffix = lw.subList(lw.size() - sw.size(), lw.size()).equals(sw);
                    boolean prefix = sw.size() == 1 && lw.get(0).equals(sw.get(0));
                    if (!suffix && !prefix) {
                        continue; // another suffix with the same hash
                    }
                    if (target != null && !target.equals(longer)) {
                        ambiguous = true;
                        break;
                    }
                    target = longer;
                }
                if (target != null && !ambiguous && d.personByForm.get(Tokens.fold(shorter)) == null
                        || target != null && !ambiguous && sw.size() == 1) {
                    people.get(target).addAll(people.remove(shorter));
                    personWords.remove(shorter);
                }
            }
        }

        private static boolean roleHas(KnownPerson p, String head) {
            String role = " " + Tokens.fold(p.role()).replace("defense", "defence").replaceAll("[^a-z]+", " ") + " ";
            return !head.isEmpty() && role.contains(" " + head + " ");
        }

        /** The last word of the title right before token s ("Minister" in "Foreign Minister Hayashi"). */
        private String titleHead(int s) {
            int k = s - 1;
            while (k >= 0 && t.kind[k] != Tokens.ALPHA) {
                k--;
            }
            return k >= 0 ? t.form[k] : "";
        }

        /** The one known person with this surname, or the one whose role names the title's head word. */
        private KnownPerson knownByTitle(String surnameKey, String head) {
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

        private boolean blockedAfter(int e) {
            if (e < n && t.kind[e] == Tokens.ALPHA && (t.form[e].equals("administration")
                    || t.form[e].equals("Administration") || t.form[e].equals("era"))) {
                return true;
            }
            // "Biden-Harris Administration"
            return e < n && t.sep[e] == Tokens.SEP_HYPHEN && t.isCapitalised(e);
        }

        private static String capitalise(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

    }
}
