package io.sightline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;

import io.sightline.extract.ExtractionData.Family;
import io.sightline.extract.ExtractionData.Weapon;
import io.sightline.extract.ExtractionData.WeaponForm;

/**
 * Weapons systems ({@code weapons.tsv}, {@code weapon-families.tsv}): the longest knowledge-base
 * form at each word start, with a glued variant suffix ("F-16V", "Su-35S"), else a designation
 * family ("Su-75"); blocking phrases ({@code not-weapons.txt}) win by length. Bare names that are
 * ordinary words (Patriot, Javelin) count only with a weapon word near or when the system is named
 * unambiguously elsewhere in the text.
 */
final class WeaponFinder implements EntityFinder {

    @Override
    public EntityType type() {
        return EntityType.WEAPON;
    }

    @Override
    public void match(ExtractionContext context) {
        context.weapons = new SpanIndex<>(context.text.size);
        new Run(context).matchWeapons();
    }

    @Override
    public List<WeaponEntity> resolve(ExtractionContext context) {
        return new Run(context).weapons();
    }

    /** A bare ambiguous name with a weapon word within a few words, inside the same sentence ("Patriot batteries"). */
    static boolean cueNear(ExtractionContext context, Span<WeaponForm> span) {
        return new Run(context).weaponCueNear(span);
    }

    /** Prepositions before a place: a bare ambiguous name right after one is the place. */
    private static final java.util.Set<String> LOCATIVES = java.util.Set.of("in", "off", "near", "at");

    /** The state of matching or resolving one text. */
    private static final class Run extends FinderRun {
        final SpanIndex<WeaponForm> weapons;

        final ShipContext ships;

        final PlatformLookAlikes lookAlikes;

        final PeriodReadings periods;

        Run(ExtractionContext c) {
            super(c);
            weapons = c.weapons;
            ships = new ShipContext(c);
            lookAlikes = new PlatformLookAlikes(c);
            periods = new PeriodReadings(c);
        }

        void matchWeapons() {
            // named ships the dictionary cannot hold: unknown prefixed ships, their later bare names, elliptic classes
            PrefixedShips prefixed = new PrefixedShips(c);
            ElidedNames elided = new ElidedNames(c);
            int free = 0;
            for (int i = 0; i < n;) {
                c.steps++;
                if (!t.isAlnum(i)) {
                    i++;
                    continue;
                }
                Span<WeaponForm> m = d.weaponTrie.longestWithSuffix(t, i, caps, this::variantSuffix, true);
                if (m != null && m.value().weapon() != null && ships.bareNameOfPrefixedShip(m) && !ships.nounListing(m)
                        && !prefixed.bareNameOfShipNamedWithPrefix(m)) {
                    // "Maya Afana", "the Theodore Roosevelt renovation": a ship's bare name is a ship only after a
                    // ship noun (or "the" when the text names it with its prefix too), and elsewhere leaves its
                    // words to the other finders
                    m = null;
                }
                if (m == null || m.value().needsContext()) {
                    // "Kirov- and Slava-class": a bare name that needs context may open an elliptic list of classes
                    Span<WeaponForm> ship = prefixed.at(i);
                    m = ship != null ? ship : m;
                }
                if (m == null) {
                    m = acronymPlural(i);
                }
                if (m == null) {
                    m = family(i);
                }
                if (m == null) {
                    i++;
                    continue;
                }
                Span<WeaponForm> first = elided.firstOfPair(m, free);
                if (first != null) {
                    weapons.add(first); // "the Churchill and Cromwell tanks"
                }
                weapons.add(m);
                i = prefixed.afterHull(m);
                free = i;
            }
        }

        /** A glued tail after a designation: plural "s" ("F-16s") or a short variant ("F-16V", "Su-35SM"). */
        private boolean variantSuffix(int j) {
            if (j >= n || t.kind[j] != Tokens.ALPHA || !t.boundaryAfter(j + 1) || t.sep[j] != Tokens.SEP_NONE) {
                return false;
            }
            String f = t.form[j];
            if (f.equals("s")) {
                return true;
            }
            return t.kind[j - 1] == Tokens.DIGIT && f.length() <= 3 && t.isAllCaps(j);
        }

