package io.sightline.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based (jqwik, run by surefire beside Jupiter): whatever bytes arrive under whatever
 * Content-Type or file name, reading them never throws; every input ends as articles or as
 * rejections that name it.
 */
class InputReaderFuzzTest {

    @Property(tries = 300)
    void readingNeverThrowsAndAlwaysAnswers(@ForAll("bodies") byte[] bytes, @ForAll("types") String contentType,
            @ForAll("names") String fileName) {
        List<ParsedItem> items = new ArrayList<>();
        InputReader.read("fuzz input", fileName, bytes, contentType, "Fuzz", items::add, origin -> {
        });
        assertFalse(items.isEmpty(), "an input gives articles or a rejection");
        for (ParsedItem item : items) {
            assertNotNull(item.origin());
            if (item.isRejected()) {
                assertFalse(item.rejection().isBlank());
            }
        }
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<String> nested = Arbitraries.integers().between(1, 5000).map(depth -> "<?xml version=\"1.0\"?><rss>"
                + "<channel><title>t</title><item><title>i</title>" + "<a>".repeat(depth) + "x" + "</a>".repeat(depth)
                + "</item></channel></rss>");
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200), nested,
                Arbitraries.of("{\"title\":\"t\",\"body\":\"b\"}", "[".repeat(3000), "<html>" + "<div>".repeat(3000),
                        "Title\n2024-05-31\n\nBody text.", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        return Arbitraries.oneOf(text.map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of("text/plain", "application/x-ndjson", "text/html", "application/rss+xml",
                "application/atom+xml", "application/zip", "application/xml", "text/plain; charset=bogus", "nonsense");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("a.txt", "a.jsonl", "a.html", "a.rss", "a.atom", "a.zip", "a.xml", "noext");
    }
}
