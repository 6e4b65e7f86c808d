package io.sightline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The extractor: gazetteer and knowledge-base matching over tokens (one pass each, longest
 * match first) for countries and weapons, then rule- and lexicon-based person finding that
 * treats the country and weapon mentions as already taken. Thread-safe: all state is built once.
 */
@ApplicationScoped
public class DefaultEntityExtractor implements EntityExtractor {

    /** Words near a bare, ambiguous weapon name that show it is the weapon ("Patriot battery"). */
    private static final Set<String> WEAPON_CUES = Set.of("missile", "missiles", "system", "systems", "battery",
            "batteries", "launcher", "launchers", "tank", "tanks", "jet", "jets", "fighter", "fighters", "aircraft",
            "drone", "drones", "helicopter", "helicopters", "howitzer", "howitzers", "interceptor", "interceptors",
            "rocket", "rockets", "munition", "munitions", "vehicle", "vehicles", "defence", "defense", "warship",
            "warships", "submarine", "submarines", "frigate", "frigates", "destroyer", "destroyers", "rounds",
            "guided", "artillery", "bomber", "bombers", "UAV", "UAVs", "armoured", "armored", "anti", "air",
            "surface", "cruise", "ballistic", "weapons", "weapon", "shells", "strike", "strikes", "deliveries",
            "supplied", "delivered", "units", "squadron", "fired", "launched", "shot", "intercepted", "carrier",
            "gun", "guns", "rifle", "rifles", "mortar", "mortars", "ammunition", "warheads", "warhead");
    private static final Set<String> US_PRONOUN_CONTEXT = Set.of("LET", "FOR", "TO", "WITH", "OF", "JOIN", "HELP",
            "TELL", "GIVE", "SHOW", "ABOUT", "AMONG", "BEHIND", "WITHOUT", "FROM", "BY", "TOLD", "ASK", "CALL",
            "CONTACT", "FOLLOW", "SEND", "MAKE", "KEEP", "LEAVE", "SAVE", "BETWEEN", "ALL", "BOTH", "SOME", "MANY",
            "MOST", "ON", "AT", "LIKE", "THAN", "UNTIL", "UPON", "INTO", "ONTO");
    private static final Set<String> US_STATE_CUES = Set.of("Atlanta", "Savannah", "Augusta", "Macon", "Governor",
            "Gov", "Kemp", "Raffensperger", "county", "County", "Peach", "Republican", "Republicans", "Democrat",
            "Democrats", "Democratic", "GOP", "Senate", "senator", "Senator", "Alabama", "Florida", "Tennessee",
            "Carolina", "Fulton", "Benning", "Stewart", "Gordon", "Bulldogs", "Tech", "primary", "electoral");
    private static final Set<String> GEORGIA_COUNTRY_CUES = Set.of("Tbilisi", "Abkhazia", "Ossetia", "Caucasus",
            "Kobakhidze", "Zourabichvili", "Saakashvili", "Ivanishvili", "Kavelashvili", "Batumi", "Sukhumi",
            "Tskhinvali", "Georgian");
    private static final Set<String> TURKEY_BIRD_CUES = Set.of("Thanksgiving", "roast", "dinner", "sandwich",
            "feast", "pardon", "pardoned", "stuffing", "gravy", "bird", "carved", "Christmas", "oven");

    private final Countries countries;
    private final WeaponKnowledgeBase weapons;
    private final PersonFinder people;

    /** Loads every data file from the classpath; use this outside CDI (evaluation, benchmarks). */
    public DefaultEntityExtractor() {
        this(new Countries(), new WeaponKnowledgeBase());
    }

    @Inject
    public DefaultEntityExtractor(Countries countries, WeaponKnowledgeBase weapons) {
        this.countries = countries;
        this.weapons = weapons;
        this.people = new PersonFinder();
    }

    /** The canonical spelling of a person's name per the known-people lexicon ("Zelenskyy" → "Volodymyr Zelensky"). */
    public String canonicalPersonName(String name) {
        return people.canonical(name);
    }

    @Override
    public Extraction extract(String text) {
        if (text == null || text.isBlank()) {
            return Extraction.EMPTY;
        }
        List<Token> tokens = Tokenizer.tokenize(text);
        boolean[] blocked = new boolean[tokens.size()];
        List<CountryEntity> countryEntities = findCountries(tokens, blocked);
        List<WeaponEntity> weaponEntities = findWeapons(tokens, blocked);
        List<PersonEntity> personEntities = new ArrayList<>();
        for (PersonFinder.Found found : people.find(tokens, blocked)) {
            personEntities.add(new PersonEntity(found.name(), mentions(tokens, found.spans())));
        }
        personEntities.sort(Comparator.comparing(PersonEntity::name));
        return new Extraction(personEntities, countryEntities, weaponEntities);
    }

