package io.sightline.extract;

import java.util.ArrayList;
import java.util.List;

import io.sightline.extract.ExtractionData.CountryForm;
import io.sightline.extract.ExtractionData.KnownPerson;
import io.sightline.extract.ExtractionData.PersonForm;
import io.sightline.extract.ExtractionData.Risk;
import io.sightline.extract.ExtractionData.TitleKind;
import io.sightline.extract.ExtractionData.WeaponForm;

/**
 * Name-shape rules: whether a capitalised run is a person's name and which part of it (titles,
 * nationality words, organisation and place words, ships and platforms named after people
 * ({@link PlatformNames}),
 * headlines, ordinary English words), and the canonical name it gets (lexicon, initials,
 * patronymics and suffixes dropped).
 */
final class NameRules extends PersonRun {

    /** Words after a ship's name that say it is the ship ("the Truman carrier strike group"). */

    private final PlatformNames platforms;
    final PersonNames names;
    private final NounPhraseCues roleNouns;

    NameRules(ExtractionContext c, Found found) {
        super(c, found);
        platforms = new PlatformNames(c);
        names = new PersonNames(c, found);
        roleNouns = new NounPhraseCues(c, found);
    }

    void considerRun(List<Word> ws, TitleKind titleBefore) {
        if (ws.size() >= 3 && PersonNames.closedByWeekday(t, ws.get(ws.size() - 1))) {
            // "said Emmanuel Macron Monday": the day closes the run but is no part of the name, and as
            // a stop word it made the whole run no person
            ws = ws.subList(0, ws.size() - 1);
        }
        int runStart = ws.get(0).start();
        if (aliasAfter(runStart)) {
            // "al-Anabi, an Algerian citizen also known as Yazid Mubarak": another name of a person
            // the text has named, never a second person
            return;
        }
        if (platforms.afterShipWord(runStart) || platforms.theNamedPlatform(ws) || roleNouns.shipNamedAfterPerson(ws)) {
            // a ship or thing named after a person is no mention of that person, even a known one
            for (Word w : ws) {
                shipWords.add(Tokens.fold(word(w.start(), w.end())));
            }
            return;
        }
        if (platforms.theListedName(ws)) {
            // its words stay free for the person's other mentions: only this listed thing is no person
            return;
        }
        // "the Martin Luther King Jr. Memorial": a name inside a place's name is no mention
        Word runEnd = ws.get(ws.size() - 1);
        if (ws.size() >= 3 && PersonNames.JUNIOR_SENIOR.contains(t.form[runEnd.start()])
                && t.isPunct(runEnd.end(), '.') && namesAThing(runEnd.end() + 1) && !inTitle[runEnd.end() + 1]) {
            return;
        }
        // "the Camp Hale Trilateral Leaders' Summit": a run owning a summit or an organisation by a
        // plural possessive is that event's or body's name, no person ("David Trilateral Leaders";
        // an owner that is no word is a person: "Attorney General Consuelo Porras' July decision")
        if (ws.size() >= 2 && runEnd.end() < n && t.kind[runEnd.end()] == Tokens.PUNCT && possessiveAfter(runEnd.end())
                && t.form[runEnd.end() - 1].endsWith("s") && d.englishWords.contains(t.key[runEnd.end() - 1])
                && namesAThing(runEnd.end() + 1)) {
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
                    // a particle between name words is part of the name, capitalised as headlines
                    // write it: "Ahmed Awad Bin Mubarak", "Laurentino Cortizo De Leon"
                    boolean particle = k > segStart && k + 1 < ws.size()
                            && d.nameParticles.contains(t.key[ws.get(k).start()]);
                    boolean cut = k == ws.size() || !particle && (isStopWord(ws.get(k))
                            || ws.get(k).end() == ws.get(k).start() + 1 && d.englishWords.contains(t.key[ws.get(k).start()])
                                    && !d.givenNames.contains(t.form[ws.get(k).start()]));
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
        // "Adviser to President Ramaphosa Thandi Mokoena": a title's known bare surname, then a
        // second person's given name and surname
        if (titleBefore != null && name.size() >= 3 && knownPeople.covers(name.get(0).start())
                && knownPeople.at(name.get(0).start()).end() == name.get(0).end()
                && d.givenNames.contains(t.form[name.get(1).start()])) {
            pendingSingles.add(new PendingName(name.get(0).start(), name.get(0).end(), NameEvidence.AFTER_TITLE));
            name = new ArrayList<>(name.subList(1, name.size()));
            titleBefore = TitleKind.ROLE;
        }
        // "the Canal Administrator Ricardo Vega": a role noun inside the run introduces the name
        int introducer = roleNouns.introducerInside(name);
        if (introducer >= 0 && nameShaped(name.subList(introducer + 1, name.size()))) {
            name = new ArrayList<>(name.subList(introducer + 1, name.size()));
            titleBefore = TitleKind.ROLE;
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
        if (name.size() >= 3 && !burmeseName(name)) {
            Word lastWord = name.get(name.size() - 1);
            if (lastWord.end() == lastWord.start() + 1 && d.englishWords.contains(t.key[lastWord.start()])
                    && !isInitial(name.get(name.size() - 2)) && !isBareInitial(name.get(name.size() - 2))
                    && !d.givenNames.contains(t.form[lastWord.start()]) && !isPatronymic(t.key[name.get(1).start()])
                    && !(lastWord.end() < n && d.speechVerbs.contains(t.form[lastWord.end()]))
                    && !possessiveAfter(lastWord.end())
                    && !(allGivenNames(name.subList(0, name.size() - 1)) && !roleNouns.introducer(lastWord.start()))
                    && !names.secondSurname(name)) {
                // "Xi Jinping Thought", "Joe Biden Administration": an ordinary word closing a long run is
                // not the name's, unless the run owns something ("Francis Gary Powers' U-2" keeps Powers)
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
        if (name.size() == 2 && PersonNames.JUNIOR_SENIOR.contains(t.form[name.get(1).start()])) {
            name.remove(1); // "Colonel Puckett, Jr.", "his son, Davis, Jr.": a bare surname
        }
        if (name.size() == 1) {
            Word w = name.get(0);
            if (titleBefore != null && (titleBefore == TitleKind.HONORIFIC || titleBefore == TitleKind.MILITARY_RANK)
                    && !isInitial(w) && !roleNouns.introducer(w.start())) { // "an Honorable Fellow" is no name
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
        if (titleBefore == null && nameShaped(name) && roleNouns.introducedBefore(name.get(0).start())) {
            titleBefore = TitleKind.ROLE; // "drug trafficker Herlinda Moreno", "nationals, Abdi Farah"
        }
        if (!isPerson(name, titleBefore)) {
            for (Word w : name) {
                pendingSingles.add(new PendingName(w.start(), w.end(), NameEvidence.NONE));
            }
            if (nameShaped(name)) {
                listCandidates.add(List.copyOf(name));
            }
            return;
        }
        addPerson(name);
    }

    /**
     * "Ali Mohamed Rage", "Francis Gary Powers": only given names before the last word, so that
     * word is the surname even when it is also an ordinary word ("Xi Jinping Thought" is not).
     */
    private boolean allGivenNames(List<Word> words) {
        for (Word w : words) {
            if (!d.givenNames.contains(t.form[w.start()]) && !d.givenNames.contains(word(w.start(), w.end()))) {
                return false;
            }
        }
        return true;
    }

    /** Right after "known as", "aka" or "alias" (an alias of someone named before). */
    boolean aliasAfter(int s) {
        int p = s - 1;
        if (p < 0 || t.kind[p] != Tokens.ALPHA || t.sep[s] >= Tokens.SEP_NEWLINE) {
            return false;
        }
        return t.key[p].equals("aka") || t.key[p].equals("alias")
                || t.key[p].equals("as") && p > 0 && t.kind[p - 1] == Tokens.ALPHA && t.key[p - 1].equals("known");
    }

    /**
     * Two to four capitalised words, none an ordinary English word, country, weapon, initial or
     * organisation word: what an unknown name looks like ("Krasimir Tomov", "Mohad Moalim").
     */
    boolean nameShaped(List<Word> name) {
        if (name.size() < 2 || name.size() > 4) {
            return false;
        }
        if (burmeseName(name)) {
            return true;
        }
        for (Word w : name) {
            int s = w.start();
            if (w != name.get(0) && w.end() == s + 1 && t.isLower(s) && d.nameParticles.contains(t.form[s])) {
                continue; // "Sa'ad bin 'Ali al-Harithi"
            }
            if (caps[s] || headline[s] || isInitial(w) || isStopWord(w) || countries.covers(s) || weapons.covers(s)
                    || w.end() == s + 1 && (d.englishWords.contains(t.key[s]) || t.form[s].length() < 2)
                    || t.isAllCaps(s) && t.form[s].length() > 1) {
                return false;
            }
        }
        return true;
    }

    /** "Powers's", "Powers'": a possessive right after token {@code k}'s word, without a space. */
    private boolean possessiveAfter(int k) {
        return k < n && t.sep[k] == Tokens.SEP_NONE && (t.kind[k] == Tokens.POSSESSIVE
                || t.kind[k] == Tokens.PUNCT && Tokens.isApostrophe(t.text.charAt(t.start[k])));
    }

    /** A piece of a headline run: a person if it is given name + surname, or follows a title. */
    void headlineSegment(List<Word> seg, TitleKind titleBefore) {
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

    /** The run's last word ends a country match that is not also a person's name. */
    boolean endsWithCountry(List<Word> name) {
        Word last = name.get(name.size() - 1);
        if (!countries.covers(last.start())) {
            return false;
        }
        Span<CountryForm> m = countries.at(last.start());
        return m.value().code() != null && m.value().risk() == Risk.NONE && m.end() == last.end()
                && m.start() > name.get(0).start() && !knownPeople.covers(last.start());
    }

    /**
     * The capitalised word at {@code e} makes the name before it part of a thing's name: an
     * organisation or place word ("Center", "Building", "Act", "Hospital") or a ship word ("Carrier
     * Strike Group", "class").
     */
    boolean namesAThing(int e) {
        if (e >= n || t.kind[e] != Tokens.ALPHA || !t.isCapitalised(e) || t.sep[e] != Tokens.SEP_SPACE
                && t.sep[e] != Tokens.SEP_HYPHEN) {
            return false;
        }
        return isStopWord(new Word(e, wordEnd(e))) || PlatformNames.SHIP_GROUP_WORDS.contains(t.key[e]);
    }

    /** Claims known full names inside the run; true if the run is entirely a known name. */
    boolean claimKnown(List<Word> ws) {
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
            if (m.start() == w.start() && namesAThing(m.end())) {
                // "the John F. Kennedy Center", "the Harry S. Truman Carrier Strike Group": a name
                // inside another name is no mention of the person
                shipWords.add(Tokens.fold(word(w.start(), w.end())));
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

    boolean isPerson(List<Word> name, TitleKind titleBefore) {
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
        // "Surangel Whipps, Jr.", "Ralph Puckett Jr.": only people's names take a generational suffix
        if (name.size() >= 3 && last.end() == last.start() + 1 && PersonNames.JUNIOR_SENIOR.contains(t.form[last.start()])
                && !allEnglish(name.subList(0, name.size() - 1)) && !isStopWord(name.get(name.size() - 2))) {
            return true;
        }
        if (name.size() == 3 && isPatronymic(Tokens.fold(word(name.get(1).start(), name.get(1).end())))) {
            return true;
        }
        if (d.givenNames.contains(w0) || d.givenNames.contains(f0)) {
            // "Mark Twain"... an ordinary capitalised word after a given name is still a surname
            return !allEnglishAfterFirst(name) || name.size() == 2;
        }
        // "designed by R. J. Mitchell", "A. Q. Khan": initials before a surname that is no ordinary
        // word, country or weapon
        if (isInitial(first) && name.size() >= 2 && last.end() == last.start() + 1 && !isInitial(last)
                && !d.englishWords.contains(t.key[last.start()]) && !countries.covers(last.start())
                && !weapons.covers(last.start()) && !t.isAllCaps(last.start())) {
            return true;
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
        // "Manolev's wife, Nadya Manoleva", "his spouse, Liliana Maria Umana Lemus de Espana"
        int kin = before >= 1 && t.isPunct(before, ',') ? before - 1 : before;
        int kinStart = kin;
        while (kinStart > 0 && kinStart > kin - 4 && t.sep[kinStart] == Tokens.SEP_HYPHEN) {
            kinStart--; // "son-in-law"
        }
        if (kin >= 0 && t.kind[kin] == Tokens.ALPHA && t.sep[first.start()] < Tokens.SEP_NEWLINE
                && d.kinNouns.contains(Tokens.fold(word(kinStart, kin + 1))) && !allEnglish(name)) {
            return true;
        }
        return false;
    }

    /**
     * "an update on Marc Fogel", "a deflection off Tony Hibbert": "on" after a word of talk or
     * pressure means "about", and "off" is a place only after a word of ships and coasts.
     */
    boolean aboutPerson(int p) {
        String prep = t.key[p];
        if (!prep.equals("on") && !prep.equals("off") || p == 0 || t.kind[p - 1] != Tokens.ALPHA) {
            return false;
        }
        String before = t.key[p - 1];
        return prep.equals("on") ? d.onAboutWords.contains(before) : !d.offPlaceWords.contains(before);
    }

    void addPerson(List<Word> name) {
        String canonical = names.canonical(name);
        if (canonical != null) {
            addMention(canonical, name.get(0).start(), names.nameEnd(name));
        }
    }
}
