package io.sightline.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which {@link ArticleFormat} reads an input: by media type, by file name, or by its first
 * characters when neither says.
 */
public final class ArticleFormats {

    public static final String JSON_LINES = "application/x-ndjson";
    public static final String PLAIN_TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String RSS = "application/rss+xml";
    public static final String ATOM = "application/atom+xml";
    public static final String ZIP = "application/zip";

    private static final ArticleFormat FEED = new FeedFormat();

    private static final Map<String, ArticleFormat> BY_MEDIA_TYPE = Map.ofEntries(
            Map.entry(PLAIN_TEXT, new PlainTextFormat()),
            Map.entry(JSON_LINES, new JsonLinesFormat()),
            Map.entry("application/jsonl", new JsonLinesFormat()),
            Map.entry("application/x-jsonlines", new JsonLinesFormat()),
            Map.entry(HTML, new HtmlFormat()),
            Map.entry("application/xhtml+xml", new HtmlFormat()),
            // Rome tells RSS from Atom (and RDF) by the root element, so every XML type is a feed.
            Map.entry(RSS, FEED),
            Map.entry(ATOM, FEED),
            Map.entry("application/rdf+xml", FEED),
            Map.entry("application/xml", FEED),
            Map.entry("text/xml", FEED));

    private static final Map<String, String> MEDIA_TYPE_BY_EXTENSION = Map.ofEntries(
            Map.entry("txt", PLAIN_TEXT),
            Map.entry("text", PLAIN_TEXT),
            Map.entry("jsonl", JSON_LINES),
            Map.entry("ndjson", JSON_LINES),
            Map.entry("html", HTML),
            Map.entry("htm", HTML),
            Map.entry("xhtml", HTML),
            Map.entry("rss", RSS),
            Map.entry("atom", ATOM),
            Map.entry("xml", "application/xml"),
            Map.entry("zip", ZIP));

    private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]");
    private static final Pattern HTML_START = Pattern.compile("(?i)<(!doctype html|html|head|body)[\\s>]");
    private static final Pattern JSON_LINE = Pattern.compile("(?m)^\\s*\\{\\s*\"");

    private ArticleFormats() {
    }

    /** The format for a Content-Type header value (parameters such as charset are ignored). */
    public static Optional<ArticleFormat> forMediaType(String contentType) {
        return Optional.ofNullable(BY_MEDIA_TYPE.get(baseMediaType(contentType)));
    }

    public static Optional<ArticleFormat> forFileName(String fileName) {
        return mediaTypeForFileName(fileName).flatMap(ArticleFormats::forMediaType);
    }

    /** The media type that a file name's extension stands for (zip included). */
    public static Optional<String> mediaTypeForFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(MEDIA_TYPE_BY_EXTENSION.get(extension));
    }

    /**
     * The format by content, for inputs whose name and type say nothing: a feed's root element,
     * an HTML start, or lines that open a JSON object.
     */
    public static Optional<ArticleFormat> sniff(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096));
        if (FEED_ROOT.matcher(head).find()) {
            return Optional.of(FEED);
        }
        if (HTML_START.matcher(head).find()) {
            return forMediaType(HTML);
        }
        if (JSON_LINE.matcher(head).find()) {
            return forMediaType(JSON_LINES);
        }
        return Optional.empty();
    }

    /** Zip archives start with a local file header ("PK\3\4") or, when empty, an end record. */
    public static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    public static String baseMediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    public static String supportedMediaTypes() {
        return PLAIN_TEXT + ", " + JSON_LINES + ", " + HTML + ", " + RSS + ", " + ATOM + ", application/xml, " + ZIP
                + ", multipart/form-data";
    }

    public static String supportedExtensions() {
        return ".txt, .jsonl, .ndjson, .html, .htm, .rss, .atom, .xml, .zip";
    }
}
