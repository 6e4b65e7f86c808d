package io.sightline.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads one input (a file, an upload, a request body) into parsed items: finds its format,
 * decodes its text, and opens zip archives entry by entry.
 *
 * <p>The format is found from the file name's extension, then the media type, then the first
 * characters ({@code <rss}, {@code <feed}, {@code <html}, <code>{</code> at a line start).
 * Anything unreadable becomes a rejected item naming the input and the reason; reading never
 * throws for bad input.
 *
 * <p>Zip archives are read in memory, never extracted to disk, and are refused past
 * {@value #MAX_ZIP_ENTRIES} entries or {@value #MAX_ZIP_BYTES} bytes uncompressed in all (a zip
 * bomb); sizes are counted while inflating, not taken from the archive's headers. Entries with
 * absolute or {@code ..} paths are refused too, although nothing is written, so that an archive
 * made to escape a folder is reported as what it is.
 */
public final class InputReader {

    /** Largest single input read into memory. */
    public static final long MAX_INPUT_BYTES = 256L * 1024 * 1024;
    public static final int MAX_ZIP_ENTRIES = 10_000;
    public static final long MAX_ZIP_BYTES = 1024L * 1024 * 1024;
    /** Largest single file inside a zip. */
    public static final long MAX_ZIP_ENTRY_BYTES = 64L * 1024 * 1024;

    /** Called for each input read (files inside a zip included), for progress. */
    public interface Progress {
        void inputRead(String origin);
    }

    private InputReader() {
    }

    /**
     * @param origin      the input's name in messages (a path, "upload news.zip")
     * @param fileName    its file name, for the extension, or null
     * @param contentType its media type (with charset), or null
     * @param source      the publisher to record when the input does not name one
     */
    public static void read(String origin, String fileName, byte[] bytes, String contentType, String source,
            Consumer<ParsedItem> sink, Progress progress) {
        try {
            if (bytes.length == 0) {
                sink.accept(ParsedItem.rejected(origin, "empty file"));
            } else if (isZip(fileName, contentType, bytes)) {
                readZip(origin, bytes, source, sink, progress);
            } else {
                readText(origin, fileName, bytes, contentType, source, sink);
            }
        } finally {
            progress.inputRead(origin);
        }
    }

    private static boolean isZip(String fileName, String contentType, byte[] bytes) {
        return ArticleFormats.looksLikeZip(bytes)
                || (fileName != null && ArticleFormats.mediaTypeForFileName(fileName).filter(ArticleFormats.ZIP::equals).isPresent())
                || ArticleFormats.ZIP.equals(ArticleFormats.baseMediaType(contentType));
    }

    private static void readText(String origin, String fileName, byte[] bytes, String contentType, String source,
            Consumer<ParsedItem> sink) {
        Optional<ArticleFormat> format = Optional.ofNullable(fileName).flatMap(ArticleFormats::forFileName)
                .or(() -> ArticleFormats.forMediaType(contentType));
        String text;
        try {
            text = TextDecoding.decode(bytes, contentType);
        } catch (RejectedInput e) {
            sink.accept(ParsedItem.rejected(origin, e.getMessage()));
            return;
        }
        if (text.isBlank()) {
            sink.accept(ParsedItem.rejected(origin, "empty file (only white space)"));
            return;
        }
        if (format.isEmpty()) {
            format = ArticleFormats.sniff(text);
        }
        if (format.isEmpty()) {
            sink.accept(ParsedItem.rejected(origin, "unrecognised format (supported: "
                    + ArticleFormats.supportedExtensions() + ", or content starting with <rss, <feed, <html or {)"));
            return;
        }
        try {
            format.get().parse(text, origin, source).forEach(sink);
        } catch (RuntimeException e) {
            // A parser bug or a pathological input must not stop the batch.
            sink.accept(ParsedItem.rejected(origin, "could not be parsed: " + e));
        } catch (StackOverflowError e) {
            // A recursive parser on deeply nested input: this file fails, the rest of the batch
            // (the other files of a zip) goes on. The stack is unwound by now.
            sink.accept(ParsedItem.rejected(origin, "could not be parsed: its structure nests too deeply"));
        }
    }

    private static void readZip(String origin, byte[] bytes, String source, Consumer<ParsedItem> sink,
            Progress progress) {
        int entries = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (++entries > MAX_ZIP_ENTRIES) {
                    sink.accept(ParsedItem.rejected(origin, "zip has more than " + MAX_ZIP_ENTRIES
                            + " files; the rest was not read"));
                    return;
                }
                String name = entry.getName();
                String where = origin + "!/" + name;
                if (isUnsafe(name)) {
                    sink.accept(ParsedItem.rejected(where, "unsafe path in zip (absolute or with ..); not read"));
                    continue;
                }
                String fileName = name.substring(name.lastIndexOf('/') + 1);
                if (fileName.startsWith(".") || name.startsWith("__MACOSX/")) {
                    continue;
                }
                long remaining = MAX_ZIP_BYTES - total;
                byte[] content = readLimited(zip, Math.min(MAX_ZIP_ENTRY_BYTES, remaining));
                if (content == null) {
                    if (remaining <= MAX_ZIP_ENTRY_BYTES) {
                        sink.accept(ParsedItem.rejected(where, "zip expands to more than "
                                + MAX_ZIP_BYTES / (1024 * 1024) + " MiB; the rest was not read"));
                        return;
                    }
                    sink.accept(ParsedItem.rejected(where,
                            "file in zip larger than " + MAX_ZIP_ENTRY_BYTES / (1024 * 1024) + " MiB"));
                    continue;
                }
                total += content.length;
                if (ArticleFormats.looksLikeZip(content)) {
                    sink.accept(ParsedItem.rejected(where, "zip inside a zip is not read"));
                    progress.inputRead(where);
                    continue;
                }
                read(where, fileName, content, null, source, sink, progress);
            }
            if (entries == 0) {
                sink.accept(ParsedItem.rejected(origin, "empty zip"));
            }
        } catch (IOException | IllegalArgumentException e) {
            sink.accept(ParsedItem.rejected(origin, "not a readable zip: " + e.getMessage()));
        }
    }

    static boolean isUnsafe(String name) {
        String path = name.replace('\\', '/');
        return path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.equals("..") || path.startsWith("../")
                || path.contains("/../") || path.endsWith("/..");
    }

    /** The stream's remaining bytes, or null when there are more than {@code limit}. */
    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
