package io.sightline.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 10, finding 6: any body in any import format (plain text, JSON Lines, HTML, RSS,
 * Atom, zip, multipart, and random bytes under each Content-Type) answers 2xx or 4xx, never
 * 5xx. Run against the running app by {@link HttpFuzzTest}.
 */
class ImportFormatProperties {

    /** One generated input: a file name, its Content-Type and bytes. */
    record Input(String name, String contentType, byte[] bytes) {
        @Override
        public String toString() {
            String text = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
            return name + " (" + contentType + ", " + bytes.length + " bytes): " + text;
        }
    }

    @Property(tries = 40)
    void anImportBodyNeverAnswers5xx(@ForAll("inputs") Input input) throws Exception {
        FuzzClient.Answer answer = FuzzClient.post("/api/articles", input.contentType(), input.bytes());
        assertFalse(answer.isServerError(), () -> input + " answered " + answer.status() + ": " + answer.body());
    }

    @Property(tries = 20)
    void aZipOfInputsNeverAnswers5xx(@ForAll("zips") Input zip) throws Exception {
        FuzzClient.Answer answer = FuzzClient.post("/api/articles", zip.contentType(), zip.bytes());
        assertFalse(answer.isServerError(), () -> zip + " answered " + answer.status() + ": " + answer.body());
    }

    @Property(tries = 20)
    void aMultipartUploadNeverAnswers5xx(@ForAll("inputs") Input first, @ForAll("inputs") Input second,
            @ForAll boolean broken) throws Exception {
        String boundary = "fuzz" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Input input : List.of(first, second)) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + input.name() + "\"\r\nContent-Type: " + input.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(input.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (!broken) {
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        FuzzClient.Answer answer = FuzzClient.post("/api/articles", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        assertFalse(answer.isServerError(), () -> "multipart of " + first + " and " + second + (broken ? " (cut)" : "")
                + " answered " + answer.status() + ": " + answer.body());
    }

    @Provide
    Arbitrary<Input> inputs() {
        return Arbitraries.oneOf(plain(), jsonLines(), html(), feed(), randomBytes());
    }

    @Provide
    Arbitrary<Input> zips() {
        return inputs().list().ofMinSize(1).ofMaxSize(4).map(entries -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                int n = 0;
                for (Input entry : entries) {
                    zip.putNextEntry(new ZipEntry((n++) + "/" + entry.name()));
                    zip.write(entry.bytes());
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return new Input("fuzz.zip", "application/zip", out.toByteArray());
        });
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80),
                Arbitraries.of("Polish Krab howitzers fired", "Vladimir Putin met Xi Jinping", "", " ", "\u0000",
                        "<b>bold</b>", "&amp;", "\uD83D\uDE00", "S-400 and Patriot"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                        .list().ofMaxSize(30).map(words -> String.join(" ", words)));
    }

    private static Arbitrary<String> date() {
        return Arbitraries.of("2024-05-31", "2024-05-31T10:00:00Z", "9999-06-01T00:00:00Z", "+10000000-06-01T00:00:00Z",
                "1899-01-01", "yesterday", "", "Mon, 01 Jul 2024 10:00:00 GMT", "31/05/2024", "0");
    }

    private static Arbitrary<Input> plain() {
        return Combinators.combine(text(), date(), text()).as((title, date, body) -> new Input("a.txt", "text/plain",
                (title + "\n" + date + "\n\n" + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static Arbitrary<Input> jsonLines() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Combinators.combine(text(), date(), text(), text()).as((title, date, body, url) -> "{\"title\":"
                        + json(title) + ",\"published\":" + json(date) + ",\"body\":" + json(body) + ",\"url\":"
                        + json(url) + "}"),
                Arbitraries.of("{", "[]", "null", "{\"title\":1,\"body\":[]}", "{\"title\":\"t\",\"body\":{}}",
                        "[".repeat(2000), "{\"a\":".repeat(1500)),
                Arbitraries.strings().ofMaxLength(60));
        return line.list().ofMaxSize(5).map(lines -> new Input("a.jsonl", "application/x-ndjson",
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    private static Arbitrary<Input> html() {
        return Combinators.combine(text(), text(), Arbitraries.integers().between(0, 4000), date())
                .as((title, body, depth, date) -> new Input("a.html", "text/html", ("<!DOCTYPE html><html><head><title>"
                        + title + "</title><meta property=\"article:published_time\" content=\"" + date
                        + "\"></head><body><article>" + "<div>".repeat(depth) + "<p>" + body + "</p>"
                        + "</div>".repeat(depth / 2) + "</article></body></html>").getBytes(StandardCharsets.UTF_8)));
    }

    private static Arbitrary<Input> feed() {
        return Combinators.combine(text(), text(), Arbitraries.integers().between(0, 4000), date(), Arbitraries.of(true, false))
                .as((title, body, depth, date, atom) -> {
                    String nested = "<x>".repeat(depth) + "deep" + "</x>".repeat(depth);
                    String xml = atom
                            ? "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Fuzz</title><entry><title>"
                                    + escape(title) + "</title><updated>" + escape(date) + "</updated><summary>"
                                    + escape(body) + "</summary><content>" + nested + "</content></entry></feed>"
                            : "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fuzz</title><item><title>"
                                    + escape(title) + "</title><pubDate>" + escape(date) + "</pubDate><description>"
                                    + escape(body) + "</description>" + nested + "</item></channel></rss>";
                    return new Input(atom ? "a.atom" : "a.rss", atom ? "application/atom+xml" : "application/rss+xml",
                            xml.getBytes(StandardCharsets.UTF_8));
                });
    }

    private static Arbitrary<Input> randomBytes() {
        return Combinators.combine(Arbitraries.bytes().array(byte[].class).ofMaxSize(400),
                Arbitraries.of("text/plain", "application/x-ndjson", "text/html", "application/rss+xml",
                        "application/atom+xml", "application/zip", "application/octet-stream", "application/xml"))
                .as((bytes, type) -> new Input("random", type, bytes));
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
