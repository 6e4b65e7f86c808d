package io.sightline.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.sightline.extract.Countries;
import io.sightline.extract.EntityType;
import io.sightline.extract.KnownPeople;
import io.sightline.extract.Organisations;
import io.sightline.extract.WeaponKnowledgeBase;

/**
 * Reads a query the way the extractor reads an article: runs of plain words are matched, longest
 * first, against the extractor's gazetteers (countries with their aliases, known people, weapons
 * systems) and against the search-time spelling variants, so that "UAE", "PRC" or "Kiev" become
 * terms that also match "United Arab Emirates", the extracted country CN, or "Kyiv".
 *
 * <p>Lookups go through the gazetteers' case-insensitive name tables rather than the extractor's
 * text scan, because the scan relies on capital letters and sentence context that a typed query
 * ("north korea missile") does not have.
 */
@ApplicationScoped
public class QueryUnderstanding {

    /** Longest name looked up, in words ("Democratic People's Republic of Korea" is 5). */
    static final int MAX_NAME_WORDS = 5;
    /** At most this many other forms per term, to bound the engine query. */
    static final int MAX_OTHER_FORMS = 8;

    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.\\-]*");

    /**
     * The entity types in the order a typed name is tried: countries first ("Jordan", "Georgia" are
     * offered as the country), organisations last, so that they never take a name from the types
     * recognised before them. Every {@link EntityType} is listed (QueryUnderstandingTest checks it).
     */
    static final List<EntityType> LOOKUP_ORDER = List.of(EntityType.COUNTRY, EntityType.PERSON, EntityType.WEAPON,
            EntityType.ORGANISATION);

    private final Countries countries;
    private final KnownPeople people;
    private final WeaponKnowledgeBase weapons;
    private final Organisations organisations;
    private final SpellingVariants variants;

    QueryUnderstanding(Countries countries, KnownPeople people, WeaponKnowledgeBase weapons,
            Organisations organisations, SpellingVariants variants) {
        this.countries = countries;
        this.people = people;
        this.weapons = weapons;
        this.organisations = organisations;
        this.variants = variants;
    }

    public UnderstoodQuery understand(String query) {
        List<String> terms = ReaderQuery.terms(query);
        List<UnderstoodQuery.Term> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < terms.size()) {
            String term = terms.get(i);
            if (term.startsWith("-")) {
                excluded.add(term.substring(1));
                i++;
            } else if (isPlainWord(term)) {
                int end = i;
                while (end < terms.size() && isPlainWord(terms.get(end))) {
                    end++;
                }
                List<String> run = terms.subList(i, end);
                words.addAll(run);
                required.addAll(recognise(run));
                i = end;
            } else {
                required.add(new UnderstoodQuery.Term(term, term, List.of(), null));
                i++;
            }
        }
        return new UnderstoodQuery(List.copyOf(required), List.copyOf(excluded), List.copyOf(words));
    }

    static boolean isPlainWord(String term) {
        return PLAIN_WORD.matcher(term).matches() && !term.endsWith(".") || term.matches("(\\p{Lu}\\.){2,}");
    }

    /** Splits a run of plain words into terms, taking the longest known name at each position. */
    private List<UnderstoodQuery.Term> recognise(List<String> run) {
        List<UnderstoodQuery.Term> terms = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            UnderstoodQuery.Term found = null;
            int length = Math.min(MAX_NAME_WORDS, run.size() - i);
            while (length >= 1 && (found = known(run.subList(i, i + length))) == null) {
                length--;
            }
            if (found == null) {
                terms.add(new UnderstoodQuery.Term(run.get(i), run.get(i), List.of(), null));
                i++;
            } else {
                terms.add(found);
                i += length;
            }
        }
        return terms;
    }

    private UnderstoodQuery.Term known(List<String> typedWords) {
        String typed = String.join(" ", typedWords);
        Set<String> forms = new LinkedHashSet<>(variants.group(typed));
        UnderstoodQuery.Entity entity = entity(typed).orElse(null);
        if (entity != null) {
            forms.addAll(forms(entity.facet().entityType, entity.value()));
        }
        if (forms.isEmpty() && entity == null) {
            return null;
        }
        String folded = SpellingVariants.fold(typed);
        List<String> otherForms = forms.stream()
                .filter(form -> !SpellingVariants.fold(form).equals(folded))
                .limit(MAX_OTHER_FORMS).toList();
        String simpleQuery = typedWords.size() == 1 ? typed : "\"" + typed.replace("\"", "") + "\"";
        return new UnderstoodQuery.Term(typed, simpleQuery, otherForms, entity);
    }

    /**
     * The country, known person, weapons system or organisation a name denotes, tried in
     * {@link #LOOKUP_ORDER}. Names of three letters or fewer must be typed in capitals ("UAE",
     * "PRC", "US", "UN"): in lower case they are ordinary words ("us", "in", "am", "un").
     */
    Optional<UnderstoodQuery.Entity> entity(String typed) {
        if (typed.replace(".", "").length() <= 3 && !typed.equals(typed.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (EntityType type : LOOKUP_ORDER) {
            Optional<UnderstoodQuery.Entity> entity = lookup(type, typed);
            if (entity.isPresent()) {
                return entity;
            }
        }
        return Optional.empty();
    }

    /** The entity of one type a typed name denotes: the seam where each type's gazetteer is asked. */
    private Optional<UnderstoodQuery.Entity> lookup(EntityType type, String typed) {
        Facet facet = Facet.of(type);
        return switch (type) {
            case COUNTRY -> countries.code(typed)
                    .filter(c -> countries.names(c).stream().anyMatch(name -> name.equalsIgnoreCase(typed))
                            || !c.equalsIgnoreCase(typed))
                    .filter(c -> !c.equals("SU"))
                    .map(c -> new UnderstoodQuery.Entity(facet, c, countries.name(c).orElse(c)));
            case PERSON -> people.canonical(typed).map(name -> new UnderstoodQuery.Entity(facet, name, name));
            case WEAPON -> weapons.canonical(typed).map(name -> new UnderstoodQuery.Entity(facet, name, name));
            // forms that need context in a text ("IS", "Wagner") are not taken alone from a query
            case ORGANISATION -> organisations.canonicalWithoutContext(typed)
                    .map(name -> new UnderstoodQuery.Entity(facet, name, name));
        };
    }

    /** The other names of an entity that count as the same query term. */
    private List<String> forms(EntityType type, String value) {
        return switch (type) {
            case COUNTRY -> countries.names(value);
            case PERSON -> people.forms(value);
            case WEAPON -> weapons.forms(value);
            case ORGANISATION -> organisations.forms(value);
        };
    }
}