    // --- countries -------------------------------------------------------------------------------

    private List<CountryEntity> findCountries(List<Token> tokens, boolean[] blocked) {
        Map<String, List<int[]>> safe = new TreeMap<>();
        Map<String, List<int[]>> risky = new TreeMap<>();
        Map<String, List<String>> riskyCautions = new TreeMap<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseMatcher.Match<Countries.Form> match = tokens.get(i).word() ? countries.matcher().longestAt(tokens, i)
                    : null;
            if (match == null) {
                i++;
                continue;
            }
            Countries.Form form = match.value();
            if (form.code() != null && acceptCountry(tokens, match, form)) {
                Map<String, List<int[]>> target = form.risky() ? risky : safe;
                target.computeIfAbsent(form.code(), c -> new ArrayList<>()).add(new int[] { match.from(), match.to() });
                if (form.risky()) {
                    riskyCautions.computeIfAbsent(form.code(), c -> new ArrayList<>()).add(form.caution());
                }
                for (int k = match.from(); k < match.to(); k++) {
                    blocked[k] = true;
                }
            }
            i = match.to();
        }
        // A risky form ("Jersey", "CAR", "PNG", "Pole") counts only when the article also names
        // the country safely; "US", "Turkey", "Georgia", "Jordan" and "Chad" passed their own checks.
        risky.forEach((code, spans) -> {
            boolean standalone = riskyCautions.get(code).stream()
                    .allMatch(c -> !c.equals("common-word") || code.equals("US") || code.equals("TR"));
            if (standalone || safe.containsKey(code)) {
                safe.computeIfAbsent(code, c -> new ArrayList<>()).addAll(spans);
            }
        });
        List<CountryEntity> result = new ArrayList<>();
        safe.forEach((code, spans) -> result.add(
                new CountryEntity(code, countries.name(code).orElse(code), mentions(tokens, spans))));
        return result;
    }

    private boolean acceptCountry(List<Token> tokens, PhraseMatcher.Match<Countries.Form> match, Countries.Form form) {
        if (!form.risky()) {
            return true;
        }
        int at = match.from();
        switch (form.caution()) {
            case "common-word" -> {
                if (form.code().equals("US")) {
                    // "LET US KNOW": the pronoun in all-caps text
                    Token previous = previousWord(tokens, at);
                    Token next = nextWord(tokens, match.to());
                    boolean capsContext = (previous != null && previous.isAllCaps() && previous.text().length() > 1)
                            || (next != null && next.isAllCaps() && next.text().length() > 1);
                    return !(capsContext && ((previous != null && US_PRONOUN_CONTEXT.contains(previous.text()))
                            || (next != null && US_PRONOUN_CONTEXT.contains(next.text()))));
                }
                if (form.code().equals("TR")) {
                    return !near(tokens, at, 8, TURKEY_BIRD_CUES);
                }
                return true;
            }
            case "us-state" -> {
                // the country unless US-state words surround it and nothing in the text points to the Caucasus
                return anywhere(tokens, GEORGIA_COUNTRY_CUES) || !near(tokens, at, 12, US_STATE_CUES);
            }
            case "person-name" -> {
                // "Michael Jordan", "Chad Smith": a name next to it makes it a person
                Token previous = at > 0 ? tokens.get(at - 1) : null;
                Token next = match.to() < tokens.size() ? tokens.get(match.to()) : null;
                boolean nameBefore = previous != null && previous.isCapitalised() && !previous.isAllCaps()
                        && people.isGivenName(previous.text());
                boolean nameAfter = next != null && next.isCapitalised() && !next.isAllCaps() && next.afterSpace()
                        && !people.isStopWord(next.text());
                return !nameBefore && !nameAfter;
            }
            default -> {
                return true;
            }
        }
    }

    // --- weapons ---------------------------------------------------------------------------------

    private List<WeaponEntity> findWeapons(List<Token> tokens, boolean[] blocked) {
        Map<String, List<int[]>> sure = new LinkedHashMap<>();
        Map<String, List<int[]>> needContext = new LinkedHashMap<>();
        Map<String, WeaponKnowledgeBase.System> systems = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (!token.word() || blocked[i]) {
                i++;
                continue;
            }
            PhraseMatcher.Match<WeaponKnowledgeBase.Form> match = weapons.matcher().longestAt(tokens, i);
            if (match != null && match.value().blocked()) {
                i = match.to();
                continue;
            }
            if (match != null) {
                WeaponKnowledgeBase.System system = match.value().system();
                systems.put(system.name(), system);
                int[] span = { match.from(), match.to() };
                if (match.value().needsContext()) {
                    if (partOfAName(tokens, match)) {
                        i = match.to();
                        continue;
                    }
                    if (near(tokens, match.from(), 5, WEAPON_CUES)) {
                        sure.computeIfAbsent(system.name(), n -> new ArrayList<>()).add(span);
                    } else {
                        needContext.computeIfAbsent(system.name(), n -> new ArrayList<>()).add(span);
                    }
                } else {
                    sure.computeIfAbsent(system.name(), n -> new ArrayList<>()).add(span);
                }
                i = match.to();
                continue;
            }
            WeaponKnowledgeBase.System family = familyDesignation(tokens, i);
            if (family != null) {
                systems.put(family.name(), family);
                sure.computeIfAbsent(family.name(), n -> new ArrayList<>()).add(new int[] { i, i + 2 });
                i += 2;
                continue;
            }
            i++;
        }
        // A bare ambiguous name counts when the same system is named unambiguously elsewhere.
        needContext.forEach((name, spans) -> {
            if (sure.containsKey(name)) {
                sure.get(name).addAll(spans);
            }
        });
        List<WeaponEntity> result = new ArrayList<>();
        sure.forEach((name, spans) -> {
            WeaponKnowledgeBase.System system = systems.get(name);
            for (int[] span : spans) {
                for (int k = span[0]; k < span[1] && k < blocked.length; k++) {
                    blocked[k] = true;
                }
            }
            result.add(new WeaponEntity(name, system.type(), system.origins(), mentions(tokens, spans)));
        });
        result.sort(Comparator.comparing(WeaponEntity::name));
        return result;
    }

    /**
     * A bare ambiguous name inside a run of capitalised words is a person's name ("Abdel Fattah
     * al-Sisi", "Dana Whitfield", "Selcuk Bayraktar"), not the weapon.
     */
    private boolean partOfAName(List<Token> tokens, PhraseMatcher.Match<WeaponKnowledgeBase.Form> match) {
        Token previous = match.from() > 0 ? tokens.get(match.from() - 1) : null;
        Token next = match.to() < tokens.size() ? tokens.get(match.to()) : null;
        return isNameWord(previous) || (isNameWord(next) && !WEAPON_CUES.contains(next.text()));
    }

    private boolean isNameWord(Token token) {
        return token != null && token.isCapitalised() && !token.isAllCaps() && !people.isStopWord(token.text())
                && !WEAPON_CUES.contains(token.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** "Su-75", "MiG-41": a designation family's prefix, a hyphen and a number the family allows. */
    private WeaponKnowledgeBase.System familyDesignation(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return null;
        }
        Token prefix = tokens.get(i);
        Token number = tokens.get(i + 1);
        if (!number.word() || !number.afterHyphen() || !Character.isDigit(number.text().charAt(0))) {
            return null;
        }
        for (WeaponKnowledgeBase.Family family : weapons.families(prefix.key())) {
            if (!family.number().matcher(number.text()).matches()) {
                continue;
            }
            String designation = family.prefix() + "-" + number.text();
            if (weapons.isStopped(designation)) {
                return null;
            }
            if (family.stripSuffix()) {
                String base = family.prefix() + "-" + number.text().replaceAll("[A-Za-z]+$", "");
                var known = weapons.byAlias(base);
                if (known.isPresent()) {
                    return known.get();
                }
            }
            return new WeaponKnowledgeBase.System(designation, family.type(), family.origins(), "designation family");
        }
        return null;
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static List<Mention> mentions(List<Token> tokens, List<int[]> spans) {
        List<Mention> mentions = new ArrayList<>();
        for (int[] span : spans) {
            int last = Math.min(span[1], tokens.size()) - 1;
            mentions.add(new Mention(tokens.get(span[0]).start(), tokens.get(last).end()));
        }
        mentions.sort(null);
        return mentions;
    }

    private static boolean near(List<Token> tokens, int at, int window, Set<String> cues) {
        for (int k = Math.max(0, at - window); k < Math.min(tokens.size(), at + window + 1); k++) {
            if (k != at && cues.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anywhere(List<Token> tokens, Set<String> cues) {
        for (Token token : tokens) {
            if (cues.contains(token.text())) {
                return true;
            }
        }
        return false;
    }

    private static Token previousWord(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (tokens.get(k).word()) {
                return tokens.get(k);
            }
        }
        return null;
    }

    private static Token nextWord(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).word()) {
                return tokens.get(k);
            }
        }
        return null;
    }
}
