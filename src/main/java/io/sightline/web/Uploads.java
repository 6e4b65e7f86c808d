package io.sightline.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.sightline.ingest.ArticleImporter;
import io.sightline.ingest.ImportReport;
import io.sightline.ingest.InputReader;
import io.sightline.ingest.ParsedItem;

/** Imports uploaded files (multipart form data), each read like a file on disk, in one import. */
final class Uploads {

    private Uploads() {
    }

    static ImportReport importAll(ArticleImporter importer, List<FileUpload> files, String source) {
        ArticleImporter.Session session = importer.session();
        for (FileUpload file : files) {
            String name = file.fileName() == null || file.fileName().isBlank() ? file.name() : file.fileName();
            String origin = "upload " + name;
            if (file.size() > InputReader.MAX_INPUT_BYTES) {
                session.add(ParsedItem.rejected(origin, "file larger than "
                        + InputReader.MAX_INPUT_BYTES / (1024 * 1024) + " MiB"));
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                session.add(ParsedItem.rejected(origin, "cannot read the upload: " + e.getMessage()));
                continue;
            }
            // Browsers send application/octet-stream for unknown extensions: leave that to sniffing.
            String contentType = "application/octet-stream".equals(file.contentType()) ? null : file.contentType();
            InputReader.read(origin, name, bytes, contentType, source, session::add, ignored -> {
            });
        }
        return session.finish();
    }
}
