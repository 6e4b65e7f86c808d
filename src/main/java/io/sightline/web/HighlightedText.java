package io.sightline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.sightline.extract.Extraction;
import io.sightline.extract.Mention;

/**
 * A text cut into paragraphs of segments, each segment plain or a mention of an entity, so that
 * the template can mark mentions while Qute escapes every piece of text.
 */
public final class HighlightedText {

    /** A piece of text; {@code kind} is null for plain text, else person / country / weapon. */
    public record Segment(String text, String kind, String entity, String searchUrl) {
    }

    private record Marked(Mention mention, String kind, String entity, String searchUrl) {
    }

    private HighlightedText() {
    }

    public static List<List<Segment>> of(String text, Extraction extraction) {
        TreeMap<Integer, Marked> byStart = new TreeMap<>();
        extraction.people().forEach(p -> p.mentions().forEach(m -> put(byStart,
                new Marked(m, "person", p.name(), "/search?person=" + enc(p.name())))));
        extraction.countries().forEach(c -> c.mentions().forEach(m -> put(byStart,
                new Marked(m, "country", c.name() + " (" + c.code() + ")", "/search?country=" + enc(c.code())))));
        extraction.weapons().forEach(w -> w.mentions().forEach(m -> put(byStart,
                new Marked(m, "weapon", w.name() + " — " + w.type(), "/search?weapon=" + enc(w.name())))));

        List<List<Segment>> paragraphs = new ArrayList<>();
        int paragraphStart = 0;
        for (String paragraph : text.split("\n\\s*\n", -1)) {
            int start = text.indexOf(paragraph, paragraphStart);
            int end = start + paragraph.length();
            paragraphStart = end;
            if (paragraph.isBlank()) {
                continue;
            }
            List<Segment> segments = new ArrayList<>();
            int cursor = start;
            for (Marked marked : byStart.subMap(start, end).values()) {
                int from = marked.mention().start();
                int to = Math.min(marked.mention().end(), end);
                if (from < cursor) {
                    continue;
                }
                if (from > cursor) {
                    segments.add(new Segment(text.substring(cursor, from), null, null, null));
                }
                segments.add(new Segment(text.substring(from, to), marked.kind(), marked.entity(), marked.searchUrl()));
                cursor = to;
            }
            if (cursor < end) {
                segments.add(new Segment(text.substring(cursor, end), null, null, null));
            }
            paragraphs.add(segments);
        }
        return paragraphs;
    }

    private static void put(TreeMap<Integer, Marked> byStart, Marked marked) {
        // Longest mention wins where two start at the same place.
        byStart.merge(marked.mention().start(), marked,
                (a, b) -> a.mention().end() >= b.mention().end() ? a : b);
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