        /**
         * An acronym's plural glued to it ("JASSMs", "LRASMs", "NASAMs"): the tokeniser keeps it one word, so the
         * trie cannot strip the "s" the way it does after a designation's digits ("F-16s").
         */
        private Span<WeaponForm> acronymPlural(int i) {
            String f = t.form[i];
            if (t.kind[i] != Tokens.ALPHA || f.length() < 4 || !f.endsWith("s") || !t.boundaryAfter(i + 1)) {
                return null;
            }
            String singular = f.substring(0, f.length() - 1);
            for (int k = 0; k < singular.length(); k++) {
                if (!Character.isUpperCase(singular.charAt(k))) {
                    return null;
                }
            }
            Weapon w = d.weaponByForm.get(Tokens.fold(singular));
            return w == null ? null : new Span<>(i, i + 1, new WeaponForm(w, f, false, false));
        }

        /** The family fallback: "Su-75", "J-50", "DF-27" when weapons.tsv does not list them. */
        private Span<WeaponForm> family(int i) {
            if (t.kind[i] != Tokens.ALPHA || !t.boundaryBefore(i) || i + 1 >= n || t.sep[i + 1] != Tokens.SEP_HYPHEN) {
                return null;
            }
            List<Family> fams = d.families.get(t.form[i]);
            if (fams == null) {
                return null;
            }
            int j = i + 1;
            while (j < n && t.isAlnum(j) && (t.sep[j] == Tokens.SEP_NONE || t.sep[j] == Tokens.SEP_HYPHEN)) {
                j++;
            }
            // "/B" in GBU-39/B
            String word = t.text.substring(t.start[i], t.end[j - 1]);
            if (d.familyStops.contains(word)) {
                return null;
            }
            // "B-1 visa", "H-1B": a stop string overlapping the match
            for (String stop : d.familyStops) {
                int from = Math.max(0, t.start[i] - stop.length() + 1);
                int to = Math.min(t.text.length() - stop.length(), t.end[j - 1] - 1);
                for (int at = from; at <= to; at++) {
                    if (t.text.startsWith(stop, at)) {
                        return null;
                    }
                }
            }
            String rest = t.text.substring(t.start[i + 1], t.end[j - 1]);
            for (Family f : fams) {
                String r = rest;
                Matcher mm = f.number().matcher(r);
                if (!mm.matches()) {
                    if (r.endsWith("s") && f.number().matcher(r.substring(0, r.length() - 1)).matches()) {
                        r = r.substring(0, r.length() - 1);
                    } else {
                        continue;
                    }
                }
                Weapon w = null;
                if (f.stripSuffix()) {
                    int k = 0;
                    while (k < r.length() && Character.isDigit(r.charAt(k))) {
                        k++;
                    }
                    String base = f.prefix() + "-" + r.substring(0, k);
                    w = d.weaponByForm.get(Tokens.fold(f.prefix() + "-" + r));
                    if (w == null) {
                        w = d.weaponByForm.get(Tokens.fold(base));
                    }
                    if (w == null) {
                        w = new Weapon(base, f.type(), f.origins());
                    }
                } else {
                    w = new Weapon(f.prefix() + "-" + r, f.type(), f.origins());
                }
                return new Span<>(i, j, new WeaponForm(w, word, false, false));
            }
            return null;
        }

