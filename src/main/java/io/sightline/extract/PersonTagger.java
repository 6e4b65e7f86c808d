package io.sightline.extract;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A statistical name finder for people: an averaged perceptron that tags tokens B(egin),
 * I(nside) or O(utside) a person's name, from the word, its shape, affixes, the words and shapes
 * around it, the previous tag and the project's word lists (given names, family-name-first
 * surnames, English words, name stop words, title words, tokens of known people). It was
 * trained on silver labels: the rules' people in the public-domain State Department releases
 * ({@code bin/train-people-model}, deterministic), so it learns the contexts in which the rules
 * find names and can propose names the rules miss (unknown given names, names in lists).
 *
 * <p>Only capitalised tokens and name particles (al, bin, van, de ...) are scored; every other
 * token is O without a look-up, which keeps the cost to a few microseconds per sentence.
 */
public final class PersonTagger {

    public static final String MODEL_RESOURCE = "/extract/people-model.tsv.gz";

    /** The three tags, in weight-array order. */
    public enum Tag { O, B, I }

    private static final Tag[] TAGS = Tag.values();
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");
    /** Lower-case words that occur inside names ("Abu Bakr al-Baghdadi", "Ursula von der Leyen"). */
    static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "umm", "van", "von",
            "der", "den", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "ben", "ter", "ould");

    /** A token of the text with its character offsets. */
    public record Token(String text, int start, int end, boolean lineStart) {
    }

    /** A proposed name: tokens [from, to) and character offsets [start, end), with its weakest margin. */
    public record Span(int from, int to, int start, int end, double margin) {
    }

    private final Gazetteer gazetteer;
    private final Map<String, float[]> weights;

    PersonTagger(Gazetteer gazetteer, Map<String, float[]> weights) {
        this.gazetteer = gazetteer;
        this.weights = weights;
    }

    /** The shipped model, read once per JVM; a missing or malformed model file fails loudly. */
    public static PersonTagger shipped() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final PersonTagger INSTANCE = load();

        private static PersonTagger load() {
            try (InputStream in = PersonTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(MODEL_RESOURCE + " is missing; run bin/train-people-model");
                }
                return new PersonTagger(Gazetteer.load(), read(new GZIPInputStream(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
            }
        }
    }

    // ------------------------------------------------------------------ tagging

    public static List<Token> tokenise(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            boolean lineStart = tokens.isEmpty() || text.substring(previousEnd, m.start()).indexOf('\n') >= 0;
            tokens.add(new Token(m.group(), m.start(), m.end(), lineStart));
            previousEnd = m.end();
        }
        return tokens;
    }

    /** The names the model finds in the text. */
    public List<Span> find(String text) {
        return spans(tokenise(text));
    }

    public List<Span> spans(List<Token> tokens) {
        Tag[] tags = new Tag[tokens.size()];
        double[] margins = new double[tokens.size()];
        tag(tokens, tags, margins);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != Tag.B) {
                continue;
            }
            int j = i + 1;
            double margin = margins[i];
            while (j < tags.length && tags[j] == Tag.I) {
                margin = Math.min(margin, margins[j]);
                j++;
            }
            spans.add(new Span(i, j, tokens.get(i).start(), tokens.get(j - 1).end(), margin));
            i = j - 1;
        }
        return spans;
    }

    /** Greedy left-to-right decoding; margins[i] = best score minus the runner-up's. */
    void tag(List<Token> tokens, Tag[] tags, double[] margins) {
        List<String> features = new ArrayList<>(32);
        double[] scores = new double[TAGS.length];
        Tag previous = Tag.O;
        for (int i = 0; i < tokens.size(); i++) {
            if (!isCandidate(tokens.get(i).text())) {
                tags[i] = Tag.O;
                previous = Tag.O;
                continue;
            }
            features.clear();
            features(tokens, i, previous, features);
            score(features, scores);
            int best = argmax(scores, previous);
            double runnerUp = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < scores.length; t++) {
                if (t != best && allowed(previous, TAGS[t])) {
                    runnerUp = Math.max(runnerUp, scores[t]);
                }
            }
            tags[i] = TAGS[best];
            margins[i] = scores[best] - runnerUp;
            previous = tags[i];
        }
    }

    static boolean isCandidate(String token) {
        char c = token.charAt(0);
        return Character.isUpperCase(c) || PARTICLES.contains(token.toLowerCase(Locale.ROOT))
                || token.length() > 3 && token.charAt(2) == '-' && (c == 'a' || c == 'e');
    }

    /** I only continues a name. */
    static boolean allowed(Tag previous, Tag tag) {
        return tag != Tag.I || previous != Tag.O;
    }

    static int argmax(double[] scores, Tag previous) {
        int best = -1;
        for (int t = 0; t < scores.length; t++) {
            if (allowed(previous, TAGS[t]) && (best < 0 || scores[t] > scores[best])) {
                best = t;
            }
        }
        return best;
    }

    private void score(List<String> features, double[] scores) {
        java.util.Arrays.fill(scores, 0);
        for (String f : features) {
            float[] w = weights.get(f);
            if (w != null) {
                for (int t = 0; t < scores.length; t++) {
                    scores[t] += w[t];
                }
            }
        }
    }

    // ------------------------------------------------------------------ features

    void features(List<Token> tokens, int i, Tag previous, List<String> out) {
        String word = tokens.get(i).text();
        String lower = Tokens.fold(word);
        String shape = shape(word);
        out.add("b");
        out.add("w=" + lower);
        out.add("s=" + shape);
        out.add("p3=" + prefix(lower, 3));
        out.add("s3=" + suffix(lower, 3));
        out.add("s2=" + suffix(lower, 2));
        String g = gazetteer.classOf(word, lower);
        out.add("g=" + g);
        out.add("t-1=" + previous);
        out.add("t-1s=" + previous + shape);
        out.add("t-1g=" + previous + g);
        if (tokens.get(i).lineStart()) {
            out.add("nl");
        }
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            if (j < 0 || j >= tokens.size()) {
                out.add("w" + d + "=<>");
                continue;
            }
            String other = tokens.get(j).text();
            String otherLower = Tokens.fold(other);
            out.add("w" + d + "=" + otherLower);
            if (d == -1 || d == 1) {
                String otherShape = shape(other);
                out.add("s" + d + "=" + otherShape);
                String og = gazetteer.classOf(other, otherLower);
                out.add("g" + d + "=" + og);
                out.add("gg" + d + "=" + og + "|" + g);
                out.add("ws" + d + "=" + otherLower + "|" + shape);
            }
        }
    }

    /** Word shape with repeats collapsed: "Blinken" Xx, "NATO" X, "al-Sisi" x-Xx, "J." X, "2021" d. */
    static String shape(String word) {
        StringBuilder b = new StringBuilder(6);
        char last = 0;
        for (int k = 0; k < word.length() && b.length() < 6; k++) {
            char c = word.charAt(k);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : c == '\u2019' ? '\'' : c;
            if (s != last) {
                b.append(s);
                last = s;
            }
        }
        return b.toString();
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    private static String suffix(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }

    // ------------------------------------------------------------------ model file

    /** Writes the weights as gzip'd TSV (feature, O, B, I), rounded to 3 decimals, sorted for stable diffs. */
    static void write(Map<String, float[]> weights, OutputStream out) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out),
                StandardCharsets.UTF_8))) {
            w.write("# Sightline people model: averaged perceptron weights (feature, O, B, I); "
                    + "written by bin/train-people-model from the public-domain State Department releases\n");
            for (String f : new java.util.TreeSet<>(weights.keySet())) {
                float[] v = weights.get(f);
                w.write(f.replace('\t', ' ').replace('\n', ' '));
                for (float x : v) {
                    w.write('\t');
                    w.write(String.format(Locale.ROOT, "%.3f", x));
                }
                w.write('\n');
            }
        }
    }

    static Map<String, float[]> read(InputStream in) throws IOException {
        Map<String, float[]> weights = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 1 + TAGS.length) {
                throw new IllegalStateException(MODEL_RESOURCE + ":" + number + ": expected a feature and "
                        + TAGS.length + " weights");
            }
            float[] v = new float[TAGS.length];
            for (int t = 0; t < v.length; t++) {
                v[t] = Float.parseFloat(cols[1 + t]);
            }
            weights.put(cols[0], v);
        }
        return weights;
    }

    // ------------------------------------------------------------------ word lists

    /** The project's word lists as token classes for features. */
    static final class Gazetteer {
        final Set<String> given = new HashSet<>();
        final Set<String> surnameFirst = new HashSet<>();
        final Set<String> english = new HashSet<>();
        final Set<String> stop = new HashSet<>();
        final Set<String> title = new HashSet<>();
        final Set<String> knownToken = new HashSet<>();

        static Gazetteer load() {
            Gazetteer g = new Gazetteer();
            DataFiles.lines("given-names.txt").forEach(l -> g.given.add(Tokens.fold(l.trim())));
            DataFiles.lines("surnames-first.txt").forEach(l -> g.surnameFirst.add(Tokens.fold(l.trim())));
            DataFiles.lines("english-words.txt").forEach(l -> g.english.add(l.trim()));
            DataFiles.lines("name-stop-words.txt").forEach(l -> g.stop.add(Tokens.fold(l.trim())));
            for (String l : DataFiles.lines("person-titles.tsv")) {
                for (String w : l.split("\t")[0].split("[\\s.]+")) {
                    if (!w.isEmpty()) {
                        g.title.add(Tokens.fold(w));
                    }
                }
            }
            for (String l : DataFiles.lines("known-people.tsv")) {
                String[] cols = l.split("\t");
                for (String w : cols[0].split("[\\s.]+")) {
                    if (w.length() > 1) {
                        g.knownToken.add(Tokens.fold(w));
                    }
                }
            }
            return g;
        }

        /** One class per token, the most telling first. */
        String classOf(String word, String lower) {
            if (!Character.isUpperCase(word.charAt(0))) {
                return PARTICLES.contains(lower) ? "particle" : "lower";
            }
            if (stop.contains(lower)) {
                return "stop";
            }
            if (title.contains(lower)) {
                return "title";
            }
            boolean known = knownToken.contains(lower);
            if (given.contains(lower)) {
                return known ? "given+known" : "given";
            }
            if (surnameFirst.contains(lower)) {
                return "surname-first";
            }
            if (english.contains(lower)) {
                return known ? "english+known" : "english";
            }
            return known ? "known" : "unknown";
        }
    }
}
