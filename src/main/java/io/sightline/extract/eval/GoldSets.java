package io.sightline.extract.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.sightline.extract.EntityType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads gold sets in JSON Lines. Two line formats, freely mixed:
 * <ul>
 * <li>written documents, text included (the dev set):
 * {@code {"id","title","body","gold":{"people":[...],"countries":[...],"weapons":[...]}}} —
 * every one of the three types is judged, an absent one as empty;</li>
 * <li>real documents, labels only (the text stays in the shared corpus and is never committed):
 * {@code {"corpus":"state-dept-press-releases/state-dept-press-releases.jsonl","url":"...",
 * "labels":{"people":[...],"countries":[...],"organisations":[...]}}} — the title and body are
 * joined at run time from {@code corpusDir/corpus} by URL; only the types present in
 * {@code labels} are judged.</li>
 * </ul>
 * A line that cannot be read fails the whole run with the file and line named: a silently
 * skipped gold document would change the figures without anybody noticing.
 */
public final class GoldSets {

    /** The types a written document is always judged on. */
    static final List<String> WRITTEN_TYPES = List.of("people", "countries", "weapons");

    private final Path corpusDir;
    private final ObjectMapper json = new ObjectMapper();
    /** Corpus file (relative name) → url → document, read on first use. */
    private final Map<String, Map<String, JsonNode>> corpora = new HashMap<>();

    public GoldSets(Path corpusDir) {
        this.corpusDir = corpusDir;
    }

    /** All documents of one gold file, in file order. */
    public List<GoldDocument> read(Path file) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + number;
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new GoldSetException(where + ": not a JSON object (" + e.getOriginalMessage() + ")");
                }
                docs.add(node.has("corpus") || node.has("url") && node.has("labels") ? real(node, where)
                        : written(node, where));
            }
        }
        return docs;
    }

    private GoldDocument written(JsonNode node, String where) {
        if (!node.hasNonNull("body")) {
            throw new GoldSetException(where + ": a written document needs \"body\" (or \"corpus\" and \"url\")");
        }
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        // the first three types are always scored (absent = none); later types only where labelled
        for (EntityType entityType : EntityType.values()) {
            String type = entityType.plural;
            if (WRITTEN_TYPES.contains(type) || node.path("gold").has(type)) {
                labels.put(type, strings(node.path("gold").path(type), where, type));
            }
        }
        return new GoldDocument(node.path("id").asText(where), where, node.path("title").asText(""),
                node.path("body").asText(""), labels);
    }

    private GoldDocument real(JsonNode node, String where) {
        String corpus = node.path("corpus").asText("");
        String url = node.path("url").asText("");
        if (corpus.isBlank() || url.isBlank()) {
            throw new GoldSetException(where + ": a real document needs both \"corpus\" and \"url\"");
        }
        if (!node.path("labels").isObject()) {
            throw new GoldSetException(where + ": \"labels\" must be an object of type → names");
        }
        JsonNode source = corpus(corpus, where).get(url);
        if (source == null) {
            throw new GoldSetException(where + ": no document with url " + url + " in " + corpusDir.resolve(corpus));
        }
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("labels").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            labels.put(e.getKey(), strings(e.getValue(), where, e.getKey()));
        }
        return new GoldDocument(node.path("id").asText(url), where, source.path("title").asText(""),
                source.path("body").asText(""), labels);
    }

    private Map<String, JsonNode> corpus(String name, String where) {
        Map<String, JsonNode> byUrl = corpora.get(name);
        if (byUrl != null) {
            return byUrl;
        }
        Path file = corpusDir.resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            throw new GoldSetException(where + ": the corpus file " + file + " is absent; real-text gold sets"
                    + " reference the shared corpus (../shared/corpus) by URL and never carry its text."
                    + " Put the corpus there or pass --corpus DIR.");
        }
        byUrl = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode doc = json.readTree(line);
                    byUrl.putIfAbsent(doc.path("url").asText(""), doc);
                }
            }
        } catch (IOException e) {
            throw new GoldSetException(where + ": cannot read the corpus file " + file + ": " + e.getMessage());
        }
        corpora.put(name, byUrl);
        return byUrl;
    }

    private static Set<String> strings(JsonNode array, String where, String type) {
        Set<String> out = new TreeSet<>();
        if (array.isMissingNode() || array.isNull()) {
            return out;
        }
        if (!array.isArray()) {
            throw new GoldSetException(where + ": labels of \"" + type + "\" must be an array of names");
        }
        array.forEach(v -> {
            if (!v.asText("").isBlank()) {
                out.add(v.asText().trim());
            }
        });
        return out;
    }

    /** A gold file that cannot be used, with the file and line in the message. */
    public static final class GoldSetException extends RuntimeException {
        public GoldSetException(String message) {
            super(message);
        }
    }
}
