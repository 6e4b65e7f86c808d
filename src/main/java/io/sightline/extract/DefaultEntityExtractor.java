package io.sightline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;

import io.sightline.extract.ExtractionData.CountryForm;
import io.sightline.extract.ExtractionData.Family;
import io.sightline.extract.ExtractionData.KnownPerson;
import io.sightline.extract.ExtractionData.PersonForm;
import io.sightline.extract.ExtractionData.Risk;
import io.sightline.extract.ExtractionData.Weapon;
import io.sightline.extract.ExtractionData.WeaponForm;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Dictionary- and rule-based extractor of people, countries and weapons systems from English
 * news text.
 *
 * <p>The text is cut once into fine tokens ({@link Tokens}); four token tries (countries and their
 * blockers, weapons and their blockers, person titles, known people) are walked with
 * longest-match at each position, so the cost is linear in the text, whatever the size of the
 * dictionaries. People are then found by rules over capitalised runs (titles, given names,
 * surname-first names, speech verbs), canonicalised through the known-people lexicon, and bare
 * later mentions ("Putin", "Li") are resolved to the full names seen in the same text.
 *
 * <p>Middle initials are dropped from every name ("Antony J. Blinken" and an unknown
 * "John Q. Public" become "Antony Blinken" and "John Public"), as are patronymics and suffixes.
 *
 * <p>Immutable after construction and so thread-safe; all dictionaries are shared across
 * instances and loaded once per JVM.
 */
@ApplicationScoped
public class DefaultEntityExtractor implements EntityExtractor {

