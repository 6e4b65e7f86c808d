package io.sightline.extract.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import io.sightline.extract.DefaultEntityExtractor;
import io.sightline.extract.EntityType;
import io.sightline.extract.EntityExtractor;
import io.sightline.extract.Extraction;
import io.sightline.extract.KnownPeople;
import io.sightline.extract.Organisations;
import io.sightline.extract.PeopleModelCombiner;
import io.sightline.extract.WeaponKnowledgeBase;

/**
 * Scores the extractor against gold sets (see {@link GoldSets} for the two line formats):
 * document-level micro precision, recall and F1 per type and per set, over all sets, and for
 * people per world region ({@code eval/people-regions.tsv}).
 *
 * <p>Usage: {@code bin/evaluate-extraction [--errors] [--corpus DIR] [gold.jsonl ...]}; without
 * files it scores {@code eval/extraction-dev-set.jsonl}, the other written sets {@code eval/*.jsonl} and every {@code eval/real/*.jsonl}.
 * Names are compared after folding case, diacritics and apostrophes; gold weapons are mapped
 * through the knowledge base's aliases and gold people through the known-people aliases, so both
 * sides use the same canonical names.
 */
public final class EvaluateExtraction {

    static final String DEFAULT_GOLD = "eval/extraction-dev-set.jsonl";
    static final Path REAL_DIR = Path.of("eval/real");
    static final Path REGIONS = Path.of("eval/people-regions.tsv");
    /**
     * Where the shared corpus usually is: beside the clone ({@code ../shared/corpus}), or beside
     * the folder of worktrees ({@code ../../shared/corpus}); {@code --corpus DIR} or the
     * environment variable {@code SIGHTLINE_CORPUS} override it.
     */
    static final List<Path> CORPUS_CANDIDATES = List.of(Path.of("../shared/corpus"), Path.of("../../shared/corpus"));

