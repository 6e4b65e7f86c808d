package io.sightline.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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
import io.sightline.extract.Extraction;
import io.sightline.extract.WeaponKnowledgeBase;

/**
 * Document-level precision, recall and F1 of the extractor against a gold file in JSON Lines
 * ({"id","title","body","gold":{"people":[…],"countries":[…],"weapons":[…]}}).
 * Names are compared without accents and case; gold weapon names go through the knowledge
 * base's aliases and gold people through the known-people lexicon first, since those data files
 * decide the canonical spelling ("Lukashenka" / "Lukashenko", "Abe Shinzo" / "Shinzo Abe").
 *
 * <pre>bin/evaluate-extraction [--errors] [FILE]    (default eval/extraction-dev-set.jsonl)</pre>
 */
public final class EvaluateExtraction {

    private record Score(String type, int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static void main(String[] args) throws IOException {
        boolean errors = false;
        Path file = Path.of("eval/extraction-dev-set.jsonl");
        for (String arg : args) {
            if (arg.equals("--errors")) {
                errors = true;
            } else {
                file = Path.of(arg);
            }
        }
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": no such file");
            System.exit(2);
        }
        DefaultEntityExtractor extractor = new DefaultEntityExtractor();
        WeaponKnowledgeBase weapons = new WeaponKnowledgeBase();
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String type : List.of("people", "countries", "weapons")) {
            counts.put(type, new int[3]);
        }
        int documents = 0;
        int lineNumber = 0;
        for (String line : Files.readAllLines(file)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc;
            try {
                doc = json.readTree(line);
            } catch (IOException e) {
                System.err.println(file + " line " + lineNumber + ": not valid JSON: " + e.getMessage());
                System.exit(2);
                return;
            }
            documents++;
            String title = doc.path("title").asText("");
            Extraction found = extractor.extract(title, doc.path("body").asText(""));
            JsonNode gold = doc.path("gold");
            Map<String, Set<String>> expected = Map.of(
                    "people", normalised(gold.path("people"), extractor::canonicalPersonName),
                    "countries", normalised(gold.path("countries"), Function.identity()),
                    "weapons", normalised(gold.path("weapons"),
                            name -> weapons.byAlias(name).map(WeaponKnowledgeBase.System::name).orElse(name)));
            Map<String, Set<String>> actual = Map.of(
                    "people", normalised(found.personNames()),
                    "countries", normalised(found.countryCodes()),
                    "weapons", normalised(found.weaponNames()));
            for (String type : counts.keySet()) {
                Set<String> tp = new TreeSet<>(actual.get(type));
                tp.retainAll(expected.get(type));
                Set<String> fp = new TreeSet<>(actual.get(type));
                fp.removeAll(expected.get(type));
                Set<String> fn = new TreeSet<>(expected.get(type));
                fn.removeAll(actual.get(type));
                int[] c = counts.get(type);
                c[0] += tp.size();
                c[1] += fp.size();
                c[2] += fn.size();
                if (errors && (!fp.isEmpty() || !fn.isEmpty())) {
                    System.out.printf("%s %-9s  spurious %s  missed %s%n", doc.path("id").asText("#" + lineNumber),
                            type, fp, fn);
                }
            }
        }
        List<Score> scores = new ArrayList<>();
        int[] all = new int[3];
        counts.forEach((type, c) -> {
            scores.add(new Score(type, c[0], c[1], c[2]));
            for (int k = 0; k < 3; k++) {
                all[k] += c[k];
            }
        });
        scores.add(new Score("overall", all[0], all[1], all[2]));
        System.out.printf("%s: %d documents%n", file, documents);
        System.out.printf("%-10s %9s %9s %9s %6s %6s %6s%n", "type", "precision", "recall", "F1", "tp", "fp", "fn");
        for (Score s : scores) {
            System.out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %6d %6d %6d%n", s.type(), s.precision(), s.recall(),
                    s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives());
        }
    }

    private static Set<String> normalised(JsonNode values, Function<String, String> canonical) {
        Set<String> out = new HashSet<>();
        values.forEach(value -> out.add(key(canonical.apply(value.asText()))));
        return out;
    }

    private static Set<String> normalised(Set<String> values) {
        Set<String> out = new HashSet<>();
        values.forEach(value -> out.add(key(value)));
        return out;
    }

    /** Compare without accents, case, and apostrophe or hyphen style. */
    static String key(String value) {
        return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\\s\\-]+", " ").strip();
    }
}