    private static final Set<String> SPEECH_VERBS = ExtractionData.setOf("said", "says", "told", "added", "wrote", "stated",
            "explained", "noted", "asked", "announced", "warned", "argued", "insisted", "claimed", "tweeted",
            "posted", "replied", "responded", "urged", "declared", "acknowledged", "confirmed", "denied",
            "suggested", "stressed", "emphasised", "emphasized", "commented", "recalled", "predicted", "wrote",
            "testified", "vowed", "pledged", "promised", "admitted", "cautioned", "concluded", "continued",
            "reiterated", "underlined", "underscored", "observed", "remarked", "tells", "adds", "notes", "writes",
            "met", "visited", "signed", "spoke");
    private static final Set<String> PARTICLES = ExtractionData.setOf("von", "van", "der", "den", "de", "da", "das", "di", "du",
            "del", "della", "dos", "do", "la", "le", "bin", "ibn", "al", "el", "ben", "ter", "zu", "bint", "abu",
            "y", "e", "af", "op");
    private static final Set<String> NAME_SUFFIXES = ExtractionData.setOf("Jr", "Sr", "II", "III", "IV", "Jnr", "Snr");
    private static final Set<String> SHIP_PREFIXES = ExtractionData.setOf("USS", "HMS", "INS", "HMCS", "HMAS", "HMNZS", "ROKS",
            "JS", "PNS", "TCG", "RFS", "FS", "USNS", "USCGC", "KRI", "BRP", "HNLMS", "HDMS", "ORP", "ITS", "ESPS",
            "NRP", "SAS", "CNS", "RSS", "KD", "ARA", "MV", "SS");
    private static final Set<String> ABBREVIATIONS = ExtractionData.setOf("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt",
            "Capt", "Adm", "Maj", "Sen", "Rep", "Gov", "St", "Jr", "Sr", "Prof", "Rev", "No", "vs", "Brig", "Cpl",
            "Pvt", "Cmdr", "Cdr", "Amb", "Hon", "Fr", "Mt", "Ft", "Inc", "Corp", "Co", "Ltd", "Jan", "Feb", "Mar",
            "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "approx", "etc", "e", "i");
    /** Words right after a name that say the name is an attribute of something else. */
    private static final Set<String> AFTER_NAME_BLOCKERS = ExtractionData.setOf("administration", "Administration", "era", "Era",
            "doctrine", "Doctrine", "building", "Building", "Room", "Act", "Program", "Programme", "Fellowship",
            "Foundation", "Center", "Centre", "Institute", "Prize", "Award", "Plan", "Accords", "Memorial",
            "Library", "Museum", "School", "University", "Airport", "Street", "Avenue", "Bridge", "Hall",
            "Stadium", "Park", "Square", "Boulevard", "Trophy", "Cup", "Medal", "Scholarship", "Lecture",
            "Station", "Highway", "Road", "Tower", "Hospital", "Expressway", "Field", "Harbor", "Island", "v",
            "v.", "Telescope", "Arboretum", "Doctrine", "Corollary", "Rule", "Test", "Line", "Canal", "Dam",
            "Square", "Regime", "Temple", "Church", "Chapel", "Abbey", "Shrine", "Cathedral");
    /** Lowercase nouns that make an adjacent capitalised word a weapons system ("Patriot batteries"). */
    private static final Set<String> WEAPON_CUES = ExtractionData.setOf("missile", "missiles", "system", "systems", "tank", "tanks",
            "jet", "jets", "fighter", "fighters", "drone", "drones", "battery", "batteries", "launcher", "launchers",
            "helicopter", "helicopters", "howitzer", "howitzers", "interceptor", "interceptors",
            "munition", "munitions", "rocket", "rockets", "artillery", "aircraft", "warplane", "warplanes",
            "bomber", "bombers", "vehicle", "vehicles", "armour", "armor", "armoured", "armored", "weapon",
            "weapons", "rifle", "rifles", "warship", "warships", "submarine", "submarines", "frigate", "frigates",
            "destroyer", "destroyers", "gunship", "gunships", "anti-tank", "anti-aircraft", "air-defence",
            "air-defense", "surface-to-air", "cruise", "ballistic", "hypersonic", "loitering", "shells", "shell",
            "ammunition", "rounds", "launched", "fired", "firing", "airframe",
            "airframes", "squadron", "squadrons", "sortie", "sorties", "SAM", "SAMs", "ATGM", "ATGMs",
            "MANPADS", "IFV", "IFVs", "APC", "APCs", "MBT", "MBTs", "UAV", "UAVs", "torpedo", "torpedoes",
            "warhead", "warheads", "radar", "radars", "interceptions", "intercepted", "shot", "downed",
            "mortar", "mortars", "cannon", "gun", "guns", "tankers", "carrier", "carriers", "corvette", "corvettes",
            "ordnance", "guided", "bombs", "bomb", "glide", "kamikaze", "swarm", "swarms", "salvo", "salvos",
            "crews", "crew", "deliveries", "intercept", "shoot", "shooting", "variant", "variants", "airstrike",
            "airstrikes", "anti-ship", "anti-armour", "anti-armor", "tube", "barrage");
    private static final Set<String> US_PRONOUN_TRIGGERS = ExtractionData.setOf("LET", "TELL", "GIVE", "HELP", "JOIN", "CONTACT",
            "FOLLOW", "SEND", "EMAIL", "CALL", "VISIT", "TO", "FOR", "WITH", "OF", "ABOUT", "FROM", "BY", "AMONG",
            "BETWEEN", "ALL", "BEFORE", "AFTER", "AGAINST", "UPON", "WITHOUT", "BEHIND", "BESIDE", "LIKE", "SHOW",
            "TAKE", "MAKE", "KEEP", "LEAVE", "WATCH", "ASK", "TEACH", "PROTECT", "SAVE", "FIND", "BRING", "GET",
            "HIT", "BEAT", "ONE", "NONE", "MOST", "MANY", "SOME", "FEW", "BOTH", "THAN", "INTO", "ONTO", "AROUND",
            "AT", "ON", "UNDER", "OVER", "NEAR", "SUPPORT", "SUBSCRIBE", "READ", "BEYOND", "WITHIN", "TOWARD",
            "TOWARDS", "THROUGH");
    private static final Set<String> US_PRONOUN_AFTER = ExtractionData.setOf("KNOW", "GO", "BE", "ALL", "TODAY", "NOW", "HERE",
            "BOTH", "TOO", "AGAIN", "ONLINE");
    private static final Set<String> GEORGIA_US_CUES = ExtractionData.setOf("Atlanta", "Savannah", "Augusta", "Macon",
            "Alabama", "Florida", "Tennessee", "Carolina", "Texas", "Ohio", "Virginia", "Kemp", "Raffensperger",
            "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Ga", "senator", "Senator",
            "Warnock", "Ossoff", "Peach", "county", "County", "governor", "Governor", "Gov", "Dobbins", "Benning",
            "Stewart", "Gordon", "Kings Bay", "Moody");
    private static final Set<String> GEORGIA_COUNTRY_CUES = ExtractionData.setOf("Tbilisi", "Abkhazia", "Ossetia", "Kobakhidze",
            "Saakashvili", "Zourabichvili", "Ivanishvili", "Garibashvili", "Batumi", "Caucasus", "Armenia",
            "Azerbaijan", "Russia", "Ukraine", "Moldova", "Kavelashvili", "Georgian", "Georgians", "EU", "NATO");
    private static final Set<String> TURKEY_FOOD = ExtractionData.setOf("dinner", "sandwich", "sandwiches", "meat", "breast",
            "legs", "leg", "farm", "farms", "hunting", "vulture", "vultures", "roast", "bacon", "stuffing",
            "burger", "burgers", "slices", "cranberry", "gravy", "thanksgiving", "turkey", "carved", "carve", "carving",
            "roasted", "stuffed", "feast", "oven", "wild", "pardoned", "pardon", "gobble");
    private static final Set<String> RISKY_PREPOSITIONS = ExtractionData.setOf("in", "of", "from", "to", "with", "and", "for",
            "by", "on", "across", "visit", "visited", "into", "between", "against", "toward", "towards", "than",
            "about", "like", "including", "both", "or", "over");

    /** Lower-case heads of an appositive that describes a person ("X, a portfolio manager"). */
    private static final Set<String> ROLE_HEADS = ExtractionData.setOf("minister", "director", "secretary",
            "spokesman", "spokeswoman", "spokesperson", "researcher", "analyst", "professor", "manager", "chief",
            "officer", "commander", "head", "president", "chairman", "chairwoman", "chair", "founder", "ambassador",
            "envoy", "adviser", "advisor", "leader", "executive", "editor", "fellow", "member", "scientist",
            "lecturer", "teacher", "engineer", "pilot", "soldier", "resident", "student", "worker", "veteran",
            "general", "colonel", "lieutenant", "captain", "major", "admiral", "sergeant", "deputy", "governor",
            "mayor", "senator", "lawmaker", "congressman", "congresswoman", "politician", "diplomat", "official",
            "journalist", "correspondent", "reporter", "activist", "lawyer", "expert", "economist", "historian",
            "author", "owner", "partner", "consultant", "strategist", "specialist", "coordinator", "negotiator",
            "mother", "father", "wife", "husband", "son", "daughter", "widow", "brother", "sister", "farmer",
            "nurse", "doctor", "surgeon", "commissioner", "prosecutor", "judge", "attorney", "spokesperson",
            "premier", "chancellor", "aide", "candidate", "councillor", "councilor", "mp", "ceo", "cto", "cfo");
    private static final Set<String> LOCATIVE = ExtractionData.setOf("in", "near", "at", "outside", "inside",
            "into", "across", "around", "towards", "toward", "via", "off", "on", "through", "Near", "In", "At", "Outside",
            "Through", "Across", "Into", "Off", "Via");
    /** Lower-case nouns right before a name that say it names a thing, not a person ("newspaper Le Monde"). */
    private static final Set<String> THING_NOUNS = ExtractionData.setOf("newspaper", "newspapers", "magazine", "paper",
            "daily", "weekly", "tabloid", "band", "firm", "company", "club", "channel", "station", "studio", "label",
            "website", "site", "airline", "broadcaster", "network", "programme", "program", "film", "movie", "album",
            "novel", "song", "single", "ship", "vessel", "brand", "group's", "publisher", "bank", "insurer",
            "carmaker", "retailer", "chain", "team", "operator", "outfit", "venue", "hotel", "restaurant",
            "charity", "consultancy");
    private static final Set<String> COMPASS_WORDS = ExtractionData.setOf("North", "South", "East", "West",
            "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "Mid");
    /** Words before "on" that make it "about" ("an update on X"), not a place ("a base on X"). */
    private static final Set<String> ON_ABOUT = ExtractionData.setOf("update", "updates", "comment", "comments",
            "commented", "focus", "focused", "focuses", "pressure", "sanctions", "report", "reports", "views", "talks",
            "question", "questions", "decision", "position", "statement", "information", "news", "details", "attack",
            "attacks", "criticism", "call", "calls", "called", "briefing", "remarks", "story", "book", "article",
            "verdict", "ruling", "hearing", "inquiry", "investigation", "spotlight", "stance", "ban", "reflect",
            "reflected", "depend", "depends", "rely", "relies", "relied", "congratulations", "congratulate", "praise",
            "impose", "imposed", "insisted", "waiting", "wait", "agree", "agreed", "disagree", "consult", "consulted",
            "case", "word", "progress", "advice", "hard", "tough", "soft", "bet", "bets", "tabs", "mercy", "behalf");
    /** Words before "off" that make it a place ("anchored off Diego Garcia"). */
    private static final Set<String> OFF_PLACE = ExtractionData.setOf("anchored", "sailing", "sailed", "sails",
            "waters", "coast", "coasts", "ship", "ships", "vessel", "vessels", "island", "patrol", "patrols",
            "patrolling", "operating", "operate", "operates", "located", "lying", "moored", "docked", "stationed",
            "just", "far", "miles", "kilometres", "kilometers", "km", "nm", "sank", "sunk", "sinking", "exercises",
            "drills", "deployed", "carrier", "submarine", "fleet", "flew", "flying", "crashed", "ditched", "rescued",
            "fishing", "shore", "shores", "offshore", "boat", "boats", "seas", "sea", "area", "point", "spot");
    private static final Set<String> PLACE_NOUNS = ExtractionData.setOf("village", "town", "city", "region",
            "province", "district", "island", "islands", "port", "county", "suburb", "outskirts", "capital",
            "governorate", "oblast", "base", "airbase", "airport", "airfield", "street", "square", "settlement",
            "camp", "area", "municipality", "neighbourhood", "neighborhood", "valley", "river", "mountains");

    private static final Set<String> POST_NOMINALS = ExtractionData.setOf("MP", "MEP", "QC", "KC", "OBE", "MBE",
            "CBE", "KBE", "PhD", "MSP", "MLA", "TD", "Esq", "USN", "USMC", "USAF", "Ret", "retd");
    private static final Set<String> COMPANY_WORDS = ExtractionData.setOf("Plant", "Factory", "Works", "Bureau",
            "Concern", "Company", "Corporation", "JSC", "OJSC", "PJSC", "Holding", "Holdings", "Enterprise", "Institute",
            "Design", "Association", "Group", "Inc", "Ltd", "LLC", "Firm");

    private final ExtractionData d;

    public DefaultEntityExtractor() {
        this.d = ExtractionData.get();
    }

    @Override
    public Extraction extract(String text) {
        if (text == null || text.isBlank()) {
            return Extraction.EMPTY;
        }
        return new Run(d, Tokens.of(text)).extract();
    }

    /** The state of one extraction; not shared between threads. */
    private static final class Run {
        final ExtractionData d;
        final Tokens t;
        final int n;
        final boolean[] caps;
        final boolean[] sentenceStart;
        final boolean[] headline;
        /** index + 1 into countryMatches of the match covering each token, 0 for none. */
        final int[] countryAt;
        final List<TokenTrie.Match<CountryForm>> countryMatches = new ArrayList<>();
        final List<TokenTrie.Match<WeaponForm>> weaponMatches = new ArrayList<>();
        final int[] weaponAt;
        /** index + 1 into titles of the title ending at each token (exclusive end), 0 for none. */
        final String[] titleEndingAt;
        final boolean[] inTitle;
        final List<TokenTrie.Match<PersonForm>> knownMatches = new ArrayList<>();
        final int[] knownAt;
        /** Tokens claimed by a person mention. */
        final boolean[] personToken;

        final Map<String, List<Mention>> people = new TreeMap<>();
        /** Name words of each person (folded), for resolving later bare mentions. */
        final Map<String, List<String>> personWords = new HashMap<>();
        final List<int[]> pendingSingles = new ArrayList<>();
        /** Word sequences seen right before an organisation or place word ("Opto Mechanik" Inc). */
        final Set<String> orgPhrases = new HashSet<>();

        Run(ExtractionData d, Tokens t) {
            this.d = d;
            this.t = t;
            this.n = t.size;
            caps = new boolean[n];
            sentenceStart = new boolean[n];
            headline = new boolean[n];
            countryAt = new int[n];
            weaponAt = new int[n];
            titleEndingAt = new String[n + 1];
            inTitle = new boolean[n];
            knownAt = new int[n];
            personToken = new boolean[n];
        }

        Extraction extract() {
            markCapsAndSentences();
            matchCountries();
            matchWeapons();
            matchTitles();
            matchKnownPeople();
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
            return new Extraction(List.copyOf(persons), countries(), weapons());
        }

        // ------------------------------------------------------------ layout

        private void markCapsAndSentences() {
            // lines: all-caps lines and title-case headlines
            int lineStart = 0;
            for (int i = 0; i <= n; i++) {
                if (i == n || (i > 0 && t.sep[i] >= Tokens.SEP_NEWLINE)) {
                    markLine(lineStart, i);
                    lineStart = i;
                }
            }
            for (int i = 0; i < n; i++) {
                if (t.isAllCaps(i) && t.form[i].length() >= 1) {
                    int p = prevAlpha(i);
                    int q = nextAlpha(i);
                    if ((p >= 0 && t.isAllCaps(p) && t.form[p].length() >= 2 && sameLine(p, i))
                            || (q >= 0 && t.isAllCaps(q) && t.form[q].length() >= 2 && sameLine(i, q))) {
                        caps[i] = true;
                    }
                }
            }
            boolean start = true;
            for (int i = 0; i < n; i++) {
                if (t.sep[i] >= Tokens.SEP_NEWLINE) {
                    start = true;
                }
                if (t.kind[i] == Tokens.PUNCT) {
                    char c = t.text.charAt(t.start[i]);
                    if (c == '.' || c == '!' || c == '?' || c == ':') {
                        boolean abbrev = c == '.' && i > 0 && t.sep[i] == Tokens.SEP_NONE
                                && (ABBREVIATIONS.contains(t.form[i - 1])
                                        || (t.form[i - 1].length() == 1 && t.kind[i - 1] == Tokens.ALPHA));
                        if (!abbrev) {
                            start = true;
                        }
                    }
                    continue;
                }
                if (t.kind[i] == Tokens.POSSESSIVE) {
                    continue;
                }
                if (start) {
                    sentenceStart[i] = true;
                    start = false;
                }
            }
        }

        private void markLine(int from, int to) {
            int words = 0;
            int upper = 0;
            int allCaps = 0;
            int capitalised = 0;
            for (int i = from; i < to; i++) {
                if (t.kind[i] == Tokens.ALPHA && t.form[i].length() >= 2) {
                    words++;
                    if (t.isAllCaps(i)) {
                        allCaps++;
                    }
                    if (t.isCapitalised(i)) {
                        upper++;
                    }
                    if (t.form[i].length() >= 4 && t.isCapitalised(i)) {
                        capitalised++;
                    }
                }
            }
            if (words >= 2 && allCaps * 10 >= words * 7) {
                for (int i = from; i < to; i++) {
                    if (t.isAllCaps(i)) {
                        caps[i] = true;
                    }
                }
            }
            // a headline: short line, no final period, nearly every long word capitalised
            int longWords = 0;
            for (int i = from; i < to; i++) {
                if (t.kind[i] == Tokens.ALPHA && t.form[i].length() >= 4) {
                    longWords++;
                }
            }
            boolean endsWithPeriod = to > from && t.isPunct(to - 1, '.');
            if (from == 0 && words >= 3 && words <= 25 && !endsWithPeriod && longWords >= 2 && capitalised * 10 >= longWords * 8
                    && upper * 10 >= words * 6) {
                for (int i = from; i < to; i++) {
                    headline[i] = true;
                }
            }
        }

        private boolean sameLine(int a, int b) {
            for (int k = a + 1; k <= b; k++) {
                if (t.sep[k] >= Tokens.SEP_NEWLINE) {
                    return false;
                }
            }
            return true;
        }

        private int prevAlpha(int i) {
            for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
                if (t.kind[k] == Tokens.ALPHA) {
                    return k;
                }
            }
            return -1;
        }

        private int nextAlpha(int i) {
            for (int k = i + 1; k < n && k <= i + 3; k++) {
                if (t.kind[k] == Tokens.ALPHA) {
                    return k;
                }
            }
            return -1;
        }

        // ------------------------------------------------------------ countries

        private void matchCountries() {
            matchWords(d.countryTrie, countryMatches, countryAt);
        }

        /** Longest matches of a trie from left to right over word starts; {@code at[k]} is the 1-based match covering token k. */
        private <V> void matchWords(TokenTrie<V> trie, List<TokenTrie.Match<V>> matches, int[] at) {
            for (int i = 0; i < n;) {
                TokenTrie.Match<V> m = t.kind[i] == Tokens.ALPHA ? trie.longest(t, i, caps) : null;
                if (m == null) {
                    i++;
                    continue;
                }
                record(m, matches, at);
                i = m.end;
            }
        }

        private <V> void record(TokenTrie.Match<V> m, List<TokenTrie.Match<V>> matches, int[] at) {
            matches.add(m);
            for (int k = m.start; k < m.end; k++) {
                at[k] = matches.size();
            }
        }

        private List<CountryEntity> countries() {
            Map<String, List<Mention>> found = new TreeMap<>();
            Map<String, List<TokenTrie.Match<CountryForm>>> risky = new TreeMap<>();
            Set<String> docWords = null;
            for (TokenTrie.Match<CountryForm> m : countryMatches) {
                CountryForm f = m.value();
                if (f.code() == null || overlapsPerson(m.start, m.end)) {
                    continue;
                }
                if (f.risk() != Risk.NONE || caps[m.start] && isCommonAllCaps(m)) {
                    risky.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(m);
                    continue;
                }
                found.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(mention(m.start, m.end));
            }
            for (Map.Entry<String, List<TokenTrie.Match<CountryForm>>> e : risky.entrySet()) {
                String code = e.getKey();
                boolean safeSeen = found.containsKey(code);
                for (TokenTrie.Match<CountryForm> m : e.getValue()) {
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
                        found.computeIfAbsent(code, k -> new ArrayList<>()).add(mention(m.start, m.end));
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
        private boolean isCommonAllCaps(TokenTrie.Match<CountryForm> m) {
            return false;
        }

        private boolean nameAdjacent(TokenTrie.Match<CountryForm> m) {
            // "Michael Jordan", "Chad Wolf", "Jordan Bardella": a capitalised name word right before or after
            int before = m.start - 1;
            if (before >= 0 && t.kind[before] == Tokens.ALPHA && t.isCapitalised(before) && !sentenceStart[m.start]
                    && t.sep[m.start] == Tokens.SEP_SPACE && !isTitleOrCountryWord(before)) {
                return true;
            }
            int after = m.end;
            if (after < n && t.kind[after] == Tokens.ALPHA && t.isCapitalised(after) && t.sep[after] == Tokens.SEP_SPACE
                    && !isTitleOrCountryWord(after) && !d.nameStopWords.contains(t.form[after])
                    && !d.englishWords.contains(t.key[after])) {
                return true;
            }
            return false;
        }

        private boolean isTitleOrCountryWord(int i) {
            return inTitle[i] || (countryAt[i] > 0 && countryMatches.get(countryAt[i] - 1).value().code() != null
                    && countryMatches.get(countryAt[i] - 1).value().risk() == Risk.NONE);
        }

        private boolean georgiaIsCountry(TokenTrie.Match<CountryForm> m, Set<String> words, boolean safeSeen) {
            int after = m.end;
            // "Atlanta, Georgia", "Georgia Gov. Brian Kemp", "state of Georgia"
            if (m.start >= 2 && t.isPunct(m.start - 1, ',') && t.isCapitalised(m.start - 2)
                    && GEORGIA_US_CUES.contains(t.form[m.start - 2])) {
                return false;
            }
            if (m.start >= 2 && t.form[m.start - 1].equals("of") && t.key[m.start - 2].equals("state")) {
                return false;
            }
            if (after < n && (t.form[after].equals("Gov") || t.form[after].equals("Governor"))) {
                return false;
            }
            int us = 0;
            int country = 0;
            for (String w : GEORGIA_US_CUES) {
                if (words.contains(w)) {
                    us++;
                }
            }
            for (String w : GEORGIA_COUNTRY_CUES) {
                if (words.contains(w)) {
                    country++;
                }
            }
            return country >= us || safeSeen;
        }

        private boolean commonWordIsCountry(TokenTrie.Match<CountryForm> m, boolean safeSeen) {
            String form = m.value().form();
            int before = m.start - 1;
            int after = m.end;
            if (form.equals("US") || form.equals("USA") || form.equals("U.S.")) {
                if (!caps[m.start]) {
                    return true;
                }
                String prev = before >= 0 && t.kind[before] == Tokens.ALPHA ? t.form[before].toUpperCase() : "";
                String next = after < n && t.kind[after] == Tokens.ALPHA ? t.form[after].toUpperCase() : "";
                return !(US_PRONOUN_TRIGGERS.contains(prev) || US_PRONOUN_AFTER.contains(next));
            }
            if (form.equals("Turkey")) {
                // The bird: "the Turkey was carved", "roast Turkey", a food word close by on either side.
                // The country takes no article ("the Republic of Turkey" matches a longer alias first) except
                // in compounds ("the Turkey-Syria border").
                boolean compound = after < n && t.sep[after] == Tokens.SEP_HYPHEN;
                if (before >= 0 && t.kind[before] == Tokens.ALPHA && !compound
                        && (t.key[before].equals("the") || t.key[before].equals("a") || TURKEY_FOOD.contains(t.key[before]))) {
                    return false;
                }
                for (int k = Math.max(0, before - 3); k < n && k < after + 4; k++) {
                    if ((k < m.start || k >= after) && t.kind[k] == Tokens.ALPHA && TURKEY_FOOD.contains(t.key[k])) {
                        return false;
                    }
                }
                return true;
            }
            if (safeSeen) {
                return true;
            }
            if (caps[m.start] || sentenceStart[m.start]) {
                return false;
            }
            return before >= 0 && t.kind[before] == Tokens.ALPHA && RISKY_PREPOSITIONS.contains(t.form[before]);
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

        // ------------------------------------------------------------ weapons

        private void matchWeapons() {
            for (int i = 0; i < n;) {
                if (!t.isAlnum(i)) {
                    i++;
                    continue;
                }
                TokenTrie.Match<WeaponForm> m = d.weaponTrie.longestWithSuffix(t, i, caps, this::variantSuffix);
                if (m == null) {
                    m = family(i);
                }
                if (m == null) {
                    i++;
                    continue;
                }
                record(m, weaponMatches, weaponAt);
                i = m.end;
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

        /** The family fallback: "Su-75", "J-50", "DF-27" when weapons.tsv does not list them. */
        private TokenTrie.Match<WeaponForm> family(int i) {
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
                return new TokenTrie.Match<>(i, j, new TokenTrie.Entry<>(new String[0],
                        new WeaponForm(w, word, false, false), false));
            }
            return null;
        }

        private List<WeaponEntity> weapons() {
            Map<String, List<Mention>> found = new TreeMap<>();
            Map<String, Weapon> byName = new HashMap<>();
            List<TokenTrie.Match<WeaponForm>> contextual = new ArrayList<>();
            for (TokenTrie.Match<WeaponForm> m : weaponMatches) {
                WeaponForm f = m.value();
                if (f.blocked() || f.weapon() == null || overlapsPerson(m.start, m.end)) {
                    continue;
                }
                if (f.needsContext() || (caps[m.start] && !hasDigit(m))) {
                    contextual.add(m);
                    continue;
                }
                byName.put(f.weapon().name(), f.weapon());
                found.computeIfAbsent(f.weapon().name(), k -> new ArrayList<>()).add(mention(m.start, m.end));
            }
            for (TokenTrie.Match<WeaponForm> m : contextual) {
                Weapon w = m.value().weapon();
                // "Plant Avangard", "Bureau Almaz": a company named like a system
                int b = m.start - 1;
                if (b >= 0 && t.kind[b] == Tokens.ALPHA && COMPANY_WORDS.contains(t.form[b])
                        && !found.containsKey(w.name())) {
                    continue;
                }
                if (found.containsKey(w.name()) || weaponCueNear(m) || otherWeaponInSentence(m)) {
                    byName.put(w.name(), w);
                    found.computeIfAbsent(w.name(), k -> new ArrayList<>()).add(mention(m.start, m.end));
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

        private boolean hasDigit(TokenTrie.Match<?> m) {
            for (int k = m.start; k < m.end; k++) {
                if (t.kind[k] == Tokens.DIGIT) {
                    return true;
                }
            }
            return false;
        }

        private boolean isCue(int k) {
            if (WEAPON_CUES.contains(t.key[k]) || WEAPON_CUES.contains(t.form[k])) {
                return true;
            }
            // "air defence", "air-defense"
            return (t.key[k].equals("defence") || t.key[k].equals("defense")) && k > 0 && t.key[k - 1].equals("air");
        }

        /** Another unambiguous system named in the same sentence: "with S-300 and Buk". */
        private boolean otherWeaponInSentence(TokenTrie.Match<WeaponForm> m) {
            int from = m.start;
            while (from > 0 && !sentenceStart[from] && t.sep[from] < Tokens.SEP_NEWLINE) {
                from--;
            }
            for (int k = from; k < n; k++) {
                if (k > m.end && (sentenceStart[k] || t.sep[k] >= Tokens.SEP_NEWLINE)) {
                    break;
                }
                if (weaponAt[k] > 0 && (k < m.start || k >= m.end)) {
                    WeaponForm f = weaponMatches.get(weaponAt[k] - 1).value();
                    if (f.weapon() != null && !f.blocked() && !f.needsContext()) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean weaponCueNear(TokenTrie.Match<WeaponForm> m) {
            // a bare ambiguous name needs a weapon word within a few words, inside the same sentence
            int words = 0;
            for (int k = m.end; k < n && words < 4; k++) {
                if (t.kind[k] == Tokens.PUNCT && ".;:!?".indexOf(t.text.charAt(t.start[k])) >= 0) {
                    break;
                }
                if (k > m.end && t.sep[k] >= Tokens.SEP_NEWLINE) {
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
            for (int k = m.start - 1; k >= 0 && words < 4; k--) {
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

        // ------------------------------------------------------------ titles and known people

        private void matchTitles() {
            for (int i = 0; i < n;) {
                TokenTrie.Match<String> m = t.kind[i] == Tokens.ALPHA ? d.titleTrie.longest(t, i, caps) : null;
                if (m == null) {
                    i++;
                    continue;
                }
                int end = m.end;
                // "Gen." / "Mr." : the full stop belongs to the title
                if (end < n && t.isPunct(end, '.') && t.sep[end] == Tokens.SEP_NONE) {
                    end++;
                }
                for (int k = m.start; k < end; k++) {
                    inTitle[k] = true;
                }
                titleEndingAt[end] = m.value();
                i = end;
            }
        }

        private void matchKnownPeople() {
            matchWords(d.peopleTrie, knownMatches, knownAt);
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
            return j > i + 1 && PARTICLES.contains(t.form[i]) && t.isCapitalised(i + 1);
        }

        private void findPeople() {
            List<int[]> current = new ArrayList<>();
            String runTitle = null;
            String pendingTitle = null;
            int pendingTitleEnd = -1;
            int i = 0;
            while (i < n) {
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
                    int e = i;
                    while (e < n && inTitle[e]) {
                        e++;
                    }
                    if (followedByName(e)) {
                        flush(current, runTitle);
                        pendingTitle = titleEndingAt[e] == null ? "role" : titleEndingAt[e];
                        pendingTitleEnd = e;
                        i = e;
                        continue;
                    }
                }
                int j = wordEnd(i);
                boolean contiguous = false;
                if (!current.isEmpty()) {
                    int[] last = current.get(current.size() - 1);
                    contiguous = t.sep[i] == Tokens.SEP_SPACE && last[1] == i
                            || isInitial(last) && last[1] + 1 == i
                                    && (t.sep[i] == Tokens.SEP_SPACE || t.sep[i] == Tokens.SEP_NONE);
                }
                boolean nameWord = isNameWord(i, j)
                        || (PARTICLES.contains(t.form[i]) && j == i + 1 && nextIsCapitalised(j)
                                && (contiguous || current.isEmpty()));
                if (nameWord) {
                    if (!contiguous) {
                        flush(current, runTitle);
                        runTitle = pendingTitleEnd == i ? pendingTitle : null;
                    }
                    current.add(new int[] {i, j});
                } else {
                    flush(current, runTitle);
                }
                i = j;
            }
            flush(current, runTitle);
            resolveBareMentions();
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
                if (!PARTICLES.contains(t.form[k])) {
                    return false;
                }
            }
            return false;
        }

        private boolean knownStartsAt(int i) {
            return knownAt[i] > 0 && knownMatches.get(knownAt[i] - 1).start == i
                    && !knownMatches.get(knownAt[i] - 1).value().alias();
        }

        /** Titles that are ordinary words ("General", "Major") count only before a capitalised word. */
        private boolean followedByName(int j) {
            return j < n && (t.sep[j] == Tokens.SEP_SPACE || t.sep[j] == Tokens.SEP_NONE) && t.kind[j] == Tokens.ALPHA
                    && (t.isCapitalised(j) || inTitle[j] || (PARTICLES.contains(t.form[j])
                            && (wordEnd(j) > j + 1 || nextIsCapitalised(j + 1))));
        }

        private boolean isInitial(int[] w) {
            return w[1] == w[0] + 1 && countryAt[w[0]] == 0 && t.form[w[0]].length() == 1 && Character.isUpperCase(t.form[w[0]].charAt(0))
                    && w[1] < n && t.isPunct(w[1], '.');
        }

        /** A middle initial written without its full stop: the "W" of "George W Bush". */
        private boolean isBareInitial(int[] w) {
            return w[1] == w[0] + 1 && t.kind[w[0]] == Tokens.ALPHA && t.form[w[0]].length() == 1
                    && Character.isUpperCase(t.form[w[0]].charAt(0)) && !caps[w[0]];
        }

        private void flush(List<int[]> words, String titleBefore) {
            if (words.isEmpty()) {
                return;
            }
            List<int[]> ws = new ArrayList<>(words);
            words.clear();
            considerRun(ws, titleBefore);
        }

        private void considerRun(List<int[]> ws, String titleBefore) {
            int runStart = ws.get(0)[0];
            boolean shipName = runStart > 0 && t.kind[runStart - 1] == Tokens.ALPHA
                    && SHIP_PREFIXES.contains(t.form[runStart - 1]);
            if (shipName) {
                return;
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
                                || ws.get(k)[1] == ws.get(k)[0] + 1 && d.englishWords.contains(t.key[ws.get(k)[0]])
                                        && !d.givenNames.contains(t.form[ws.get(k)[0]]);
                        if (cut) {
                            if (k > segStart) {
                                headlineSegment(ws.subList(segStart, k), segStart == 0 ? titleBefore : null);
                            }
                            segStart = k + 1;
                        }
                    }
                }
                for (int[] w : ws) {
                    if (!personToken[w[0]]) {
                        pendingSingles.add(w);
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
                int[] w = ws.get(from);
                String f = t.form[w[0]];
                boolean given = d.givenNames.contains(f) || d.givenNames.contains(word(w[0], w[1]));
                boolean country = countryAt[w[0]] > 0 && countryMatches.get(countryAt[w[0]] - 1).value().code() != null
                        && countryMatches.get(countryAt[w[0]] - 1).end <= lastTokenOf(ws, from) + 1;
                if (country && from + 1 < ws.size()
                        && countryMatches.get(countryAt[w[0]] - 1).value().risk() == Risk.PERSON_NAME) {
                    int[] nextWord = ws.get(from + 1);
                    if (!isStopWord(nextWord) && countryAt[nextWord[0]] == 0
                            && !d.englishWords.contains(t.key[nextWord[0]])) {
                        given = true;
                        country = false;
                    }
                }
                boolean stop = d.nameStopWords.contains(f) && !given;
                boolean sentenceWord = sentenceStart[w[0]] && !given
                        && (!d.surnamesFirst.contains(f) || f.length() <= 3 && d.englishWords.contains(t.key[w[0]]))
                        && (d.englishWords.contains(t.key[w[0]]) || ws.size() == 1);
                boolean particleFirst = PARTICLES.contains(f) && w[1] == w[0] + 1 && t.isLower(w[0]);
                if (particleFirst) {
                    // "President von der Leyen", "von der Leyen said": a surname with particles
                    int[] last = ws.get(ws.size() - 1);
                    pendingSingles.add(new int[] {w[0], last[1], titleBefore != null ? 2 : 0});
                    return;
                }
                if (country && !given) {
                    // skip the whole country match
                    int end = countryMatches.get(countryAt[w[0]] - 1).end;
                    while (from < ws.size() && ws.get(from)[0] < end) {
                        from++;
                    }
                    titleBefore = null;
                    continue;
                }
                // "IAEA DG Grossi", "CNN anchor": an acronym before the name is an organisation
                boolean acronym = w[1] == w[0] + 1 && t.form[w[0]].length() >= 3 && t.isAllCaps(w[0]) && !given
                        && from + 1 < ws.size();
                // "North Hykeham", "South Yorkshire": a compass word opens a place
                boolean compass = COMPASS_WORDS.contains(f) && w[1] == w[0] + 1 && from + 1 < ws.size();
                if (stop || sentenceWord || particleFirst || acronym || compass
                        || isInitial(w) && from == 0 && ws.size() == 1) {
                    if (sentenceWord && !stop) {
                        pendingSingles.add(w);
                    }
                    from++;
                    titleBefore = null;
                    continue;
                }
                break;
            }
            List<int[]> name = new ArrayList<>(ws.subList(from, ws.size()));
            if (name.isEmpty()) {
                return;
            }
            for (int k = 1; k < name.size() - 1; k++) {
                int[] w = name.get(k);
                if (d.givenNames.contains(t.form[w[0]]) && !d.englishWords.contains(t.key[w[0]])) {
                    boolean ordinaryBefore = true;
                    for (int m = 0; m < k; m++) {
                        int[] b = name.get(m);
                        if (!(d.englishWords.contains(t.key[b[0]]) && b[1] == b[0] + 1 || isStopWord(b))
                                || d.givenNames.contains(t.form[b[0]])) {
                            ordinaryBefore = false;
                        }
                    }
                    if (ordinaryBefore) {
                        name = new ArrayList<>(name.subList(k, name.size()));
                        titleBefore = "role";
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
                        org.append(k > 0 ? " " : "").append(Tokens.fold(word(name.get(k)[0], name.get(k)[1])));
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
            for (int[] w : name) {
                if (weaponAt[w[0]] > 0) {
                    TokenTrie.Match<WeaponForm> wm = weaponMatches.get(weaponAt[w[0]] - 1);
                    if (wm.value().weapon() != null && !wm.value().needsContext() || wm.value().blocked()) {
                        return;
                    }
                }
            }
            while (name.size() >= 2 && POST_NOMINALS.contains(t.form[name.get(name.size() - 1)[0]])) {
                name.remove(name.size() - 1);
            }
            // "Tudor England", "United Russia", "under President Ortega Nicaragua is": a country
            // closing the run is not part of the name
            while (name.size() >= 2 && endsWithCountry(name)) {
                int cs = countryMatches.get(countryAt[name.get(name.size() - 1)[0]] - 1).start;
                while (!name.isEmpty() && name.get(name.size() - 1)[0] >= cs) {
                    name.remove(name.size() - 1);
                }
                if (name.isEmpty()) {
                    return;
                }
            }
            if (name.size() >= 3) {
                int[] lastWord = name.get(name.size() - 1);
                if (lastWord[1] == lastWord[0] + 1 && d.englishWords.contains(t.key[lastWord[0]])
                        && !isInitial(name.get(name.size() - 2)) && !isBareInitial(name.get(name.size() - 2))
                        && !d.givenNames.contains(t.form[lastWord[0]]) && !isPatronymic(t.key[name.get(1)[0]])
                        && !(lastWord[1] < n && SPEECH_VERBS.contains(t.form[lastWord[1]]))) {
                    name.remove(name.size() - 1);
                }
            }
            int endTok = name.get(name.size() - 1)[1];
            if (endTok < n && t.kind[endTok] == Tokens.ALPHA && AFTER_NAME_BLOCKERS.contains(t.form[endTok])
                    && t.sep[endTok] != Tokens.SEP_NEWLINE) {
                return;
            }
            if (endTok < n && t.kind[endTok] == Tokens.POSSESSIVE && endTok + 1 < n
                    && AFTER_NAME_BLOCKERS.contains(t.form[endTok + 1])) {
                // "Biden's administration" still names Biden
            }
            if (name.size() == 1) {
                int[] w = name.get(0);
                if (titleBefore != null && (titleBefore.equals("honorific") || titleBefore.equals("military-rank"))
                        && !isInitial(w)) {
                    pendingSingles.add(new int[] {w[0], w[1], 1});
                } else {
                    pendingSingles.add(new int[] {w[0], w[1], titleBefore != null && titleEndingAt[w[0]] != null ? 2 : 0});
                }
                return;
            }
            int nameWords = 0;
            for (int[] w : name) {
                if (!isInitial(w) && !PARTICLES.contains(t.form[w[0]]) || w[1] > w[0] + 1) {
                    nameWords++;
                }
            }
            if (nameWords > 5) {
                for (int[] w : name) {
                    pendingSingles.add(w);
                }
                return;
            }
            if (!isPerson(name, titleBefore)) {
                for (int[] w : name) {
                    pendingSingles.add(w);
                }
                return;
            }
            addPerson(name);
        }

        /** A piece of a headline run: a person if it is given name + surname, or follows a title. */
        private void headlineSegment(List<int[]> seg, String titleBefore) {
            int words = 0;
            for (int[] w : seg) {
                if (!isInitial(w)) {
                    words++;
                }
            }
            if (words < 2 || words > 4) {
                return;
            }
            int[] first = seg.get(0);
            boolean given = d.givenNames.contains(t.form[first[0]]) || d.givenNames.contains(word(first[0], first[1]));
            if (!given && (titleBefore == null || words > 3)) {
                return;
            }
            for (int[] w : seg) {
                if (countryAt[w[0]] > 0 || weaponAt[w[0]] > 0) {
                    return;
                }
            }
            int p = first[0] - 1;
            if (p >= 0 && t.kind[p] == Tokens.ALPHA && LOCATIVE.contains(t.form[p]) && t.sep[first[0]] < Tokens.SEP_NEWLINE) {
                return;
            }
            addPerson(new ArrayList<>(seg));
        }

        private int lastTokenOf(List<int[]> ws, int from) {
            return ws.get(ws.size() - 1)[1] - 1;
        }

        /** The run's last word ends a country match that is not also a person's name. */
        private boolean endsWithCountry(List<int[]> name) {
            int[] last = name.get(name.size() - 1);
            if (countryAt[last[0]] == 0) {
                return false;
            }
            TokenTrie.Match<CountryForm> m = countryMatches.get(countryAt[last[0]] - 1);
            return m.value().code() != null && m.value().risk() == Risk.NONE && m.end == last[1]
                    && m.start > name.get(0)[0] && knownAt[last[0]] == 0;
        }

        private boolean isStopWord(int[] w) {
            // "Non-NATO", "D-ISIS", "pro-EU": a word built on an acronym
            if (w[1] > w[0] + 1) {
                for (int k = w[0]; k < w[1]; k++) {
                    if (k > w[0] && t.sep[k] == Tokens.SEP_HYPHEN && t.form[k].length() >= 2 && t.isAllCaps(k)
                            && !caps[k]) {
                        return true;
                    }
                }
            }
            String f = t.form[w[0]];
            if (!d.nameStopWords.contains(f) && !d.nameStopWords.contains(word(w[0], w[1]))) {
                return false;
            }
            // "Park Min-seo": a family name that is also a place word, before a hyphenated given name
            if (d.surnamesFirst.contains(f) && w[1] < n && t.sep[w[1]] == Tokens.SEP_SPACE && t.isCapitalised(w[1])
                    && wordEnd(w[1]) > w[1] + 1 && t.sep[w[1] + 1] == Tokens.SEP_HYPHEN) {
                return false;
            }
            return true;
        }

        private boolean allCaps(List<int[]> ws) {
            for (int[] w : ws) {
                if (!caps[w[0]]) {
                    return false;
                }
            }
            return true;
        }

        /** Claims known full names inside the run; true if the run is entirely a known name. */
        private boolean claimKnown(List<int[]> ws) {
            boolean any = false;
            boolean all = true;
            for (int[] w : ws) {
                if (knownAt[w[0]] == 0) {
                    all = false;
                    continue;
                }
                TokenTrie.Match<PersonForm> m = knownMatches.get(knownAt[w[0]] - 1);
                if (m.value().alias()) {
                    all = false;
                    continue;
                }
                if (m.start == w[0]) {
                    addMention(m.value().person().name(), m.start, m.end);
                    any = true;
                }
            }
            return any && all;
        }

        private boolean isPerson(List<int[]> name, String titleBefore) {
            int[] first = name.get(0);
            int[] last = name.get(name.size() - 1);
            String f0 = t.form[first[0]];
            String w0 = word(first[0], first[1]);
            if (titleBefore != null) {
                return true;
            }
            // places named like people: "near São Paulo", "on Diego Garcia", "the village of Bint Jbeil"
            int p = first[0] - 1;
            boolean sameLine = t.sep[first[0]] < Tokens.SEP_NEWLINE;
            if (sameLine && p >= 0 && t.kind[p] == Tokens.ALPHA && LOCATIVE.contains(t.form[p]) && !aboutPerson(p)) {
                return false;
            }
            if (sameLine && p >= 1 && t.form[p].equals("of") && PLACE_NOUNS.contains(t.key[p - 1])) {
                return false;
            }
            // "the French newspaper Le Monde", "Leeds band Kaiser Chiefs": named after a thing's noun
            if (sameLine && p >= 0 && t.kind[p] == Tokens.ALPHA && THING_NOUNS.contains(t.form[p])) {
                return false;
            }
            int q = last[1];
            if (q < n && t.kind[q] == Tokens.ALPHA && PLACE_NOUNS.contains(t.form[q])) {
                return false;
            }
            // a weapons system named like a person, with a weapon word near: "Charles de Gaulle carrier group"
            if (weaponAt[first[0]] > 0) {
                TokenTrie.Match<WeaponForm> wm = weaponMatches.get(weaponAt[first[0]] - 1);
                if (wm.start == first[0] && wm.end >= last[1] - 1 && wm.value().weapon() != null && weaponCueNear(wm)) {
                    return false;
                }
            }
            if (name.size() == 3 && isPatronymic(Tokens.fold(word(name.get(1)[0], name.get(1)[1])))) {
                return true;
            }
            if (d.givenNames.contains(w0) || d.givenNames.contains(f0)) {
                // "Mark Twain"... an ordinary capitalised word after a given name is still a surname
                return !allEnglishAfterFirst(name) || name.size() == 2;
            }
            // "the Sun Willis plays": a family name that is also a word, after an article, is that word
            boolean afterArticle = p >= 0 && sameLine && t.kind[p] == Tokens.ALPHA && t.key[p].equals("the")
                    && d.englishWords.contains(t.key[first[0]]);
            if (d.surnamesFirst.contains(f0) && name.size() <= 3 && !afterArticle) {
                boolean ok = true;
                for (int k = 1; k < name.size(); k++) {
                    int[] w = name.get(k);
                    String wf = t.form[w[0]];
                    if (d.englishWords.contains(t.key[w[0]]) && w[1] == w[0] + 1 || isStopWord(w)
                            || countryAt[w[0]] > 0) {
                        ok = false;
                    }
                    if (wf.length() > 8 && w[1] == w[0] + 1) {
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
            int after = last[1];
            if (after < n && t.kind[after] == Tokens.ALPHA && SPEECH_VERBS.contains(t.form[after])) {
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
                    if (t.kind[m] == Tokens.ALPHA && (ROLE_HEADS.contains(t.key[m]) || inTitle[m] && t.isLower(m))) {
                        return true;
                    }
                }
            }
            int before = first[0] - 1;
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
            return prep.equals("on") ? ON_ABOUT.contains(before) : !OFF_PLACE.contains(before);
        }

        private static boolean isPatronymic(String lower) {
            return lower.length() > 6 && (lower.endsWith("ovich") || lower.endsWith("evich") || lower.endsWith("ovna")
                    || lower.endsWith("evna") || lower.endsWith("ivna") || lower.endsWith("ovych")
                    || lower.endsWith("ivych") || lower.endsWith("yich") || lower.endsWith("ichna"));
        }

        private boolean allEnglish(List<int[]> name) {
            for (int[] w : name) {
                if (w[1] != w[0] + 1 || !d.englishWords.contains(t.key[w[0]])) {
                    return false;
                }
            }
            return true;
        }

        private boolean allEnglishAfterFirst(List<int[]> name) {
            for (int k = 1; k < name.size(); k++) {
                int[] w = name.get(k);
                if (w[1] != w[0] + 1 || !d.englishWords.contains(t.key[w[0]])) {
                    return false;
                }
            }
            return true;
        }

        private void addPerson(List<int[]> name) {
            List<String> parts = new ArrayList<>();
            int k0 = 0;
            // a name that starts with initials keeps them as written: "A.P. Singh", "J.D. Vance"
            if (isInitial(name.get(0)) && name.size() >= 2) {
                int k = 0;
                while (k < name.size() - 1 && isInitial(name.get(k))) {
                    k++;
                }
                int[] lastInitial = name.get(k - 1);
                parts.add(t.text.substring(t.start[name.get(0)[0]], t.end[lastInitial[1]]));
                k0 = k;
            }
            for (int k = k0; k < name.size(); k++) {
                int[] w = name.get(k);
                String word = surfaceWord(w[0], w[1]);
                if (isInitial(w) || (w[1] == w[0] + 1 && word.length() == 1)) {
                    continue;
                }
                if (NAME_SUFFIXES.contains(word) && k > 0) {
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
            int s = name.get(0)[0];
            int e = name.get(name.size() - 1)[1];
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
            for (Map.Entry<String, List<String>> e : personWords.entrySet()) {
                List<String> parts = e.getValue();
                if (parts.size() < 2) {
                    continue;
                }
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
                for (Map.Entry<String, List<String>> e : personWords.entrySet()) {
                    List<String> parts = e.getValue();
                    if (parts.size() < 2 || !parts.get(parts.size() - 1).equals(key)) {
                        continue;
                    }
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
            for (int[] w : pendingSingles) {
                int s = w[0];
                int e = w[1];
                if (personToken[s] || blockedAfter(e)) {
                    continue;
                }
                String key = Tokens.fold(word(s, e));
                String kind = titleEndingAt[s];
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
                if (who == null && knownAt[s] > 0) {
                    TokenTrie.Match<PersonForm> m = knownMatches.get(knownAt[s] - 1);
                    if (m.start == s && m.end == e) {
                        who = m.value().person().name();
                    }
                }
                if (who == null && titled != null) {
                    who = titled.name();
                }
                if (who == null && w.length > 2 && w[2] == 1 && e == s + 1
                        && (titleHead(s).equals("Sir") || titleHead(s).equals("Dame"))) {
                    // "Sir Howard" after "Sir Howard Newby": these honorifics go with the given name
                    who = byGivenName(key);
                }
                if (who == null && w.length > 2 && w[2] == 1 && !caps[s] && !headline[s] && !isStopWord(w)
                        && countryAt[s] == 0 && e == s + 1) {
                    who = surfaceWord(s, e);
                }
                if (who != null && (countryAt[s] == 0 || knownAt[s] > 0 || bySurname.containsKey(key))) {
                    addMention(who, s, e);
                }
            }
            pendingSingles.removeIf(w -> personToken[w[0]]);
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
                if (personToken[i] || !(PARTICLES.contains(t.form[i]) && t.isLower(i))) {
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
            for (String shorter : names) {
                List<String> sw = personWords.get(shorter);
                if (sw == null) {
                    continue;
                }
                String target = null;
                boolean ambiguous = false;
                for (String longer : names) {
                    List<String> lw = personWords.get(longer);
                    if (lw == null || longer.equals(shorter) || lw.size() <= sw.size()) {
                        continue;
                    }
                    boolean suffix = lw.subList(lw.size() - sw.size(), lw.size()).equals(sw);
                    boolean prefix = sw.size() == 1 && lw.get(0).equals(sw.get(0));
                    if (suffix || prefix) {
                        if (target != null && !target.equals(longer)) {
                            ambiguous = true;
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

        private boolean overlapsPerson(int s, int e) {
            for (int k = s; k < e; k++) {
                if (personToken[k]) {
                    return true;
                }
            }
            return false;
        }

        private Mention mention(int s, int e) {
            return new Mention(t.start[s], t.end[e - 1]);
        }
    }

}