    /** True/false positives and false negatives of one type. */
    public static final class Score {
        public int tp;
        public int fp;
        public int fn;

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Score o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }
    }

    /** Scores of one or more sets: per type, and people per region. */
    public static final class Scores {
        public final Map<String, Score> byType = new LinkedHashMap<>();
        public final Map<String, Score> peopleByRegion = new TreeMap<>();
        public int documents;

        Score type(String type) {
            return byType.computeIfAbsent(type, t -> new Score());
        }

        Score region(String region) {
            return peopleByRegion.computeIfAbsent(region, r -> new Score());
        }

        void add(Scores o) {
            documents += o.documents;
            o.byType.forEach((t, s) -> type(t).add(s));
            o.peopleByRegion.forEach((r, s) -> region(r).add(s));
        }
    }

    private final EntityExtractor extractor;
    private final WeaponKnowledgeBase kb = new WeaponKnowledgeBase();
    private final KnownPeople knownPeople = new KnownPeople();
    private final Organisations organisations = new Organisations();
    /**
     * What the extraction yields per type, as names to compare with the labels. A labelled type
     * missing here is reported as not extracted (every label a miss).
     */
    private final Map<String, Function<Extraction, Set<String>>> predictedByType = new LinkedHashMap<>();
    private final Map<String, Function<String, String>> keyByType = new LinkedHashMap<>();
    private final PeopleRegions regions;

    public EvaluateExtraction(EntityExtractor extractor, PeopleRegions regions) {
        this.extractor = extractor;
        this.regions = regions;
        for (EntityType type : EntityType.values()) {
            predictedByType.put(type.plural, extraction -> extraction.values(type));
            keyByType.put(type.plural, name -> key(type, name));
        }
    }

    /** Both sides of a comparison go through the same keys: the knowledge bases' canonical names. */
    private String key(EntityType type, String name) {
        return switch (type) {
            case PERSON -> personKey(name);
            case COUNTRY -> name.toUpperCase(Locale.ROOT);
            case WEAPON -> weaponKey(name);
            case ORGANISATION -> fold(organisations.canonical(name).orElse(name));
        };
    }

    public static void main(String[] args) throws IOException {
        boolean errors = false;
        Path corpus = defaultCorpus();
        PeopleModelCombiner.Mode people = PeopleModelCombiner.Mode.RULES;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--errors" -> errors = true;
                case "--corpus" -> {
                    if (i + 1 >= args.length) {
                        fail("--corpus needs a directory");
                    }
                    corpus = Path.of(args[++i]);
                }
                case "--people" -> {
                    if (i + 1 >= args.length) {
                        fail("--people needs rules, model or both");
                    }
                    try {
                        people = PeopleModelCombiner.Mode.valueOf(args[++i].toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        fail("--people needs rules, model or both, not " + args[i]);
                    }
                }
                case "-h", "--help" -> {
                    System.out.println("usage: evaluate-extraction [--errors] [--corpus DIR] [--people rules|model|both] [gold.jsonl ...]"
                            + "  (default " + DEFAULT_GOLD + ", the other eval/*.jsonl and " + REAL_DIR + "/*.jsonl; DIR default "
                            + CORPUS_CANDIDATES.get(0) + ", else " + CORPUS_CANDIDATES.get(1) + ")");
                    return;
                }
                default -> {
                    if (a.startsWith("--")) {
                        fail("unknown option " + a);
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            files.addAll(defaultGoldFiles());
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                fail(f + ": no such gold file");
            }
        }
        try {
            EntityExtractor extractor = people == PeopleModelCombiner.Mode.RULES ? new DefaultEntityExtractor()
                    : new PeopleModelCombiner(new DefaultEntityExtractor(), people);
            System.out.println("people found by: " + people.name().toLowerCase(Locale.ROOT));
            EvaluateExtraction eval = new EvaluateExtraction(extractor, null);
            eval.run(files, new GoldSets(corpus), errors, System.out);
        } catch (GoldSets.GoldSetException e) {
            fail(e.getMessage());
        }
    }

    static Path defaultCorpus() {
        String env = System.getenv("SIGHTLINE_CORPUS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return CORPUS_CANDIDATES.stream().filter(Files::isDirectory).findFirst().orElse(CORPUS_CANDIDATES.get(0));
    }

    static List<Path> defaultGoldFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of(DEFAULT_GOLD));
        // the written probes beside the dev set (weapons-encyclopaedia*.jsonl, wave 4) are scored too,
        // so that their held-back half is seen by every default run rather than only when named
        try (Stream<Path> written = Files.list(Path.of(DEFAULT_GOLD).getParent())) {
            written.filter(p -> p.toString().endsWith(".jsonl") && !p.equals(Path.of(DEFAULT_GOLD)))
                    .sorted().forEach(files::add);
        }
        if (Files.isDirectory(REAL_DIR)) {
            try (Stream<Path> real = Files.list(REAL_DIR)) {
                real.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static void fail(String message) {
        System.err.println("evaluate-extraction: " + message);
        System.exit(2);
    }

    /** Scores every file, prints one table per set, then the total and people per region. */
    public Scores run(List<Path> files, GoldSets gold, boolean errors, PrintStream out) throws IOException {
        PeopleRegions table = regions != null ? regions : new PeopleRegions(REGIONS, this::personKey);
        Scores all = new Scores();
        for (Path f : files) {
            Scores set = evaluate(f.toString(), gold.read(f), table, errors, out);
            all.add(set);
        }
        if (files.size() > 1) {
            print("all sets", all, out);
        }
        out.println("people per region (all sets; FP counted in the region of the extracted name):");
        out.printf("  %-26s %5s %5s %5s %9s %6s %6s%n", "region", "TP", "FP", "FN", "precision", "recall", "F1");
        all.peopleByRegion.forEach((region, s) -> out.printf("  %-26s %5d %5d %5d %9.3f %6.3f %6.3f%n", region,
                s.tp, s.fp, s.fn, s.precision(), s.recall(), s.f1()));
        out.println();
        return all;
    }

    /** Scores one set of documents; prints its table (and its errors when asked). */
    public Scores evaluate(String name, List<GoldDocument> docs, PeopleRegions table, boolean errors,
            PrintStream out) {
        Scores scores = new Scores();
        StringBuilder errorReport = new StringBuilder();
        for (GoldDocument doc : docs) {
            scores.documents++;
            Extraction x = extractor.extract(doc.title(), doc.body());
            StringBuilder docErrors = new StringBuilder();
            for (Map.Entry<String, Set<String>> labelled : doc.labels().entrySet()) {
                String type = labelled.getKey();
                Function<String, String> key = keyByType.getOrDefault(type, EvaluateExtraction::fold);
                Function<Extraction, Set<String>> predicted = predictedByType.get(type);
                Set<String> p = predicted == null ? Set.of() : keys(predicted.apply(x), key);
                Set<String> e = keys(labelled.getValue(), key);
                Set<String> fp = new TreeSet<>(p);
                fp.removeAll(e);
                Set<String> fn = new TreeSet<>(e);
                fn.removeAll(p);
                Score s = scores.type(type);
                s.tp += p.size() - fp.size();
                s.fp += fp.size();
                s.fn += fn.size();
                if (type.equals("people")) {
                    for (String person : p) {
                        Score r = scores.region(table.regionOfKey(person));
                        if (fp.contains(person)) {
                            r.fp++;
                        } else {
                            r.tp++;
                        }
                    }
                    fn.forEach(person -> scores.region(table.regionOfKey(person)).fn++);
                }
                if (!fp.isEmpty() || !fn.isEmpty()) {
                    docErrors.append(String.format("  %-13s FP %s  FN %s%n", type, fp, fn));
                }
            }
            if (docErrors.length() > 0) {
                String title = doc.title();
                errorReport.append(doc.where()).append(' ').append(doc.id()).append(": ")
                        .append(title.length() > 80 ? title.substring(0, 80) + "..." : title).append('\n')
                        .append(docErrors);
            }
        }
        print(name, scores, out);
        for (String type : scores.byType.keySet()) {
            if (!predictedByType.containsKey(type)) {
                out.printf("  (%s: labelled but not extracted by this build; every label counts as missed)%n", type);
            }
        }
        if (errors && errorReport.length() > 0) {
            out.println("Errors per document (FP = extracted, not labelled; FN = labelled, not extracted):");
            out.print(errorReport);
            out.println();
        }
        return scores;
    }

    private static void print(String name, Scores scores, PrintStream out) {
        out.printf("%s (%d documents)%n", name, scores.documents);
        out.printf("%-14s %6s %6s %6s %9s %6s %6s%n", "type", "TP", "FP", "FN", "precision", "recall", "F1");
        Score overall = new Score();
        for (Map.Entry<String, Score> e : scores.byType.entrySet()) {
            Score s = e.getValue();
            overall.add(s);
            out.printf("%-14s %6d %6d %6d %9.3f %6.3f %6.3f%n", e.getKey(), s.tp, s.fp, s.fn, s.precision(),
                    s.recall(), s.f1());
        }
        out.printf("%-14s %6d %6d %6d %9.3f %6.3f %6.3f%n", "overall", overall.tp, overall.fp, overall.fn,
                overall.precision(), overall.recall(), overall.f1());
        out.println();
    }

    private String weaponKey(String name) {
        return fold(kb.canonical(name).orElse(name));
    }

    /** Case, diacritics, apostrophes and hyphen/space differences do not count. */
    static String fold(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return APOSTROPHES.matcher(n).replaceAll("").replace('-', ' ').toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").trim();
    }

    /** Straight, curly and modifier-letter apostrophes (ayn and hamza: "Sa'id", "ʿAbd"). */
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['\u2018\u2019\u02bc\u02be\u02bf]");

    /**
     * A person's comparison key: the lexicon's canonical name when it knows the name, else the
     * name itself. A generational suffix is part of the name (wave 5: "Ferdinand Marcos Jr." is not
     * his father "Ferdinand Marcos"); only its spelling is folded ("Whipps, Jr" = "Whipps Jr.").
     */
    String personKey(String name) {
        String spelled = GENERATION_SUFFIX.matcher(name).replaceAll(" $1").replace("Jnr", "Jr").replace("Snr", "Sr");
        // a middle initial is no part of the key ("Dennis M. Fujii" = "Dennis Fujii"): the extractor
        // drops it from names the lexicon does not know, and a reader may write either
        String canonical = knownPeople.canonical(spelled)
                .orElseGet(() -> knownPeople.canonical(MIDDLE_INITIAL.matcher(spelled).replaceAll(" "))
                        .orElse(MIDDLE_INITIAL.matcher(spelled).replaceAll(" ")));
        return fold(canonical).replaceAll(" (jr|sr)\\.?$", " $1.");
    }

    private static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile(" (?:[A-Z]\\. ?)+(?=[A-Z][a-z])");

    private static final java.util.regex.Pattern GENERATION_SUFFIX =
            java.util.regex.Pattern.compile(",?\\s+(Jr\\.?|Sr\\.?|Jnr\\.?|Snr\\.?|II|III|IV)$");

    private static Set<String> keys(Set<String> names, Function<String, String> key) {
        Set<String> out = new TreeSet<>();
        names.forEach(n -> out.add(key.apply(n)));
        return out;
    }
}
