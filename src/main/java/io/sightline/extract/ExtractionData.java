package io.sightline.extract;

import static io.sightline.extract.DataFiles.DIR;
import static io.sightline.extract.DataFiles.col;
import static io.sightline.extract.DataFiles.lines;
import static io.sightline.extract.DataFiles.nicknames;
import static io.sightline.extract.DataFiles.platformNouns;
import static io.sightline.extract.DataFiles.shipNouns;
import static io.sightline.extract.DataFiles.split;
import static io.sightline.extract.DataFiles.tsv;
import static io.sightline.extract.DataFiles.wordList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.sightline.extract.DataFiles.DataFileException;
import io.sightline.extract.DataFiles.Row;

/**
 * The dictionaries behind extraction, read once from the classpath (resources under
 * {@code extract/}) and shared, immutable, by every extractor, {@link Countries} and
 * {@link WeaponKnowledgeBase} in the JVM.
 */
final class ExtractionData {

    enum Risk { NONE, PERSON_NAME, US_STATE, COMMON_WORD, NEEDS_CONTEXT }

    /** The kind column of {@code person-titles.tsv}: what a title says about the name after it. */
    enum TitleKind {
        /** Mr., Dr., Sir, Sheikh: a name follows at once; a bare unknown surname after it is a person. */
        HONORIFIC("honorific"),
        /** Gen., Lt. Col., Adm.: as an honorific. */
        MILITARY_RANK("military-rank"),
        POLITICAL_OFFICE("political-office"),
        /** Spokesperson, analyst, commander, CEO ...; also any title the code infers. */
        ROLE("role");

        final String column;

        TitleKind(String column) {
            this.column = column;
        }