        List<WeaponEntity> weapons() {
            Map<String, List<Mention>> found = new TreeMap<>();
            Map<String, Weapon> byName = new HashMap<>();
            List<Span<WeaponForm>> contextual = new ArrayList<>();
            Span<WeaponForm> previous = null;
            for (Span<WeaponForm> matched : weapons.spans()) {
                c.steps++;
                Span<WeaponForm> m = periods.read(ships.ofTheNamedType(matched));
                WeaponForm f = m.value();
                if (f.blocked() || f.weapon() == null || c.claimedByPerson(m.start(), m.end())
                        || spacedOneLetterDesignation(m) || familyNameOfVariant(previous, m)) {
                    continue;
                }
                int attached = lookAlikes.nounOfAnotherKind(m);
                if (attached >= 0) {
                    // "the Puma and Gazelle helicopters": the system of the noun's kind with that name, if there is one
                    m = lookAlikes.systemOfTheNounsKind(m, attached);
                    if (m == null) {
                        continue;
                    }
                    f = m.value();
                }
                previous = m;
                if (f.needsContext() || (caps[m.start()] && !hasDigit(m))) {
                    contextual.add(m);
                    continue;
                }
                byName.put(f.weapon().name(), f.weapon());
                found.computeIfAbsent(f.weapon().name(), k -> new ArrayList<>()).add(mention(m.start(), m.end()));
            }
            for (int index = 0; index < contextual.size(); index++) {
                Span<WeaponForm> m = contextual.get(index);
                Weapon w = m.value().weapon();
                // "Plant Avangard", "Bureau Almaz": a company named like a system
                int b = m.start() - 1;
                if (b >= 0 && t.kind[b] == Tokens.ALPHA && d.companyWords.contains(t.form[b])
                        && !found.containsKey(w.name())) {
                    continue;
                }
                if ((partOfAnotherName(m) || placeAfterLocative(m)) && !found.containsKey(w.name())) {
                    continue;
                }
                if (ShipContext.isShip(w) && m.value().needsContext()) {
                    // a ship or class named like a city or a word ("Kursk", "Moskva", "Shandong") needs a ship noun
                    // beside it, or its class named near it ("Type 055 destroyers such as the Nanchang"): another
                    // weapon in the sentence ("HIMARS in the Kursk region") is not enough. A prefixed ship's bare
                    // name ("the cruiser General Belgrano") needs the noun before it.
                    boolean vouched = ships.bareNameOfPrefixedShip(m) ? ships.nounListing(m) || classNamedNear(m, w)
                            : ships.nounBeside(m) || classNamedNear(m, w) || ships.inShipSentence(m);
                    if (found.containsKey(w.name()) || vouched) {
                        byName.put(w.name(), w);
                        found.computeIfAbsent(w.name(), k -> new ArrayList<>()).add(mention(m.start(), m.end()));
                    }
                    continue;
                }
                if (found.containsKey(w.name()) || weaponCueNear(m) || otherWeaponInSentence(m)
                        || otherContextualNear(index, contextual)) {
                    byName.put(w.name(), w);
                    found.computeIfAbsent(w.name(), k -> new ArrayList<>()).add(mention(m.start(), m.end()));
                }
            }
            List<WeaponEntity> out = new ArrayList<>();
            for (Map.Entry<String, List<Mention>> e : found.entrySet()) {
                Weapon w = byName.get(e.getKey());
                List<Mention> ms = new ArrayList<>(new TreeSet<>(e.getValue()));
                out.add(new WeaponEntity(w.name(), w.type(), w.origins(), List.copyOf(ms)));
            }
            return List.copyOf(out);
        }

