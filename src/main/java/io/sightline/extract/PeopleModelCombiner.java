package io.sightline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rules and model together: the rules' extraction stands, and a name the model proposes is added
 * only where the rules found nothing and the proposal looks like a name by the rules' own
 * standards, so precision stays that of the rules (measured in docs/extraction.md):
 * <ul>
 * <li>it overlaps no person, country or weapon the rules found;</li>
 * <li>it has at least two name words, each capitalised, alphabetic and not in capitals only
 * (speaker labels and acronyms), apart from particles inside it (al-, bin, van, de ...);</li>
 * <li>none of its words is a title, an organisation or place word, or a known non-person word
 * (name-stop-words.txt), and not all of them are ordinary English words;</li>
 * <li>it is not a place or an organisation's name: no locative preposition before it ("at Ben
 * Gurion", "through Diego Garcia"), no organisation or place word right after it ("Rafael
 * Advanced Defense Systems", "Walter Reed Medical Center");</li>
 * <li>its last word is not the surname of a person already found (then it is another mention of
 * that person: "Al Sisi" after "Abdel Fattah Al Sisi");</li>
 * <li>the model is sure of every word of it (score margin at least {@link #MIN_MARGIN}).</li>
 * </ul>
 * Also usable as the model alone ({@link Mode#MODEL}) for measuring.
 */
public final class PeopleModelCombiner implements EntityExtractor {

    /** Which component finds people. */
    public enum Mode { RULES, MODEL, BOTH }

    /** Words before a place name, rarely before a person's. */
    static final java.util.Set<String> LOCATIVES = java.util.Set.of("at", "in", "near", "through", "via", "outside",
            "inside", "into", "across", "toward", "towards");

    /** Lowest per-word score margin of an accepted proposal. */
    static final double MIN_MARGIN = 2.0;

    private final EntityExtractor rules;
    private final PersonTagger tagger;
    private final PersonTagger.Gazetteer words;
    private final KnownPeople known = new KnownPeople();
    private final Mode mode;

    public PeopleModelCombiner(EntityExtractor rules, Mode mode) {
        this(rules, PersonTagger.shipped(), mode);
    }

    PeopleModelCombiner(EntityExtractor rules, PersonTagger tagger, Mode mode) {
        this.rules = rules;
        this.tagger = tagger;
        this.words = PersonTagger.Gazetteer.load();
        this.mode = mode;
    }

    @Override
    public Extraction extract(String text) {
        Extraction x = rules.extract(text);
        if (mode == Mode.RULES) {
            return x;
        }
        // the model reads the text as the rules do, without invisible marks, soft hyphens and
        // variant dashes and quotes ("Hayashi\u200B Yoshimasa" is two name words), and its
        // spans are mapped back to the original offsets the rules' mentions use
        NormalisedText normalised = NormalisedText.of(text);
        String plain = normalised.text();
        List<PersonTagger.Token> tokens = PersonTagger.tokenise(plain);
        List<PersonTagger.Span> spans = tagger.spans(tokens);
        Map<String, List<Mention>> added = new LinkedHashMap<>();
        List<Mention> taken = new ArrayList<>();
        if (mode == Mode.BOTH) {
            for (EntityType type : EntityType.values()) {
                x.entities(type).forEach(e -> taken.addAll(e.mentions()));
            }
        }
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (PersonEntity p : x.people()) {
            String[] parts = p.name().split("[\\s-]+");
            surnames.add(Tokens.fold(parts[parts.length - 1]));
        }
        for (PersonTagger.Span proposed : spans) {
            PersonTagger.Span s = proposed;
            Mention original = normalised.toOriginal(s.start(), s.end());
            if (mode == Mode.BOTH && (!acceptable(s, original, tokens, taken)
                    || surnames.contains(Tokens.fold(lastWord(tokens.get(s.to() - 1).text()))))) {
                continue;
            }
            String name = name(plain, s);
            if (name.isEmpty()) {
                continue;
            }
            added.computeIfAbsent(name, n -> new ArrayList<>()).add(original);
        }
        if (mode == Mode.MODEL) {
            mergeBareSurnames(added);
        }
        List<PersonEntity> people = new ArrayList<>(mode == Mode.BOTH ? x.people() : List.of());
        added.forEach((name, mentions) -> {
            if (people.stream().noneMatch(p -> p.name().equals(name))) {
                people.add(new PersonEntity(name, List.copyOf(mentions)));
            }
        });
        people.sort(Comparator.comparing(PersonEntity::name));
        Map<EntityType, List<? extends ExtractedEntity>> byType = new java.util.EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            byType.put(type, x.entities(type));
        }
        byType.put(EntityType.PERSON, List.copyOf(people));
        return new Extraction(byType);
    }

    /** Whether a proposal may join the rules' people; {@code original} is its span in the original text. */
    boolean acceptable(PersonTagger.Span s, Mention original, List<PersonTagger.Token> tokens, List<Mention> taken) {
        if (s.margin() < MIN_MARGIN) {
            return false;
        }
        for (Mention m : taken) {
            if (m.start() < original.end() && original.start() < m.end()) {
                return false;
            }
        }
        if (s.from() > 0 && LOCATIVES.contains(tokens.get(s.from() - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (s.to() < tokens.size()) {
            String next = tokens.get(s.to()).text();
            if (Character.isUpperCase(next.charAt(0)) && words.classOf(next, Tokens.fold(next)).equals("stop")) {
                return false;
            }
        }
        int nameWords = 0;
        boolean allEnglish = true;
        for (int i = s.from(); i < s.to(); i++) {
            String word = tokens.get(i).text();
            String lower = Tokens.fold(word);
            if (PersonTagger.PARTICLES.contains(lower) && i > s.from() && i < s.to() - 1) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0)) && !(i > s.from() && lower.startsWith("al-"))) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                    return false;
                }
            }
            if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
                return false;
            }
            String cls = words.classOf(word, lower);
            if (cls.equals("stop") || cls.equals("title")) {
                return false;
            }
            if (!cls.startsWith("english")) {
                allEnglish = false;
            }
            nameWords++;
        }
        return nameWords >= 2 && !allEnglish;
    }

    /** Model alone: a one-word name that is the last word of a longer name of the text is that person. */
    private static void mergeBareSurnames(Map<String, List<Mention>> names) {
        for (String bare : List.copyOf(names.keySet())) {
            if (bare.contains(" ")) {
                continue;
            }
            for (String full : names.keySet()) {
                if (full.endsWith(" " + bare)) {
                    names.get(full).addAll(names.remove(bare));
                    break;
                }
            }
        }
    }

    private static String lastWord(String token) {
        String[] parts = token.split("-");
        return parts[parts.length - 1];
    }

    /** The span's text without a possessive, as the lexicon's canonical name when it knows it. */
    private String name(String text, PersonTagger.Span s) {
        String raw = text.substring(s.start(), s.end()).replaceAll("\\s+", " ").trim();
        raw = raw.replaceAll("['\u2019]s$", "").replaceAll("( [A-Z])+$", "");
        return known.canonical(raw).orElse(raw);
    }
}
