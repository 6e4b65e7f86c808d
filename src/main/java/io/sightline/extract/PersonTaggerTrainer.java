package io.sightline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Retrains {@link PersonTagger}'s model from the public-domain State Department releases
 * ({@code bin/train-people-model}): the rules label the people of every release (silver labels),
 * and an averaged perceptron learns to tag them. Documents of the real-text gold sets
 * ({@code eval/real/*.jsonl}) are left out, so evaluation never scores text the model was
 * trained on. Deterministic: same corpus, same code, same model file.
 */
public final class PersonTaggerTrainer {

    static final String CORPUS_FILE = "state-dept-press-releases/state-dept-press-releases.jsonl";
    static final long SEED = 20261129L;
    /** Passes over the data; the dev-set F1 of the model alone stops improving after about five. */
    static final int EPOCHS = 5;
    /** A feature seen fewer times than this is dropped from the shipped file (size, not accuracy). */
    static final int MIN_COUNT = 3;

    private static final PersonTagger.Tag[] TAGS = PersonTagger.Tag.values();

    private final PersonTagger.Gazetteer gazetteer = PersonTagger.Gazetteer.load();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private float[] w = new float[0];
    private float[] u = new float[0];
    private int[] counts = new int[0];
    private long step = 1;

    /** One training document: its tokens and the silver tags. */
    record Example(List<PersonTagger.Token> tokens, PersonTagger.Tag[] tags) {
    }

    public static void main(String[] args) throws IOException {
        Path corpusDir = null;
        Path out = Path.of("src/main/resources/extract/people-model.tsv.gz");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpusDir = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: train-people-model [--corpus DIR] [--out FILE]");
                    System.exit(2);
                }
            }
        }
        if (corpusDir == null) {
            corpusDir = Stream.of(Path.of("../shared/corpus"), Path.of("../../shared/corpus"))
                    .filter(Files::isDirectory).findFirst().orElse(Path.of("../shared/corpus"));
        }
        Path corpus = corpusDir.resolve(CORPUS_FILE);
        if (!Files.isRegularFile(corpus)) {
            System.err.println("train-people-model: " + corpus + " is absent (pass --corpus DIR)");
            System.exit(2);
        }
        Set<String> heldOut = goldUrls(Path.of("eval/real"));
        List<Example> examples = silverLabels(corpus, heldOut, new DefaultEntityExtractor());
        System.out.printf("%d releases (%d gold documents left out)%n", examples.size(), heldOut.size());
        PersonTaggerTrainer trainer = new PersonTaggerTrainer();
        Map<String, float[]> model = trainer.train(examples, EPOCHS);
        try (OutputStream o = Files.newOutputStream(out)) {
            PersonTagger.write(model, o);
        }
        System.out.printf("%d features written to %s (%d bytes)%n", model.size(), out, Files.size(out));
    }

    static Set<String> goldUrls(Path dir) throws IOException {
        Set<String> urls = new HashSet<>();
        if (!Files.isDirectory(dir)) {
            return urls;
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        urls.add(json.readTree(line).path("url").asText(""));
                    }
                }
            }
        }
        return urls;
    }

    static List<Example> silverLabels(Path corpus, Set<String> leaveOut, EntityExtractor rules) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Example> examples = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                if (leaveOut.contains(doc.path("url").asText(""))) {
                    continue;
                }
                String title = doc.path("title").asText("");
                String body = doc.path("body").asText("");
                String text = title.isBlank() ? body : title + "\n\n" + body;
                examples.add(label(text, rules.extract(text)));
            }
        }
        return examples;
    }

    /** Tags each token B or I when it lies in a person mention of the extraction, else O. */
    static Example label(String text, Extraction x) {
        List<PersonTagger.Token> tokens = PersonTagger.tokenise(text);
        PersonTagger.Tag[] tags = new PersonTagger.Tag[tokens.size()];
        java.util.Arrays.fill(tags, PersonTagger.Tag.O);
        List<Mention> mentions = new ArrayList<>();
        x.people().forEach(p -> mentions.addAll(p.mentions()));
        Collections.sort(mentions);
        int k = 0;
        for (Mention m : mentions) {
            while (k < tokens.size() && tokens.get(k).end() <= m.start()) {
                k++;
            }
            boolean first = true;
            for (int j = k; j < tokens.size() && tokens.get(j).start() < m.end(); j++) {
                tags[j] = first ? PersonTagger.Tag.B : PersonTagger.Tag.I;
                first = false;
            }
        }
        return new Example(tokens, tags);
    }

    /** Averaged perceptron over the candidate tokens; returns the averaged weights of frequent features. */
    Map<String, float[]> train(List<Example> examples, int epochs) {
        Random random = new Random(SEED);
        List<Example> order = new ArrayList<>(examples);
        List<String> features = new ArrayList<>(32);
        double[] scores = new double[TAGS.length];
        PersonTagger scorer = new PersonTagger(gazetteer, Map.of());
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            int errors = 0;
            int seen = 0;
            for (Example ex : order) {
                PersonTagger.Tag previous = PersonTagger.Tag.O;
                for (int i = 0; i < ex.tokens().size(); i++) {
                    if (!PersonTagger.isCandidate(ex.tokens().get(i).text())) {
                        previous = PersonTagger.Tag.O;
                        continue;
                    }
                    features.clear();
                    scorer.features(ex.tokens(), i, previous, features);
                    int[] ids = ids(features, epoch == 0);
                    java.util.Arrays.fill(scores, 0);
                    for (int id : ids) {
                        for (int t = 0; t < TAGS.length; t++) {
                            scores[t] += w[id * TAGS.length + t];
                        }
                    }
                    int predicted = PersonTagger.argmax(scores, previous);
                    int gold = ex.tags()[i].ordinal();
                    if (!PersonTagger.allowed(previous, ex.tags()[i])) {
                        gold = PersonTagger.Tag.B.ordinal();
                    }
                    if (predicted != gold) {
                        errors++;
                        for (int id : ids) {
                            update(id * TAGS.length + gold, 1);
                            update(id * TAGS.length + predicted, -1);
                        }
                    }
                    seen++;
                    step++;
                    // train on the gold history, as decoding would see it when it is right
                    previous = TAGS[gold];
                }
            }
            System.out.printf("epoch %d: %d of %d candidate tokens mistagged%n", epoch + 1, errors, seen);
        }
        Map<String, float[]> averaged = new HashMap<>();
        for (int id = 0; id < names.size(); id++) {
            if (counts[id] < MIN_COUNT) {
                continue;
            }
            float[] v = new float[TAGS.length];
            boolean any = false;
            for (int t = 0; t < TAGS.length; t++) {
                int k = id * TAGS.length + t;
                v[t] = (float) (w[k] - u[k] / step);
                any |= Math.abs(v[t]) >= 0.0005f;
            }
            if (any) {
                averaged.put(names.get(id), v);
            }
        }
        return averaged;
    }

    private void update(int k, float delta) {
        w[k] += delta;
        u[k] += step * delta;
    }

    private int[] ids(List<String> features, boolean grow) {
        int[] ids = new int[features.size()];
        int n = 0;
        for (String f : features) {
            Integer id = index.get(f);
            if (id == null) {
                if (!grow) {
                    continue;
                }
                id = names.size();
                index.put(f, id);
                names.add(f);
                ensureCapacity(names.size());
            }
            counts[id]++;
            ids[n++] = id;
        }
        return java.util.Arrays.copyOf(ids, n);
    }

    private void ensureCapacity(int features) {
        if (features * TAGS.length <= w.length) {
            return;
        }
        int size = Math.max(features, counts.length * 2 + 1024);
        w = java.util.Arrays.copyOf(w, size * TAGS.length);
        u = java.util.Arrays.copyOf(u, size * TAGS.length);
        counts = java.util.Arrays.copyOf(counts, size);
    }
}
