package io.sightline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Imports files, folders (recursively) and zip archives from the local disk. The format is
 * found per file (see {@link InputReader}). A file that cannot be read or parsed is reported
 * with its path and skipped; the others go on, stored in batches across files.
 */
@ApplicationScoped
public class PathImporter {

    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = InputReader.MAX_INPUT_BYTES;

    /** Told about the import's advance, after each file (zip entries included). */
    public interface Listener {
        Listener NONE = (filesDone, totalFiles, report) -> {
        };

        /**
         * @param filesDone  files read so far, counting the files inside zips
         * @param totalFiles files found on disk (a zip counts as one until opened)
         * @param report     counts so far
         */
        void progress(int filesDone, int totalFiles, ImportReport report);
    }

    private final ArticleImporter importer;

    PathImporter(ArticleImporter importer) {
        this.importer = importer;
    }

    public ImportReport importPaths(List<Path> paths, String defaultSource) {
        return importPaths(paths, defaultSource, Listener.NONE);
    }

    public ImportReport importPaths(List<Path> paths, String defaultSource, Listener listener) {
        ArticleImporter.Session session = importer.session();
        List<Path> files = paths.stream().flatMap(path -> files(path, session)).toList();
        String source = defaultSource != null ? defaultSource : "Imported file";
        int[] done = {0};
        int[] total = {files.size()};
        InputReader.Progress progress = origin -> {
            done[0]++;
            total[0] = Math.max(total[0], done[0]);
            listener.progress(done[0], total[0], session.report());
        };
        for (Path file : files) {
            readFile(file, source, session, progress);
        }
        ImportReport report = session.finish();
        listener.progress(done[0], total[0], report);
        return report;
    }

    private static Stream<Path> files(Path path, ArticleImporter.Session session) {
        if (!Files.exists(path)) {
            session.add(ParsedItem.rejected(path.toString(), "no such file or folder"));
            return Stream.empty();
        }
        if (!Files.isDirectory(path)) {
            return Stream.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted().toList().stream();
        } catch (IOException | java.io.UncheckedIOException e) {
            session.add(ParsedItem.rejected(path.toString(), "cannot list the folder: " + e.getMessage()));
            return Stream.empty();
        }
    }

    private static void readFile(Path file, String source, ArticleImporter.Session session,
            InputReader.Progress progress) {
        String origin = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                session.add(ParsedItem.rejected(origin, "file larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
                progress.inputRead(origin);
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            session.add(ParsedItem.rejected(origin, "cannot read: " + e.getMessage()));
            progress.inputRead(origin);
            return;
        }
        InputReader.read(origin, file.getFileName().toString(), bytes, null, source, session::add, progress);
    }
}
