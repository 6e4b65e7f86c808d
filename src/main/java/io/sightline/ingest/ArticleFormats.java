package io.sightline.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Which {@link ArticleFormat} reads an input, by media type or by file name. */
public final class ArticleFormats {

    public static final String JSON_LINES = "application/x-ndjson";
    public static final String PLAIN_TEXT = "text/plain";

    private static final Map<String, ArticleFormat> BY_MEDIA_TYPE = Map.of(
            PLAIN_TEXT, new PlainTextFormat(),
            JSON_LINES, new JsonLinesFormat(),
            "application/jsonl", new JsonLinesFormat(),
            "application/x-jsonlines", new JsonLinesFormat());

    private static final Map<String, String> MEDIA_TYPE_BY_EXTENSION = Map.of(
            "txt", PLAIN_TEXT,
            "text", PLAIN_TEXT,
            "jsonl", JSON_LINES,
            "ndjson", JSON_LINES);

    private ArticleFormats() {
    }

    /** The format for a Content-Type header value (parameters such as charset are ignored). */
    public static Optional<ArticleFormat> forMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_MEDIA_TYPE.get(base));
    }

    public static Optional<ArticleFormat> forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(MEDIA_TYPE_BY_EXTENSION.get(extension)).flatMap(ArticleFormats::forMediaType);
    }

    public static String supportedMediaTypes() {
        return PLAIN_TEXT + ", " + JSON_LINES;
    }
}
