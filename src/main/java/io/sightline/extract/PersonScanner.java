package io.sightline.extract;

import java.util.ArrayList;
import java.util.List;

import io.sightline.extract.ExtractionData.TitleKind;

/**
 * Candidate scanning: cuts the text into runs of capitalised name words (with particles, initials
 * and hyphenated parts), notes the title before each run, and hands every run to {@link NameRules}.
 */
final class PersonScanner extends PersonRun {

    private final TitleCues titles;
    private final NameRules rules;

    PersonScanner(ExtractionContext c, Found found, TitleCues titles, NameRules rules) {
        super(c, found);
        this.titles = titles;
        this.rules = rules;
    }

    void findPeople() {
        List<Word> current = new ArrayList<>();
        TitleKind runTitle = null;
        TitleKind pendingTitle = null;
        int pendingTitleEnd = -1;
        bridge = -1;
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
                if (aynAt(i) && !current.isEmpty() && current.get(current.size() - 1).end() == i) {
                    // "Hani 'Abd al-Majid": the run goes on over the ayn apostrophe
                    bridge = i + 1;
                    i++;
                    continue;
                }
                if (!current.isEmpty() && current.get(current.size() - 1).end() == i && rules.names.commaSuffixAt(i)) {
                    // "Surangel Whipps, Jr.": the suffix after the comma is the name's
                    bridge = i + 1;
                    i++;
                    continue;
                }
                int after = nicknameEnd(i, current);
                if (after > 0) {
                    bridge = after;
                    i = after;
                    continue;
                }
                flush(current, runTitle);
                i++;
                continue;
            }
            if (inTitle[i] && !knownStartsAt(i)) {
                int e = titles.titleRunEnd(i);
                // "Martin Luther King Jr.": a title word before a generational suffix is a surname
                boolean surname = !current.isEmpty() && e < n && PersonNames.JUNIOR_SENIOR.contains(t.form[e]);
                if (titles.followedByName(e) && !surname) {
                    flush(current, runTitle);
                    pendingTitle = titleEndingAt[e] == null ? TitleKind.ROLE : titleEndingAt[e];
                    pendingTitleEnd = e;
                    i = e;
                    continue;
                }
            }
            int j = wordEnd(i);
            if (rules.names.closingAynAt(j) && t.isCapitalised(i)) {
                j++; // "Jami' 'Ali Muhammad": the closing ayn is the word's
            }
            boolean contiguous = false;
            if (!current.isEmpty()) {
                Word last = current.get(current.size() - 1);
                contiguous = t.sep[i] == Tokens.SEP_SPACE && last.end() == i
                        || isInitial(last) && last.end() + 1 == i
                                && (t.sep[i] == Tokens.SEP_SPACE || t.sep[i] == Tokens.SEP_NONE)
                        || bridge == i;
            }
            bridge = -1;
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
    }

    /** Where the run goes on after a quoted nickname it skipped, or -1. */
    private int bridge;

    /**
     * A quoted nickname between a given name and the surname ("Stephen \"Web\" Koehler"): the run
     * goes on after it, and the nickname is not part of the name. Returns the token after the
     * closing quote, or -1.
     */
    private int nicknameEnd(int i, List<Word> current) {
        if (current.isEmpty() || i + 3 >= n || !t.isPunct(i, '"') || t.sep[i] != Tokens.SEP_SPACE) {
            return -1;
        }
        Word last = current.get(current.size() - 1);
        if (last.end() != i || !d.givenNames.contains(t.form[last.start()])) {
            return -1;
        }
        boolean oneWord = t.isCapitalised(i + 1) && t.sep[i + 1] == Tokens.SEP_NONE && wordEnd(i + 1) == i + 2;
        boolean closed = oneWord && t.isPunct(i + 2, '"') && t.sep[i + 2] == Tokens.SEP_NONE;
        return closed && t.isCapitalised(i + 3) && t.sep[i + 3] == Tokens.SEP_SPACE ? i + 3 : -1;
    }

    void flush(List<Word> words, TitleKind titleBefore) {
        if (words.isEmpty()) {
            return;
        }
        List<Word> ws = new ArrayList<>(words);
        words.clear();
        rules.considerRun(ws, titleBefore);
    }
}
