package io.sightline.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON Lines, one article per line: {"title","published","url","source","body"}.
 * A bad line is rejected with its line number; the other lines still import.
 */
public final class JsonLinesFormat implements ArticleFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<ParsedItem> parse(String content, String origin, String defaultSource) {
        List<ParsedItem> items = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = origin + " line " + (n + 1);
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                items.add(ParsedItem.rejected(where, "not valid JSON: " + e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject()) {
                items.add(ParsedItem.rejected(where, "expected a JSON object with title and body"));
                continue;
            }
            String title = text(node, "title");
            String body = text(node, "body");
            if (title == null || body == null) {
                items.add(ParsedItem.rejected(where, "\"title\" and \"body\" are required and must be non-empty text"));
                continue;
            }
            String published = text(node, "published");
            Instant date = null;
            if (published != null) {
                Optional<Instant> parsed = Dates.parse(published);
                if (parsed.isEmpty()) {
                    items.add(ParsedItem.rejected(where, "\"published\" is not a date: " + published));
                    continue;
                }
                date = parsed.get();
            }
            String source = Optional.ofNullable(text(node, "source")).orElse(defaultSource);
            items.add(ParsedItem.accepted(new ArticleDraft(title, body, text(node, "url"), source, date, where)));
        }
        if (items.isEmpty()) {
            items.add(ParsedItem.rejected(origin, "no JSON lines found"));
        }
        return items;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
