package io.sightline.extract.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sightline.extract.DefaultEntityExtractor;
import io.sightline.extract.EntityType;
import io.sightline.extract.EntityExtractor;
import io.sightline.extract.Extraction;
import io.sightline.extract.KnownPeople;
import io.sightline.extract.WeaponKnowledgeBase;

/**
 * Scores the extractor against a gold set in JSON Lines
 * ({@code {"id","title","body","gold":{"people":[...],"countries":[...],"weapons":[...]}}}):
 * document-level micro precision, recall and F1 per type and overall.
 *
 * <p>Usage: {@code bin/evaluate-extraction [--errors] [gold.jsonl ...]} (default
 * {@code eval/extraction-dev-set.jsonl}). Names are compared after folding case, diacritics
 * and apostrophes; gold weapons are mapped through the knowledge base's aliases and gold people
 * through the known-people aliases, so both sides use the same canonical names.
 */
public final class EvaluateExtraction {

    static final String DEFAULT_GOLD = "eval/extraction-dev-set.jsonl";

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

    private final EntityExtractor extractor;
    private final WeaponKnowledgeBase kb = new WeaponKnowledgeBase();
    private final KnownPeople knownPeople = new KnownPeople();
    private final ObjectMapper json = new ObjectMapper();

    public EvaluateExtraction(EntityExtractor extractor) {
        this.extractor = extractor;
    }

    public static void main(String[] args) throws IOException {
        boolean errors = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            for (String part : a.trim().split("\\s+")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (part.equals("--errors")) {
                    errors = true;
                } else if (part.equals("-h") || part.equals("--help")) {
                    System.out.println("usage: evaluate-extraction [--errors] [gold.jsonl ...]  (default "
                            + DEFAULT_GOLD + ")");
                    return;
                } else {
                    files.add(Path.of(part));
                }
            }
        }
        if (files.isEmpty()) {
            files.add(Path.of(DEFAULT_GOLD));
        }
        EvaluateExtraction eval = new EvaluateExtraction(new DefaultEntityExtractor());
        for (Path f : files) {
            eval.evaluate(f, errors, System.out);
        }
    }

    /** Evaluates one gold file and prints the table; returns the scores by type plus "overall". */
    public Map<String, Score> evaluate(Path gold, boolean errors, PrintStream out) throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            scores.put(type.plural, new Score());
        }
        int docs = 0;
        StringBuilder errorReport = new StringBuilder();
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                docs++;
                String title = doc.path("title").asText("");
                String body = doc.path("body").asText("");
                Extraction x = extractor.extract(title, body);
                JsonNode g = doc.path("gold");
                StringBuilder docErrors = new StringBuilder();
                for (EntityType type : EntityType.values()) {
                    if (!g.has(type.plural)) {
                        continue; // this gold file does not label the type: neither credit nor blame
                    }
                    Set<String> p = normalise(x.values(type), name -> canonical(type, name));
                    Set<String> e = normalise(strings(g.path(type.plural)), name -> canonical(type, name));
                    Set<String> fp = new TreeSet<>(p);
                    fp.removeAll(e);
                    Set<String> fn = new TreeSet<>(e);
                    fn.removeAll(p);
                    Score s = scores.get(type.plural);
                    s.tp += p.size() - fp.size();
                    s.fp += fp.size();
                    s.fn += fn.size();
                    if (!fp.isEmpty() || !fn.isEmpty()) {
                        docErrors.append(String.format("  %-9s FP %s  FN %s%n", type.plural, fp, fn));
                    }
                }
                if (docErrors.length() > 0) {
                    errorReport.append(doc.path("id").asText("?")).append(": ")
                            .append(title.length() > 80 ? title.substring(0, 80) + "..." : title).append('\n')
                            .append(docErrors);
                }
            }
        }
        Score overall = new Score();
        scores.values().forEach(overall::add);
        scores.put("overall", overall);
        out.printf("%s (%d documents)%n", gold, docs);
        out.printf("%-10s %6s %6s %6s %9s %6s %6s%n", "type", "TP", "FP", "FN", "precision", "recall", "F1");
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            out.printf("%-10s %6d %6d %6d %9.3f %6.3f %6.3f%n", e.getKey(), s.tp, s.fp, s.fn, s.precision(),
                    s.recall(), s.f1());
        }
        if (errors) {
            out.println();
            out.println("Errors per document (FP = extracted, not in gold; FN = in gold, not extracted):");
            out.print(errorReport);
        }
        out.println();
        return scores;
    }

    /** Both sides of a comparison go through the same canonical names: the knowledge bases' own. */
    private String canonical(EntityType type, String name) {
        return switch (type) {
            case PERSON -> canonicalPerson(name);
            case COUNTRY -> name.toUpperCase(Locale.ROOT);
            case WEAPON -> canonicalWeapon(name);
        };
    }

    private String canonicalPerson(String name) {
        return fold(knownPeople.canonical(name).orElse(name));
    }

    private String canonicalWeapon(String name) {
        return fold(kb.canonical(name).orElse(name));
    }

    /** Case, diacritics, apostrophes and hyphen/space differences do not count. */
    static String fold(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .trim();
    }

    private static Set<String> normalise(Set<String> names, Function<String, String> canonical) {
        Set<String> out = new TreeSet<>();
        names.forEach(n -> out.add(canonical.apply(n)));
        return out;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> {
                if (!v.asText("").isBlank()) {
                    out.add(v.asText());
                }
            });
        }
        return out;
    }
}
