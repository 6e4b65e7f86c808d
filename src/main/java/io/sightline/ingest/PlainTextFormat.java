package io.sightline.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The seed layout: the title on the first non-empty line, an optional date line next, then the
 * body. Lines made only of share-button labels ("icon-facebook icon-twitter") are page clutter
 * and dropped.
 */
public final class PlainTextFormat implements ArticleFormat {

    private static final Pattern CLUTTER_LINE = Pattern.compile("^(\\s*icon-[\\w-]+)+\\s*$");

    @Override
    public List<ParsedItem> parse(String content, String origin, String source) {
        List<String> lines = new ArrayList<>();
        for (String line : content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lines.add(CLUTTER_LINE.matcher(line).matches() ? "" : line.strip());
        }
        int i = skipBlank(lines, 0);
        if (i >= lines.size()) {
            return List.of(ParsedItem.rejected(origin, "empty text: expected a title line, a date line and a body"));
        }
        String title = lines.get(i);
        i = skipBlank(lines, i + 1);
        Instant published = null;
        if (i < lines.size()) {
            Optional<Instant> date = Dates.parse(lines.get(i));
            if (date.isPresent()) {
                published = date.get();
                i = skipBlank(lines, i + 1);
            }
        }
        String body = String.join("\n", lines.subList(Math.min(i, lines.size()), lines.size()))
                .replaceAll("\n{3,}", "\n\n").strip();
        if (body.isEmpty()) {
            return List.of(ParsedItem.rejected(origin, "no body text after the title"
                    + (published != null ? " and date" : "") + " lines"));
        }
        return List.of(ParsedItem.accepted(new ArticleDraft(title, body, null, source, published, origin)));
    }

    private static int skipBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        return i;
    }
}