        /**
         * A ship's class named within a dozen words in the same sentence: "Type 055 destroyers such as the Nanchang".
         * A window, not the sentence, so a long sentence of names stays linear.
         */
        private boolean classNamedNear(Span<WeaponForm> m, Weapon ship) {
            String shipClass = d.weaponFamily.get(ship.name());
            if (shipClass == null) {
                return false;
            }
            if (sentenceAt == null) {
                indexSentences();
            }
            int from = Math.max(sentenceAt[m.start()], m.start() - 12);
            int to = Math.min(m.end() < n ? nextBreak[m.end()] : n, m.end() + 12);
            for (int k = from; k < to; k++) {
                c.steps++;
                if (k >= m.start() && k < m.end() || !weapons.covers(k)) {
                    continue;
                }
                Weapon other = weapons.at(k).value().weapon();
                if (other != null && other.name().equals(shipClass)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "the carrier exercised off Goa", "a rally in Lancaster.": a bare ambiguous name right after "off" or "near"
         * with no weapon word after it, or after "in" or "at" at the end of a clause, is a place (SA-3 Goa, Avro
         * Lancaster). "investment in Patriot batteries" and "in Patriots for the defense of our cities" stay systems.
         */
        private boolean placeAfterLocative(Span<WeaponForm> m) {
            int b = m.start() - 1;
            if (b < 0 || t.kind[b] != Tokens.ALPHA || !LOCATIVES.contains(t.key[b]) || hasDigit(m)) {
                return false;
            }
            int k = m.end();
            if (k < n && t.kind[k] == Tokens.ALPHA) {
                return !t.key[b].equals("in") && !t.key[b].equals("at") && !isCue(k)
                        && !d.platformNouns.containsKey(t.key[k]);
            }
            // "in" and "at" name a place only before the end of a clause: "in Patriots for the defense" is the system
            return k >= n || t.kind[k] == Tokens.PUNCT && ",.;:".indexOf(t.text.charAt(t.start[k])) >= 0;
        }

        /**
         * "the Lancaster House Treaties", "Hurricane Isla", "Javelin Park": an ambiguous name running on into
         * another capitalised word that is no weapon word and starts no weapon is part of another name. Headlines
         * and lines of capitals are left alone (every word is capitalised there).
         */
        private boolean partOfAnotherName(Span<WeaponForm> m) {
            int k = m.end();
            if (k >= n || t.kind[k] != Tokens.ALPHA || t.sep[k] != Tokens.SEP_SPACE || headline[k]
                    || !Character.isUpperCase(t.form[k].charAt(0)) || t.isAllCaps(k) || t.isAllCaps(m.start())
                    || weapons.covers(k) || hasDigit(m)) {
                return false;
            }
            // "Bradley Infantry Fighting Vehicles": a capitalised run that ends in a weapon word is the weapon's
            for (int j = k; j < n && j < k + 4 && t.kind[j] == Tokens.ALPHA
                    && Character.isUpperCase(t.form[j].charAt(0)); j++) {
                if (isCue(j) || d.platformNouns.containsKey(t.key[j])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "A 37-pound bomb", "P 2 refugees": a one-letter designation prefix (A-37, P-2) counts only joined to its
         * number by a hyphen or nothing; with a space it is an article or a letter.
         */
        private boolean spacedOneLetterDesignation(Span<WeaponForm> m) {
            int s0 = m.start();
            return s0 + 1 < m.end() && t.kind[s0] == Tokens.ALPHA && t.form[s0].length() == 1
                    && t.kind[s0 + 1] == Tokens.DIGIT && t.sep[s0 + 1] >= Tokens.SEP_SPACE;
        }

        /**
         * "AH-64E Apaches", "CH-47F Chinooks": the family's bare name right after a variant's designation is part of
         * the variant's mention, not a second system.
         */
        private boolean familyNameOfVariant(Span<WeaponForm> previous, Span<WeaponForm> m) {
            if (previous == null || previous.end() != m.start() || hasDigit(m) || previous.value().weapon() == null) {
                return false;
            }
            String family = d.weaponFamily.get(previous.value().weapon().name());
            return family != null && family.equals(m.value().weapon().name());
        }

        /**
         * Two different ambiguous names listed together support each other: "Stingers and Javelins",
         * "Javelins, Stingers": within four words in the same sentence.
         */
        private boolean otherContextualNear(int index, List<Span<WeaponForm>> contextual) {
            Span<WeaponForm> m = contextual.get(index);
            if (hasDigit(m)) {
                return false; // "B1/B2 visa": short designations do not vouch for each other
            }
            // Only the neighbours within four words: the spans are in text order and do not overlap.
            // Reading every other ambiguous name took 1 MB of "Patriot " minutes (issue 10, finding 4).
            int first = index;
            while (first > 0 && m.start() - contextual.get(first - 1).end() <= 4) {
                first--;
            }
            for (int at = first; at < contextual.size(); at++) {
                c.steps++;
                Span<WeaponForm> o = contextual.get(at);
                if (at > index && o.start() - m.end() > 4) {
                    break;
                }
                if (o == m || o.value().weapon() == m.value().weapon() || hasDigit(o)
                        || ShipContext.isShip(o.value().weapon())) {
                    continue; // a ship's or class's bare name needs a ship noun itself: it vouches for nothing
                }
                int from = Math.min(m.end(), o.end());
                int to = Math.max(m.start(), o.start());
                if (to - from > 4 || !listSeparatorBetween(from, to)) {
                    continue;
                }
                boolean sameSentence = true;
                for (int k = from; k < to && k < n; k++) {
                    if (sentenceStart[k] || t.sep[k] >= Tokens.SEP_NEWLINE) {
                        sameSentence = false;
                    }
                }
                if (sameSentence) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A list needs a separator: "Stingers and Javelins", "Javelins, Stingers"; two names side by side are one
         * phrase ("the Grim Reaper" is neither the Grim-2 missile nor the MQ-9 Reaper).
         */
        private boolean listSeparatorBetween(int from, int to) {
            for (int k = from; k < to && k < n; k++) {
                if (t.key[k].equals("and") || t.key[k].equals("or") || t.kind[k] == Tokens.PUNCT
                        && ",&/".indexOf(t.text.charAt(t.start[k])) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasDigit(Span<?> m) {
            return PlatformLookAlikes.hasDigit(t, m);
        }

        private boolean isCue(int k) {
            if (d.weaponCues.contains(t.key[k]) || d.weaponCues.contains(t.form[k])) {
                return true;
            }
            // "air defence", "air-defense"
            return (t.key[k].equals("defence") || t.key[k].equals("defense")) && k > 0 && t.key[k - 1].equals("air");
        }

        /** Another unambiguous system named in the same sentence: "with S-300 and Buk". */
        private boolean otherWeaponInSentence(Span<WeaponForm> m) {
            if (unambiguousBefore == null) {
                indexSentences();
            }
            // the sentence (or line) around the match: from its start to the first break after the match
            int from = sentenceAt[m.start()];
            int to = m.end() < n ? nextBreak[m.end()] : n;
            int around = unambiguousBefore[to] - unambiguousBefore[from];
            int inside = unambiguousBefore[m.end()] - unambiguousBefore[m.start()];
            return around - inside > 0;
        }

        /** Start of the sentence or line holding each token. */
        private int[] sentenceAt;
        /** The first sentence or line start after each token (n if none). */
        private int[] nextBreak;
        /** How many tokens before index k are covered by an unambiguous system: a prefix sum. */
        private int[] unambiguousBefore;

        /**
         * One pass instead of a scan of the whole sentence per ambiguous name: a 300 kB sentence of
         * "Patriot" took seconds with the scan (every mention read the sentence again).
         */
        private void indexSentences() {
            sentenceAt = new int[n];
            nextBreak = new int[n];
            unambiguousBefore = new int[n + 1];
            int start = 0;
            for (int k = 0; k < n; k++) {
                c.steps++;
                if (k == 0 || sentenceStart[k] || t.sep[k] >= Tokens.SEP_NEWLINE) {
                    start = k;
                }
                sentenceAt[k] = start;
                WeaponForm f = weapons.covers(k) ? weapons.at(k).value() : null;
                boolean unambiguous = f != null && f.weapon() != null && !f.blocked() && !f.needsContext();
                unambiguousBefore[k + 1] = unambiguousBefore[k] + (unambiguous ? 1 : 0);
            }
            int next = n;
            for (int k = n - 1; k >= 0; k--) {
                nextBreak[k] = next;
                if (k > 0 && (sentenceStart[k] || t.sep[k] >= Tokens.SEP_NEWLINE)) {
                    next = k;
                }
            }
        }

        boolean weaponCueNear(Span<WeaponForm> m) {
            // a bare ambiguous name needs a weapon word within a few words, inside the same sentence
            int words = 0;
            for (int k = m.end(); k < n && words < 4; k++) {
                if (t.kind[k] == Tokens.PUNCT && ".;:!?".indexOf(t.text.charAt(t.start[k])) >= 0) {
                    break;
                }
                if (k > m.end() && t.sep[k] >= Tokens.SEP_NEWLINE) {
                    break;
                }
                if (t.kind[k] == Tokens.ALPHA) {
                    if (t.sep[k] != Tokens.SEP_HYPHEN) {
                        words++;
                    }
                    if (isCue(k)) {
                        return true;
                    }
                }
            }
            words = 0;
            for (int k = m.start() - 1; k >= 0 && words < 4; k--) {
                if (t.kind[k] == Tokens.PUNCT && ".;:!?".indexOf(t.text.charAt(t.start[k])) >= 0) {
                    break;
                }
                if (t.sep[k + 1] >= Tokens.SEP_NEWLINE) {
                    break;
                }
                if (t.kind[k] == Tokens.ALPHA) {
                    if (t.sep[k] != Tokens.SEP_HYPHEN) {
                        words++;
                    }
                    if (isCue(k)) {
                        return true;
                    }
                }
            }
            return false;
        }

    }
}
