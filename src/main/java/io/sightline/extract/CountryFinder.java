package io.sightline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.sightline.extract.ExtractionData.CountryForm;
import io.sightline.extract.ExtractionData.Risk;

/**
 * Countries ({@code countries.tsv}): one trie of names, aliases and demonyms with the blocking
 * phrases of {@code not-countries.txt} competing in it, longest match first. Forms with a risk
 * (a person's name, a US state, a common word) count only when the rules below say so.
 */
final class CountryFinder implements EntityFinder {

    @Override
    public EntityType type() {
        return EntityType.COUNTRY;
    }

    @Override
    public void match(ExtractionContext context) {
        context.countries = SpanIndex.longestAtWordStarts(context.data.countryTrie, context.text);
    }

    @Override
    public List<CountryEntity> resolve(ExtractionContext context) {
        return new Run(context).countries();
    }

    /** The state of resolving one text. */
    private static final class Run extends FinderRun {
        final SpanIndex<CountryForm> countries;
        final boolean[] inTitle;

        Run(ExtractionContext c) {
            super(c);
            countries = c.countries;
            inTitle = c.inTitle;
        }

        List<CountryEntity> countries() {
            Map<String, List<Mention>> found = new TreeMap<>();
            Map<String, List<Span<CountryForm>>> risky = new TreeMap<>();
            Set<String> docWords = null;
            for (Span<CountryForm> m : countries.spans()) {
                CountryForm f = m.value();
                if (f.code() == null || c.claimedByPerson(m.start(), m.end())) {
                    continue;
                }
                if (f.risk() != Risk.NONE || caps[m.start()] && isCommonAllCaps(m)) {
                    risky.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(m);
                    continue;
                }
                found.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(mention(m.start(), m.end()));
            }
            for (Map.Entry<String, List<Span<CountryForm>>> e : risky.entrySet()) {
                String code = e.getKey();
                boolean safeSeen = found.containsKey(code);
                for (Span<CountryForm> m : e.getValue()) {
                    boolean ok;
                    switch (m.value().risk()) {
                        case PERSON_NAME -> ok = !nameAdjacent(m);
                        case US_STATE -> {
                            if (docWords == null) {
                                docWords = docWords();
                            }
                            ok = georgiaIsCountry(m, docWords, safeSeen);
                        }
                        default -> ok = commonWordIsCountry(m, safeSeen);
                    }
                    if (ok) {
                        found.computeIfAbsent(code, k -> new ArrayList<>()).add(mention(m.start(), m.end()));
                    }
                }
            }
            List<CountryEntity> out = new ArrayList<>();
            for (Map.Entry<String, List<Mention>> e : found.entrySet()) {
                ExtractionData.Country c = d.countries.get(e.getKey());
                List<Mention> ms = new ArrayList<>(new TreeSet<>(e.getValue()));
                out.add(new CountryEntity(e.getKey(), c == null ? e.getKey() : c.name(), List.copyOf(ms)));
            }
            return List.copyOf(out);
        }

        /** An all-caps match of a form that is itself a short acronym-like word ("US", "CAR"). */
        private boolean isCommonAllCaps(Span<CountryForm> m) {
            return false;
        }

        private boolean nameAdjacent(Span<CountryForm> m) {
            // "Michael Jordan", "Chad Wolf", "Jordan Bardella": a capitalised name word right before or after
            int before = m.start() - 1;
            if (before >= 0 && t.kind[before] == Tokens.ALPHA && t.isCapitalised(before) && !sentenceStart[m.start()]
                    && t.sep[m.start()] == Tokens.SEP_SPACE && !isTitleOrCountryWord(before)) {
                return true;
            }
            int after = m.end();
            if (after < n && t.kind[after] == Tokens.ALPHA && t.isCapitalised(after) && t.sep[after] == Tokens.SEP_SPACE
                    && !isTitleOrCountryWord(after) && !d.nameStopWords.contains(t.form[after])
                    && !d.englishWords.contains(t.key[after])) {
                return true;
            }
            return false;
        }

        private boolean isTitleOrCountryWord(int i) {
            return inTitle[i] || (countries.covers(i) && countries.at(i).value().code() != null
                    && countries.at(i).value().risk() == Risk.NONE);
        }

        private boolean georgiaIsCountry(Span<CountryForm> m, Set<String> words, boolean safeSeen) {
            int after = m.end();
            // "Atlanta, Georgia", "Georgia Gov. Brian Kemp", "state of Georgia"
            if (m.start() >= 2 && t.isPunct(m.start() - 1, ',') && t.isCapitalised(m.start() - 2)
                    && d.georgiaUsCues.contains(t.form[m.start() - 2])) {
                return false;
            }
            if (m.start() >= 2 && t.form[m.start() - 1].equals("of") && t.key[m.start() - 2].equals("state")) {
                return false;
            }
            if (after < n && (t.form[after].equals("Gov") || t.form[after].equals("Governor"))) {
                return false;
            }
            int us = 0;
            int country = 0;
            for (String w : d.georgiaUsCues) {
                if (words.contains(w)) {
                    us++;
                }
            }
            for (String w : d.georgiaCountryCues) {
                if (words.contains(w)) {
                    country++;
                }
            }
            return country >= us || safeSeen;
        }

        private boolean commonWordIsCountry(Span<CountryForm> m, boolean safeSeen) {
            String form = m.value().form();
            int before = m.start() - 1;
            int after = m.end();
            if (form.equals("US") || form.equals("USA") || form.equals("U.S.")) {
                if (!caps[m.start()]) {
                    return true;
                }
                String prev = before >= 0 && t.kind[before] == Tokens.ALPHA ? t.form[before].toUpperCase() : "";
                String next = after < n && t.kind[after] == Tokens.ALPHA ? t.form[after].toUpperCase() : "";
                return !(d.usPronounBefore.contains(prev) || d.usPronounAfter.contains(next));
            }
            if (form.equals("Turkey")) {
                // The bird: "the Turkey was carved", "roast Turkey", a food word close by on either side.
                // The country takes no article ("the Republic of Turkey" matches a longer alias first) except
                // in compounds ("the Turkey-Syria border").
                boolean compound = after < n && t.sep[after] == Tokens.SEP_HYPHEN;
                if (before >= 0 && t.kind[before] == Tokens.ALPHA && !compound
                        && (t.key[before].equals("the") || t.key[before].equals("a") || d.turkeyFoodWords.contains(t.key[before]))) {
                    return false;
                }
                for (int k = Math.max(0, before - 3); k < n && k < after + 4; k++) {
                    if ((k < m.start() || k >= after) && t.kind[k] == Tokens.ALPHA && d.turkeyFoodWords.contains(t.key[k])) {
                        return false;
                    }
                }
                return true;
            }
            if (safeSeen) {
                return true;
            }
            if (caps[m.start()] || sentenceStart[m.start()]) {
                return false;
            }
            return before >= 0 && t.kind[before] == Tokens.ALPHA && d.countryPrepositions.contains(t.form[before]);
        }

        private Set<String> docWords() {
            Set<String> words = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if (t.kind[i] == Tokens.ALPHA) {
                    words.add(t.form[i]);
                }
            }
            return words;
        }
    }
}
