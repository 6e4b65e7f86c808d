package io.sightline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.FreshDataFolder;

/** A folder of mixed, partly broken files through PathImporter, into the real store and engine. */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class PathImportTest {

    @Inject
    PathImporter pathImporter;

    @TempDir
    Path folder;

    @Test
    void aFolderImportsRecursivelySkipsBadFilesWithReasonsAndIsIdempotent() throws IOException {
        String unique = Long.toString(System.nanoTime());
        Files.createDirectories(folder.resolve("pages/2024"));
        Files.createDirectories(folder.resolve("feeds"));
        Files.write(folder.resolve("pages/2024/k9.html"), HtmlAndFeedFormatsTest.bytes("ingest/cluttered-article.html"));
        Files.write(folder.resolve("pages/frigate.htm"), HtmlAndFeedFormatsTest.bytes("ingest/jsonld-article.html"));
        Files.write(folder.resolve("feeds/atom.atom"), HtmlAndFeedFormatsTest.bytes("ingest/feed-atom.xml"));
        // no extension: sniffed as RSS
        Files.write(folder.resolve("feeds/baltic"), HtmlAndFeedFormatsTest.bytes("ingest/feed-rss.xml"));
        Files.writeString(folder.resolve("own.txt"), "Folder article " + unique + "\n\nItalian destroyers escorted a convoy.");
        // the same story under another name, differently spaced and cased: one article
        Files.writeString(folder.resolve("own-copy.txt"), "FOLDER ARTICLE " + unique + "\n\n  Italian destroyers escorted a convoy!");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(folder.resolve("more.zip")))) {
            zip.putNextEntry(new ZipEntry("inner/zipped.jsonl"));
            zip.write(("{\"title\":\"Zipped folder article " + unique + "\",\"body\":\"Greek submarines trained.\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.write(folder.resolve("feeds/broken.xml"), HtmlAndFeedFormatsTest.bytes("ingest/invalid.xml"));
        Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 title\n\nBody".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(folder.resolve("empty.jsonl"), new byte[0]);
        Files.writeString(folder.resolve(".hidden.txt"), "Hidden\n\nnot imported");

        List<int[]> progress = new ArrayList<>();
        ImportReport first = pathImporter.importPaths(List.of(folder, folder.resolve("missing")), "Folder test",
                (done, total, soFar) -> progress.add(new int[] {done, total}));
        // 1 page + 1 page + 2 atom + 3 rss + own.txt + zipped = 9 articles, own-copy.txt is a duplicate
        assertEquals(9, first.getCreated() + first.getAlreadyPresent() - 1, first.summary());
        assertTrue(first.getAlreadyPresent() >= 1, first.summary());
        assertEquals(4, first.getRejected(), first.getRejections().toString());
        assertRejected(first, "missing", "no such file or folder");
        assertRejected(first, "broken.xml", "invalid XML");
        assertRejected(first, "latin1.txt", "not valid UTF-8");
        assertRejected(first, "empty.jsonl", "empty file");
        // 10 files on disk (the hidden one skipped) plus the file inside the zip
        int[] last = progress.get(progress.size() - 1);
        assertEquals(11, last[0]);
        assertEquals(11, last[1]);

        ImportReport again = pathImporter.importPaths(List.of(folder), "Folder test");
        assertEquals(0, again.getCreated(), again.summary());
        assertEquals(10, again.getAlreadyPresent(), again.summary());
        assertEquals(3, again.getRejected());
        assertTrue(again.summary().matches("0 new, 10 already present, 3 failed"), again.summary());
    }

    private static void assertRejected(ImportReport report, String originEnd, String reason) {
        assertTrue(report.getRejections().stream()
                .anyMatch(r -> r.origin().endsWith(originEnd) && r.reason().contains(reason)),
                originEnd + " / " + reason + " in " + report.getRejections());
    }
}
