package io.sightline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.sightline.extract.EntityType;
import io.sightline.extract.ExtractedEntity;
import io.sightline.extract.Extraction;
import io.sightline.extract.Mention;
import io.sightline.search.Facet;
import io.sightline.search.SearchState;

/**
 * A text cut into paragraphs of segments, each segment plain or a mention of an entity, so that
 * the template can mark mentions while Qute escapes every piece of text.
 */
public final class HighlightedText {

    /** A piece of text; {@code kind} is null for plain text, else the entity type's singular (person, country ...). */
    public record Segment(String text, String kind, String entity, String searchUrl) {
    }

    private record Marked(Mention mention, String kind, String entity, String searchUrl) {
    }

    private HighlightedText() {
    }

    public static List<List<Segment>> of(String text, Extraction extraction) {
        TreeMap<Integer, Marked> byStart = new TreeMap<>();
        for (EntityType type : EntityType.values()) {
            Facet facet = Facet.of(type);
            for (ExtractedEntity entity : extraction.entities(type)) {
                String url = SearchState.empty().with(facet, entity.value()).url(SearchView.PATH);
                for (Mention m : entity.mentions()) {
                    put(byStart, new Marked(m, type.singular, entity.description(), url));
                }
            }
        }

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
}