        static TitleKind of(String column) {
            for (TitleKind kind : values()) {
                if (kind.column.equals(column)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown title kind '" + column + "' (honorific, military-rank, political-office, role)");
        }
    }

    /** One surface form of a country (or a blocking phrase when code is null). */
    record CountryForm(String code, String form, Risk risk, boolean demonym) {
    }

    /** demonym: the first of the gazetteer, "" when it lists none ("Russian" for RU). */
    record Country(String code, String name, List<String> forms, String demonym) {
    }

    record Weapon(String name, String type, List<String> origins) {
    }

    /** One surface form of a weapon; needsContext for bare ambiguous forms (Patriot, Javelin). */
    record WeaponForm(Weapon weapon, String form, boolean needsContext, boolean blocked) {
    }

    record Family(String prefix, Pattern number, String type, List<String> origins, boolean stripSuffix) {
    }

    /** One period reading of a bare form ("B-26" in 1948-1972 is the A-26 Invader), with the cues of that period. */
    record PeriodReading(Weapon weapon, int from, int to, List<String> cues) {
    }

    /** An organisation by canonical name; country is an ISO code or "" (international bodies, groups). */
    record Organisation(String name, String kind, String country, Set<String> cues) {
    }

    /**
     * One surface form of an organisation. needsContext for forms that are also ordinary words or
     * other acronyms ("IS", "Treasury"); countryBound for a body every country has ("Army",
     * "Defence Ministry"), counted only after a country ("Russian", "Nigeria's").
     */
    record OrganisationForm(Organisation organisation, String form, boolean needsContext, boolean countryBound) {
    }

    record KnownPerson(String name, String role, String country) {
    }

    /** A known person's form: the full name, or an alias ("Putin"). */
    record PersonForm(KnownPerson person, boolean alias) {
    }

    final Map<String, Country> countries = new TreeMap<>();
    final Map<String, String> countryCodeByForm = new HashMap<>();
    final TokenTrie<CountryForm> countryTrie = new TokenTrie<>();

    final Map<String, Weapon> weapons = new TreeMap<>();
    final Map<String, Weapon> weaponByForm = new HashMap<>();
    /** Variant to family by canonical name ("KC-46A" -> "KC-46", "USS Carney (DDG-64)" -> "Arleigh Burke-class"). */
    final Map<String, String> weaponFamily = new HashMap<>();
    /** Named ships by prefixed name without hull: "USS Missouri" -> the battleship (BB-63) and the submarine (SSN-780). */
    final Map<String, List<Weapon>> shipsByName = new HashMap<>();
    /** Years of service of ships sharing a prefixed name, by canonical name ({@link ShipService}). */
    final Map<String, ShipService.Period> shipService;
    /** Family to its variants, sorted ("Leopard 2" -> [Leopard 2A4, ..., Leopard 2A8]): the weapons facet nests them. */
    final Map<String, java.util.SortedSet<String>> weaponVariants = new HashMap<>();
    final TokenTrie<WeaponForm> weaponTrie = new TokenTrie<>();
    final Map<String, List<Family>> families = new HashMap<>();
    /** Bare forms that named different systems by period, by the form as weapons.tsv writes it ("B-26"). */
    final Map<String, List<PeriodReading>> weaponPeriods = new HashMap<>();
    final Set<String> familyStops = new HashSet<>();

    final Map<String, Organisation> organisations = new TreeMap<>();
    final Map<String, Organisation> organisationByForm = new HashMap<>();
    /** Folded forms that are also words, names or other acronyms ("IS", "Wagner"): they need context in a text and mean nothing alone in a query. */
    final Set<String> organisationContextForms = new HashSet<>();
    final TokenTrie<OrganisationForm> organisationTrie = new TokenTrie<>();

    final Set<String> givenNames = new HashSet<>();
    final Set<String> surnamesFirst = new HashSet<>();
    final Set<String> nameStopWords = new HashSet<>();
    final TokenTrie<TitleKind> titleTrie = new TokenTrie<>();
    final TokenTrie<PersonForm> peopleTrie = new TokenTrie<>();
    final Map<String, KnownPerson> personByForm = new HashMap<>();
    /** The same forms with hyphens read as spaces: "Al Sisi" is the lexicon's "al-Sisi". */
    private final Map<String, KnownPerson> personByLooseForm = new HashMap<>();
    /** Known people by folded surname ("herzog", "von der leyen", surname-first "xi"): for "President Herzog". */
    final Map<String, List<KnownPerson>> knownBySurname = new HashMap<>();
    /** Lower-case English words (SCOWL): capitalised, they start sentences rather than names. */
    final Set<String> englishWords = new HashSet<>();

    // Word lists of the finders' rules (extract/words/*.txt; what each is for is in its header).
    final Set<String> speechVerbs = wordList("speech-verbs.txt");
    final Set<String> nameParticles = wordList("name-particles.txt");
    final Set<String> nameSuffixes = wordList("name-suffixes.txt");
    final Set<String> nameIntroducers = wordList("name-introducers.txt");
    /** Navies' and merchant ships' prefixes with their origins (words/ship-prefixes.tsv): {@link ShipPrefixes}. */
    final ShipPrefixes shipPrefixTable = ShipPrefixes.load();
    final Set<String> shipPrefixes = shipPrefixTable.forms();
    final Set<String> abbreviations = wordList("abbreviations.txt");
    final Set<String> afterNameBlockers = wordList("after-name-blockers.txt");
    final Set<String> weaponCues = wordList("weapon-cues.txt");
    final Set<String> usPronounBefore = wordList("us-pronoun-before.txt");
    final Set<String> usPronounAfter = wordList("us-pronoun-after.txt");
    final Set<String> georgiaUsCues = wordList("georgia-us-cues.txt");
    final Set<String> georgiaCountryCues = wordList("georgia-country-cues.txt");
    final Set<String> turkeyFoodWords = wordList("turkey-food-words.txt");
    final Set<String> countryPrepositions = wordList("country-prepositions.txt");
    final Set<String> roleHeads = wordList("role-heads.txt");
    final Set<String> officeHeads = wordList("office-heads.txt");
    final Set<String> kinNouns = wordList("kin-nouns.txt");
    final Set<String> burmeseSyllables = wordList("burmese-name-syllables.txt");
    final Set<String> doubleSurnameCountries = wordList("double-surname-countries.txt");
    /** Folded given name or short form -> the folded full given names it stands for (name-nicknames.txt). */
    final Map<String, List<String>> nicknameHeads = nicknames("name-nicknames.txt");
    final Set<String> locativeWords = wordList("locative-words.txt");
    final Set<String> thingNouns = wordList("thing-nouns.txt");
    final Set<String> compassWords = wordList("compass-words.txt");
    final Set<String> onAboutWords = wordList("on-about-words.txt");
    final Set<String> offPlaceWords = wordList("off-place-words.txt");
    final Set<String> placeNouns = wordList("place-nouns.txt");
    final Set<String> postNominals = wordList("post-nominals.txt");
    final Set<String> companyWords = wordList("company-words.txt");
    /** Nouns that tell a platform's kind ("boat" -> vessel), for the look-alike rule of WeaponFinder. */
    final Map<String, PlatformKind> platformNouns = platformNouns("words/platform-nouns.tsv");
    /** Ship nouns and the ship type each names ("" for any ship): {@link ShipContext}. */
    final Map<String, String> shipNouns = shipNouns("words/ship-nouns.tsv");
    final Set<String> givenNameTitles = wordList("given-name-titles.txt");
    /** Verbs said of ships ("sank", "scuttled", "commissioned"): a sentence of ships for a bare ship name ({@link ShipContext}). */
    final Set<String> shipVerbs = wordList("ship-verbs.txt");

    private static volatile ExtractionData instance;

    static ExtractionData get() {
        ExtractionData d = instance;
        if (d == null) {
            synchronized (ExtractionData.class) {
                d = instance;
                if (d == null) {
                    d = new ExtractionData();
                    instance = d;
                }
            }
        }
        return d;
    }

    private ExtractionData() {
        loadCountries();
        for (String line : lines("english-words.txt")) {
            englishWords.add(line.trim());
        }
        loadWeapons();
        shipService = ShipService.load(weapons, shipsByName);
        loadFamilies();
        loadPeriods();
        loadPeople();
        loadOrganisations();
    }

    // ---------------------------------------------------------------- countries

    private void loadCountries() {
        for (Row r : tsv("countries.tsv")) {
            String[] row = r.cols();
            if (row[0].equals("code")) {
                continue;
            }
            if (row.length < 2 || row[0].isBlank() || row[1].isBlank()) {
                throw r.bad("expected code<TAB>name<TAB>aliases<TAB>demonyms[<TAB>risk<TAB>risky forms]");
            }
            String code = row[0].trim();
            String name = row[1].trim();
            Set<String> risky = new HashSet<>(split(col(row, 5)));
            Risk risk = switch (col(row, 4).trim()) {
                case "person-name" -> Risk.PERSON_NAME;
                case "us-state" -> Risk.US_STATE;
                case "common-word" -> Risk.COMMON_WORD;
                case "" -> Risk.NONE;
                default -> Risk.NEEDS_CONTEXT;
            };
            List<String> forms = new ArrayList<>();
            forms.add(name);
            forms.addAll(split(col(row, 2)));
            List<String> demonyms = split(col(row, 3));
            countries.put(code, new Country(code, name, Collections.unmodifiableList(forms),
                    demonyms.isEmpty() ? "" : demonyms.get(0)));
            for (String f : forms) {
                addCountryForm(code, f, risky.contains(f) ? risk : Risk.NONE, false);
            }
            for (String f : demonyms) {
                addCountryForm(code, f, risky.contains(f) ? risk : Risk.NONE, true);
            }
        }
        if (!countries.containsKey("SU")) {
            countries.put("SU", new Country("SU", "Soviet Union", List.of("Soviet Union", "USSR", "U.S.S.R."), "Soviet"));
            countryCodeByForm.put(Tokens.fold("Soviet Union"), "SU");
            countryCodeByForm.put(Tokens.fold("USSR"), "SU");
        }
        for (String line : lines("not-countries.txt")) {
            countryTrie.add(line.trim(), new CountryForm(null, line.trim(), Risk.NONE, false), false);
        }
    }

    private void addCountryForm(String code, String form, Risk risk, boolean demonym) {
        if (form.isBlank()) {
            return;
        }
        countryCodeByForm.putIfAbsent(Tokens.fold(form), code);
        countryTrie.add(form, new CountryForm(code, form, risk, demonym), false);
        // "Russia's" is tokenised as Russia + 's; a plural of a demonym is listed by the gazetteer.
    }

    // ---------------------------------------------------------------- weapons

    private void loadWeapons() {
        // weapons.tsv and ships.tsv, read strictly: a bad row fails start-up with the file and line named
        for (WeaponCatalog.Row row : WeaponCatalog.load(countries.keySet(), englishWords)) {
            Weapon w = new Weapon(row.name(), row.type(), row.origins());
            weapons.put(row.name(), w);
            if (!row.family().isEmpty()) {
                weaponFamily.put(row.name(), row.family());
                weaponVariants.computeIfAbsent(row.family(), family -> new java.util.TreeSet<>()).add(row.name());
            }
            if (row.ship()) {
                shipsByName.computeIfAbsent(row.name().replaceFirst(" \\([^)]*\\)$", ""), name -> new ArrayList<>()).add(w);
            }
            for (String f : row.forms()) {
                weaponByForm.putIfAbsent(Tokens.fold(f), w);
                weaponTrie.add(f, new WeaponForm(w, f, row.contextForms().contains(f), false), false);
            }
        }
        // Phrases that contain a weapon name but are something else: they win by length and block.
        for (String line : lines("not-weapons.txt")) {
            weaponTrie.add(line.trim(), new WeaponForm(null, line.trim(), false, true), false);
        }
    }

    private void loadPeriods() {
        weaponPeriods.putAll(weaponPeriods("weapon-periods.tsv", weapons, weaponByForm));
    }

    /**
     * Period readings of bare forms (weapon-periods.tsv): a form that is no weapons.tsv form, an unknown system or a
     * bad period fails with the file and line.
     */
    static Map<String, List<PeriodReading>> weaponPeriods(String name, Map<String, Weapon> weapons,
            Map<String, Weapon> weaponByForm) {
        Map<String, List<PeriodReading>> periods = new HashMap<>();
        for (Row r : tsv(name)) {
            if (r.length() != 5) {
                throw r.bad("expected 5 tab-separated columns (form, system, from, to, cues), found " + r.length());
            }
            String form = r.get(0);
            if (!weaponByForm.containsKey(Tokens.fold(form))) {
                throw r.bad("'" + form + "' is no form of weapons.tsv");
            }
            Weapon w = weapons.get(r.get(1));
            if (w == null) {
                throw r.bad("unknown system '" + r.get(1) + "' (weapons.tsv column 1)");
            }
            int from;
            int to;
            try {
                from = Integer.parseInt(r.get(2));
                to = Integer.parseInt(r.get(3));
            } catch (NumberFormatException e) {
                throw r.bad("the years must be numbers: '" + r.get(2) + "', '" + r.get(3) + "'");
            }
            if (from < 1900 || to > 2099 || from > to) {
                throw r.bad("a period must lie within 1900-2099 and start before it ends: " + from + "-" + to);
            }
            List<String> cues = List.of(r.get(4).split("\\|", -1));
            if (cues.stream().anyMatch(cue -> cue.isBlank() || !cue.equals(cue.strip()))) {
                throw r.bad("a cue may not be empty or start or end with a space");
            }
            periods.computeIfAbsent(form, k -> new ArrayList<>()).add(new PeriodReading(w, from, to, cues));
        }
        if (periods.isEmpty()) {
            throw new DataFileException(DIR.substring(1) + name + " has no entries");
        }
        return periods;
    }

    private void loadFamilies() {
        Set<String> seen = new HashSet<>();
        for (Row r : tsv("weapon-families.tsv")) {
            String[] row = r.cols();
            if (row[0].equals("stop")) {
                if (row.length < 2 || row[1].isBlank()) {
                    throw r.bad("expected stop<TAB>look-alike");
                }
                familyStops.add(row[1].trim());
                continue;
            }
            if (row[0].equals("prefix")) {
                continue;
            }
            if (row.length < 5) {
                throw r.bad("expected prefix<TAB>number regex<TAB>type<TAB>origins<TAB>keep|strip-suffix");
            }
            if (!seen.add(String.join("\t", row))) {
                continue;
            }
            Pattern number;
            try {
                number = Pattern.compile(row[1].trim());
            } catch (java.util.regex.PatternSyntaxException e) {
                throw r.bad("bad number regex: " + e.getDescription());
            }
            families.computeIfAbsent(row[0].trim(), k -> new ArrayList<>())
                    .add(new Family(row[0].trim(), number, row[2].trim(), List.copyOf(split(row[3])),
                            row[4].trim().equals("strip-suffix")));
        }
    }

    // ---------------------------------------------------------------- organisations

    static final Set<String> ORGANISATION_KINDS = Set.of("alliance", "international-body", "armed-group",
            "armed-force", "government-body", "defence-company");

    private void loadOrganisations() {
        for (Row r : tsv("organisations.tsv")) {
            String[] row = r.cols();
            if (row[0].equals("name")) {
                continue;
            }
            if (row.length < 4 || row[0].isBlank()) {
                throw r.bad("expected name<TAB>aliases<TAB>kind<TAB>country[<TAB>context-forms<TAB>cues]");
            }
            String name = row[0].trim();
            String kind = row[2].trim();
            String country = row[3].trim();
            if (!ORGANISATION_KINDS.contains(kind)) {
                throw r.bad("unknown kind '" + kind + "' (" + String.join(", ", new java.util.TreeSet<>(ORGANISATION_KINDS)) + ")");
            }
            boolean countryBound = country.equals("*");
            if (!countryBound && !country.isEmpty() && !countries.containsKey(country)) {
                throw r.bad("unknown country code '" + country + "'");
            }
            if (organisations.containsKey(name)) {
                throw r.bad("'" + name + "' is listed twice");
            }
            Set<String> contextForms = new HashSet<>(split(col(row, 4)));
            Organisation o = new Organisation(name, kind, countryBound ? "" : country, Set.copyOf(split(col(row, 5))));
            List<String> forms = new ArrayList<>();
            forms.add(name);
            forms.addAll(split(col(row, 1)));
            if (!forms.containsAll(contextForms)) {
                throw r.bad("a context form is not one of the row's names: " + contextForms);
            }
            if (!countryBound) {
                organisations.put(name, o);
            }
            for (String f : forms) {
                if (!countryBound) {
                    organisationByForm.putIfAbsent(Tokens.fold(f), o);
                    if (contextForms.contains(f)) {
                        organisationContextForms.add(Tokens.fold(f));
                    }
                }
                organisationTrie.add(f, new OrganisationForm(o, f, contextForms.contains(f), countryBound), false);
            }
        }
    }

    // ---------------------------------------------------------------- people

    private void loadPeople() {
        for (String line : lines("given-names.txt")) {
            givenNames.add(Tokens.normalise(line.trim()));
        }
        for (String line : lines("surnames-first.txt")) {
            surnamesFirst.add(Tokens.normalise(line.trim()));
        }
        for (String line : lines("name-stop-words.txt")) {
            nameStopWords.add(Tokens.normalise(line.trim()));
        }
        for (Row r : tsv("person-titles.tsv")) {
            String[] row = r.cols();
            if (row[0].equals("title")) {
                continue;
            }
            if (row.length < 2 || row[0].isBlank()) {
                throw r.bad("expected title<TAB>kind");
            }
            TitleKind kind;
            try {
                kind = TitleKind.of(row[1].trim());
            } catch (IllegalArgumentException e) {
                throw r.bad(e.getMessage());
            }
            titleTrie.add(row[0].trim(), kind, false);
        }
        for (Row r : tsv("known-people.tsv")) {
            String[] row = r.cols();
            if (row[0].equals("name")) {
                continue;
            }
            if (row[0].isBlank()) {
                throw r.bad("the name column is empty");
            }
            KnownPerson p = new KnownPerson(row[0].trim(), col(row, 2).trim(), col(row, 3).trim());
            personByForm.putIfAbsent(Tokens.fold(p.name()), p);
            personByLooseForm.putIfAbsent(looseKey(p.name()), p);
            peopleTrie.add(p.name(), new PersonForm(p, false), false);
            for (String alias : split(col(row, 1))) {
                personByForm.putIfAbsent(Tokens.fold(alias), p);
                personByLooseForm.putIfAbsent(looseKey(alias), p);
                peopleTrie.add(alias, new PersonForm(p, true), false);
            }
            indexSurname(p);
        }
        registerSpellingVariants();
    }

    /**
     * Every known name and alias also in its other transliterations (NameVariants), added after
     * all written forms so that a generated spelling never takes another person's real name.
     */
    private void registerSpellingVariants() {
        NameVariants variants = NameVariants.load();
        for (Row r : tsv("known-people.tsv")) {
            String[] row = r.cols();
            if (row[0].equals("name") || row[0].isBlank()) {
                continue;
            }
            KnownPerson p = personByForm.get(Tokens.fold(row[0].trim()));
            List<String> forms = new ArrayList<>();
            forms.add(row[0].trim());
            forms.addAll(split(col(row, 1)));
            for (int i = 0; i < forms.size(); i++) {
                boolean alias = i > 0;
                for (String variant : variants.variants(forms.get(i))) {
                    personByLooseForm.putIfAbsent(looseKey(variant), p);
                    if (personByForm.putIfAbsent(Tokens.fold(variant), p) == null) {
                        peopleTrie.add(variant, new PersonForm(p, alias), false);
                    }
                }
            }
        }
    }

    private static String looseKey(String name) {
        return Tokens.fold(name).replace('-', ' ');
    }

    /** The known person of this name or alias, hyphens and spaces alike ("Al Sisi", "al-Sisi"); or null. */
    KnownPerson knownPerson(String name) {
        KnownPerson exact = personByForm.get(Tokens.fold(name));
        return exact != null ? exact : personByLooseForm.get(looseKey(name));
    }

    /**
     * "Laurentino Cortizo Cohen": the known person named by all but the last word, when that
     * person's country gives two surnames (double-surname-countries.txt) and the last word is a
     * capitalised surname, not an initial or suffix. Null otherwise.
     */
    KnownPerson knownWithSecondSurname(String name) {
        int cut = name.lastIndexOf(' ');
        if (cut <= 0 || name.length() - cut < 3 || !Character.isUpperCase(name.charAt(cut + 1))
                || name.indexOf(' ') == cut) {
            return null;
        }
        KnownPerson p = knownPerson(name.substring(0, cut));
        return p != null && doubleSurnameCountries.contains(p.country()) ? p : null;
    }

    private void indexSurname(KnownPerson p) {
        String[] parts = p.name().split(" ");
        if (parts.length < 2) {
            return;
        }
        Set<String> keys = new HashSet<>();
        keys.add(Tokens.fold(parts[parts.length - 1]));
        if (surnamesFirst.contains(Tokens.normalise(parts[0]))) {
            keys.add(Tokens.fold(parts[0]));
        }
        for (int k = 1; k < parts.length - 1; k++) {
            keys.add(Tokens.fold(String.join(" ", Arrays.asList(parts).subList(k, parts.length))));
        }
        for (String key : keys) {
            knownBySurname.computeIfAbsent(key, x -> new ArrayList<>()).add(p);
        }
    }
}
