package io.sightline.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Imports files and folders (recursively) from the local disk; the format is chosen per file
 * by its extension. A file that cannot be read or parsed is reported with its path and skipped.
 */
@ApplicationScoped
public class PathImporter {

    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private final ArticleImporter importer;

    PathImporter(ArticleImporter importer) {
        this.importer = importer;
    }

    public ImportReport importPaths(List<Path> paths, String defaultSource) {
        ImportReport report = new ImportReport();
        for (Path path : paths) {
            for (Path file : files(path, report)) {
                report.add(importFile(file, defaultSource));
            }
        }
        return report;
    }

    private static List<Path> files(Path path, ImportReport report) {
        if (!Files.exists(path)) {
            report.rejected(path.toString(), "no such file or folder");
            return List.of();
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            report.rejected(path.toString(), "cannot list the folder: " + e.getMessage());
            return List.of();
        }
    }

    ImportReport importFile(Path file, String defaultSource) {
        String origin = file.toString();
        Optional<ArticleFormat> format = ArticleFormats.forFileName(file.getFileName().toString());
        if (format.isEmpty()) {
            return rejected(origin, "unsupported file type (supported: .txt, .jsonl, .ndjson)");
        }
        String content;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return rejected(origin, "file larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
            }
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return rejected(origin, "not valid UTF-8 text");
        } catch (IOException e) {
            return rejected(origin, "cannot read: " + e.getMessage());
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String source = defaultSource != null ? defaultSource : "Imported file";
        List<ParsedItem> items = new ArrayList<>(format.get().parse(content, origin, source));
        return importer.importItems(items);
    }

    private static ImportReport rejected(String origin, String reason) {
        ImportReport report = new ImportReport();
        report.rejected(origin, reason);
        return report;
    }
}
