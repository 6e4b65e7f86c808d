package io.sightline.extract.eval;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sightline.extract.DefaultEntityExtractor;
import io.sightline.extract.EntityExtractor;
import io.sightline.extract.EntityType;
import io.sightline.extract.ExtractedEntity;
import io.sightline.extract.Extraction;

/**
 * Prints what the extractor finds in a JSON Lines corpus, one line per entity with its mention
 * offsets: run it before and after a change that should not change results and {@code diff} the
 * two outputs (how the finder splits were checked to be byte-for-byte neutral).
 *
 * <p>Usage: {@code bin/dump-extraction CORPUS.jsonl [LIMIT] > out.tsv}
 */
public final class DumpExtraction {

    private DumpExtraction() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: bin/dump-extraction CORPUS.jsonl [LIMIT]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        EntityExtractor extractor = new DefaultEntityExtractor();
        ObjectMapper json = new ObjectMapper();
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null && n < limit) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                String text = doc.path("title").asText("") + "\n\n" + doc.path("body").asText("");
                Extraction x = extractor.extract(text);
                for (EntityType type : EntityType.values()) {
                    for (ExtractedEntity e : x.entities(type)) {
                        out.println(n + "\t" + type + "\t" + e.value() + "\t" + e.mentions());
                    }
                }
                n++;
            }
        }
        out.flush();
    }
}
