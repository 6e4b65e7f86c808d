package io.sightline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.sightline.extract.ExtractionData.Country;
import io.sightline.extract.ExtractionData.CountryForm;
import io.sightline.extract.ExtractionData.Organisation;
import io.sightline.extract.ExtractionData.OrganisationForm;
import io.sightline.extract.ExtractionData.WeaponForm;

/**
 * Organisations ({@code organisations.tsv}): the longest name or alias at each word start, matched
 * case-sensitively as whole tokens, so "UN" is never "un" and "IS" is never inside "ISIS".
 *
 * <ul>
 * <li>Forms that are also ordinary words, names or other acronyms ("IS", "AU", "Treasury",
 * "Wagner", "MoD") count only when the text names the organisation by another form too, or a cue
 * of its row is within a few words in the same sentence ("IS fighters"), or a "@XX" cue's
 * country is named in the text.</li>
 * <li>Bodies every country has ("Defence Ministry", "Armed Forces", "Navy") count only right after
 * a country or its demonym ("the Russian Defence Ministry", "Nigeria's Navy") and are named
 * "<demonym> <body>" ("Russian Ministry of Defence"), or the row of that name when there is one.</li>
 * <li>An acronym that is an English word ("WHO", "PLAN") does not count in a line of capitals,
 * and a name inside a longer weapon designation ("Fatah-II") is the weapon.</li>
 * </ul>
 */
final class OrganisationFinder implements EntityFinder {

    /** How far a cue may be from a context form, in words (the same rule as weapon cues). */
    private static final int CUE_WORDS = 4;

    @Override
    public EntityType type() {
        return EntityType.ORGANISATION;
    }

    @Override
    public void match(ExtractionContext context) {
        TokenisedText text = context.text;
        Tokens t = text.tokens;
        SpanIndex<OrganisationForm> spans = new SpanIndex<>(t.size);
        for (int i = 0; i < t.size;) {
            Span<OrganisationForm> m = t.isAlnum(i) ? context.data.organisationTrie.longest(t, i, text.caps) : null;
            if (m == null) {
                i++;
                continue;
            }
            spans.add(m);
            i = m.end();
        }
        context.organisations = spans;
    }

    @Override
    public List<OrganisationEntity> resolve(ExtractionContext context) {
        return new Run(context).organisations();
    }

    private static final class Run extends FinderRun {
        final Map<String, List<Mention>> found = new TreeMap<>();
        final Map<String, Organisation> byName = new HashMap<>();

        Run(ExtractionContext c) {
            super(c);
        }

        List<OrganisationEntity> organisations() {
            List<Span<OrganisationForm>> contextual = new ArrayList<>();
            for (Span<OrganisationForm> m : c.organisations.spans()) {
                OrganisationForm form = m.value();
                if (c.claimedByPerson(m.start(), m.end()) || shoutedWord(m) || insideWeapon(m)) {
                    continue;
                }
                if (form.countryBound()) {
                    countryBound(m);
                } else if (form.needsContext()) {
                    contextual.add(m);
                } else {
                    add(form.organisation(), m.start(), m.end());
                }
            }
            Set<String> countriesNamed = null;
            for (Span<OrganisationForm> m : contextual) {
                Organisation o = m.value().organisation();
                if (countriesNamed == null) {
                    countriesNamed = countriesNamed();
                }
                if (found.containsKey(o.name()) || cueNear(m, o.cues()) || countryCue(o.cues(), countriesNamed)) {
                    add(o, m.start(), m.end());
                }
            }
            List<OrganisationEntity> out = new ArrayList<>();
            for (Map.Entry<String, List<Mention>> e : found.entrySet()) {
                Organisation o = byName.get(e.getKey());
                out.add(new OrganisationEntity(o.name(), o.kind(), o.country(),
                        List.copyOf(new TreeSet<>(e.getValue()))));
            }
            return List.copyOf(out);
        }

        private void add(Organisation o, int start, int end) {
            byName.put(o.name(), o);
            found.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(mention(start, end));
        }

        /** "Russian Defence Ministry", "Nigeria's Armed Forces": the country right before names the body. */
        private void countryBound(Span<OrganisationForm> m) {
            int k = m.start() - 1;
            if (k >= 0 && t.kind[k] == Tokens.POSSESSIVE) {
                k--;
            }
            if (k < 0 || !c.countries.covers(k) || t.sep[m.start()] >= Tokens.SEP_NEWLINE) {
                return;
            }
            Span<CountryForm> country = c.countries.at(k);
            Country known = country.value().code() == null ? null : d.countries.get(country.value().code());
            if (country.end() != k + 1 || known == null || known.demonym().isEmpty()
                    || c.claimedByPerson(country.start(), country.end())) {
                return;
            }
            Organisation body = m.value().organisation();
            String name = known.demonym() + " " + body.name();
            Organisation listed = d.organisationByForm.get(Tokens.fold(name));
            add(listed != null ? listed : new Organisation(name, body.kind(), known.code(), Set.of()), country.start(),
                    m.end());
        }

        /** "Fatah-II", "Hamas" in a weapon's name: a weapons system named like an organisation is the system. */
        private boolean insideWeapon(Span<OrganisationForm> m) {
            for (int k = m.start(); k < m.end(); k++) {
                Span<WeaponForm> weapon = c.weapons.at(k);
                if (weapon != null && weapon.value().weapon() != null && !weapon.value().blocked()
                        && weapon.end() > m.end()) {
                    return true;
                }
            }
            return false;
        }

        /** An acronym that is also an English word, in a stretch of capitals: "WHO", "PLAN" in a shouted headline. */
        private boolean shoutedWord(Span<OrganisationForm> m) {
            return m.end() == m.start() + 1 && caps[m.start()] && t.isAllCaps(m.start())
                    && d.englishWords.contains(t.key[m.start()]);
        }

        private Set<String> countriesNamed() {
            Set<String> codes = new HashSet<>();
            for (Span<CountryForm> span : c.countries.spans()) {
                if (span.value().code() != null) {
                    codes.add(span.value().code());
                }
            }
            return codes;
        }

        private static boolean countryCue(Set<String> cues, Set<String> countriesNamed) {
            for (String cue : cues) {
                if (cue.startsWith("@") && countriesNamed.contains(cue.substring(1))) {
                    return true;
                }
            }
            return false;
        }

        /** A cue word within a few words on either side, in the same sentence and line. */
        private boolean cueNear(Span<OrganisationForm> m, Set<String> cues) {
            if (cues.isEmpty()) {
                return false;
            }
            int words = 0;
            for (int k = m.end(); k < n && words < CUE_WORDS; k++) {
                if (endsSentence(k) || k > m.end() && t.sep[k] >= Tokens.SEP_NEWLINE) {
                    break;
                }
                if (t.kind[k] == Tokens.ALPHA) {
                    words++;
                    if (isCue(k, cues)) {
                        return true;
                    }
                }
            }
            words = 0;
            for (int k = m.start() - 1; k >= 0 && words < CUE_WORDS; k--) {
                if (endsSentence(k) || t.sep[k + 1] >= Tokens.SEP_NEWLINE) {
                    break;
                }
                if (t.kind[k] == Tokens.ALPHA) {
                    words++;
                    if (isCue(k, cues)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean endsSentence(int k) {
            return t.kind[k] == Tokens.PUNCT && ".;:!?".indexOf(t.text.charAt(t.start[k])) >= 0;
        }

        private boolean isCue(int k, Set<String> cues) {
            return cues.contains(t.form[k]) || cues.contains(t.key[k]);
        }
    }
}
