package io.sightline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class HtmlAndFeedFormatsTest {

    static byte[] bytes(String resource) {
        try (InputStream in = HtmlAndFeedFormatsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ParsedItem> read(String name, byte[] bytes, String contentType) {
        List<ParsedItem> items = new ArrayList<>();
        InputReader.read(name, name, bytes, contentType, "Default source", items::add, origin -> {
        });
        return items;
    }

    static List<ParsedItem> read(String resource) {
        return read(resource.substring(resource.lastIndexOf('/') + 1), bytes(resource), null);
    }

    @Test
    void aClutteredPageGivesItsArticleWithoutNavigationAdsSharingCommentsOrFooter() {
        List<ParsedItem> items = read("ingest/cluttered-article.html");
        assertEquals(1, items.size(), items.toString());
        ArticleDraft draft = items.get(0).draft();
        assertEquals("Norway orders 24 more K9 howitzers from Hanwha", draft.title());
        assertEquals("https://ndr.example.test/land/2024/03/norway-k9-order", draft.url());
        assertEquals(Instant.parse("2024-03-12T08:30:00Z"), draft.published());
        assertEquals("Northern Defence Review", draft.source());
        String body = draft.body();
        assertTrue(body.startsWith("OSLO — The Norwegian Defence Materiel Agency"), body);
        assertTrue(body.endsWith("long-range fires as priorities."), body);
        // paragraphs are kept, separated by blank lines
        assertEquals(5, body.split("\n\n").length, body);
        for (String clutter : List.of("cookies", "Subscribe", "ADVERTISEMENT", "Advertisement", "laptops",
                "Share on", "Finland picks", "Great news", "Most read", "All rights reserved", "newsletter",
                "Home", "dataLayer", "Kari Nordmann", "Artillery Norway")) {
            assertFalse(body.contains(clutter), "clutter '" + clutter + "' in: " + body);
        }
    }

    @Test
    void metadataComesFromJsonLdAndTheDeclaredCharsetIsHonoured() {
        List<ParsedItem> items = read("ingest/jsonld-article.html");
        ArticleDraft draft = items.get(0).draft();
        assertEquals("France launches fourth FDI frigate at Lorient", draft.title());
        assertEquals(Instant.parse("2023-11-07T14:00:00Z"), draft.published());
        assertEquals("https://navalnews.example.test/2023/11/fregate-launch", draft.url());
        assertEquals("Naval News Daily", draft.source());
        assertTrue(draft.body().contains("from the école navale."), draft.body());
        assertTrue(draft.body().startsWith("LORIENT — Naval Group"), draft.body());
        assertFalse(draft.body().contains("Submarines"), draft.body());
        assertFalse(draft.body().contains("©"), draft.body());
    }

    @Test
    void rssItemsUseFullContentThenDescriptionThenTitle() {
        List<ParsedItem> items = read("ingest/feed-rss.xml");
        assertEquals(3, items.size());
        ArticleDraft full = items.get(0).draft();
        assertEquals("Lithuania receives first Leopard 2A8 tanks", full.title());
        assertEquals("https://bsw.example.test/2025/01/leopard-lithuania", full.url());
        assertEquals(Instant.parse("2025-01-14T08:15:00Z"), full.published());
        assertEquals("Baltic Security Wire", full.source());
        assertEquals("VILNIUS — Lithuania received its first Leopard 2A8 main battle tanks on Monday, the defence"
                + " ministry said.\n\nThe country ordered 44 tanks in 2024, and the brigade that will use them is being"
                + " formed near the border with Belarus, officials said.", full.body());
        assertEquals("Estonian gunners will train with US Marines on the HIMARS rocket launcher until March.",
                items.get(1).draft().body());
        assertEquals("Latvia reopens conscription centre", items.get(2).draft().body());
    }

    @Test
    void atomEntriesUseContentOrSummaryAndTheirAlternateLink() {
        List<ParsedItem> items = read("ingest/feed-atom.xml");
        assertEquals(2, items.size());
        ArticleDraft first = items.get(0).draft();
        assertEquals("Japan & Philippines sign access agreement", first.title());
        assertEquals("https://pdn.example.test/2024/06/japan-philippines-raa", first.url());
        assertEquals(Instant.parse("2024-05-31T18:00:00Z"), first.published());
        assertTrue(first.body().startsWith("TOKYO — Japan and the Philippines"), first.body());
        assertTrue(first.body().contains("\n\nThe pact follows"), first.body());
        ArticleDraft second = items.get(1).draft();
        assertEquals(Instant.parse("2024-05-30T08:00:00Z"), second.published());
        assertEquals("The destroyer fired the missile off California, a first for the Royal Australian Navy.",
                second.body());
        assertEquals("Pacific Defence Notes", second.source());
    }

    @Test
    void brokenInputsAreRejectedWithAReason() {
        List<ParsedItem> invalid = read("ingest/invalid.xml");
        assertEquals(1, invalid.size());
        assertTrue(invalid.get(0).rejection().contains("invalid XML"), invalid.get(0).rejection());
        assertEquals("invalid.xml", invalid.get(0).origin());

        byte[] badUtf8 = "<html><head><meta charset=\"utf-8\"><title>T</title></head><body><p>caf\u00e9</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(read("bad.html", badUtf8, null).get(0).rejection().contains("not valid UTF-8"));
        assertTrue(read("empty.txt", new byte[0], null).get(0).rejection().contains("empty"));
        assertTrue(read("blank.jsonl", "  \n\n".getBytes(StandardCharsets.UTF_8), null).get(0).rejection().contains("empty"));
        assertTrue(read("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, null).get(0).rejection()
                .contains("binary"));
        assertTrue(read("notes", "just some words".getBytes(StandardCharsets.UTF_8), null).get(0).rejection()
                .contains("unrecognised format"));
        assertTrue(read("nav-only.html", "<html><body><nav><a href=/>Home</a></nav><h1>Title</h1></body></html>"
                .getBytes(StandardCharsets.UTF_8), null).get(0).rejection().contains("article text"));
        assertTrue(read("x.xml", "<?xml version=\"1.0\"?><note>hi</note>".getBytes(StandardCharsets.UTF_8), null)
                .get(0).rejection().contains("not an RSS or Atom feed"));
    }

    @Test
    void aDoctypeWithEntitiesIsRefused() {
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&b;</title><description>x</description></item></channel></rss>";
        List<ParsedItem> items = read("laughs.rss", billionLaughs.getBytes(StandardCharsets.UTF_8), null);
        assertTrue(items.get(0).isRejected(), items.toString());
    }

    @Test
    void formatsAreSniffedWhenTheNameSaysNothing() {
        assertTrue(ArticleFormats.sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">").orElseThrow() instanceof FeedFormat);
        assertTrue(ArticleFormats.sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">").orElseThrow() instanceof FeedFormat);
        assertTrue(ArticleFormats.sniff("<!DOCTYPE html>\n<html>").orElseThrow() instanceof HtmlFormat);
        assertTrue(ArticleFormats.sniff("{\"title\":\"x\"}\n").orElseThrow() instanceof JsonLinesFormat);
        assertTrue(ArticleFormats.sniff("Title\n\nBody").isEmpty());
        List<ParsedItem> items = read("download", bytes("ingest/feed-atom.xml"), "application/octet-stream");
        assertEquals(2, items.size());
        assertFalse(items.get(0).isRejected());
    }

    @Test
    void byteOrderMarksAndXmlDeclarationsChooseTheEncoding() throws RejectedInput {
        byte[] utf16 = "\uFEFFTitle\n\nBody caf\u00e9".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("Title\n\nBody caf\u00e9", TextDecoding.decode(utf16, null));
        byte[] latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>caf\u00e9</rss>".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(TextDecoding.decode(latin, null).contains("caf\u00e9"));
        byte[] unknown = "<?xml version=\"1.0\" encoding=\"klingon-8\"?><rss/>".getBytes(StandardCharsets.US_ASCII);
        RejectedInput rejected = assertThrows(RejectedInput.class, () -> TextDecoding.decode(unknown, null));
        assertTrue(rejected.getMessage().contains("unknown character encoding"));
    }

    @Test
    void zipsAreReadEntryByEntryAndUnsafeOrHugeEntriesAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "news/feed.rss", bytes("ingest/feed-rss.xml"));
            put(zip, "news/page.html", bytes("ingest/cluttered-article.html"));
            put(zip, "../escape.txt", "Title\n\nBody".getBytes(StandardCharsets.UTF_8));
            put(zip, "bomb.txt", new byte[(int) InputReader.MAX_ZIP_ENTRY_BYTES + 1]);
            put(zip, ".DS_Store", new byte[] {1, 2, 3});
        }
        List<ParsedItem> items = read("batch.zip", out.toByteArray(), null);
        assertEquals(4 + 2, items.size(), items.toString());
        assertEquals(4, items.stream().filter(item -> !item.isRejected()).count());
        assertEquals("batch.zip!/news/feed.rss item 1", items.get(0).origin());
        assertTrue(items.stream().anyMatch(item -> item.origin().endsWith("../escape.txt")
                && item.rejection().contains("unsafe path")));
        assertTrue(items.stream().anyMatch(item -> item.origin().endsWith("bomb.txt")
                && item.rejection().contains("larger than 64 MiB")));
    }

    @Test
    void aZipWithTooManyEntriesStopsAtTheLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= InputReader.MAX_ZIP_ENTRIES; i++) {
                put(zip, "f" + i + ".txt", ("Title " + i + "\n\nBody " + i).getBytes(StandardCharsets.UTF_8));
            }
        }
        List<ParsedItem> items = read("many.zip", out.toByteArray(), null);
        assertEquals(InputReader.MAX_ZIP_ENTRIES + 1, items.size());
        assertTrue(items.get(items.size() - 1).rejection().contains("more than " + InputReader.MAX_ZIP_ENTRIES));
        assertNull(items.get(0).rejection());
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
