package io.sightline.web;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sightline.ingest.ArticleFormats;
import io.sightline.ingest.ArticleImporter;
import io.sightline.ingest.ImportReport;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/** The upload page: one or many files (or a zip), imported like the command line does. */
@Path("/import")
public class ImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(ImportReport report, String extensions, boolean keyNeeded, String csrf);
    }

    private final ArticleImporter importer;
    private final WriteAccess writeAccess;

    ImportPage(ArticleImporter importer, WriteAccess writeAccess) {
        this.importer = importer;
        this.writeAccess = writeAccess;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@Context HttpServerRequest request, @Context HttpServerResponse response) {
        return Templates.upload(null, ArticleFormats.supportedExtensions(), writeAccess.keyConfigured(),
                CsrfTokens.tokenFor(request, response));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance upload(@RestForm(FileUpload.ALL) List<FileUpload> files, @RestForm String source,
            @RestForm(WriteAccess.FORM_FIELD) String apiKey, @RestForm(CsrfTokens.FORM_FIELD) String csrf,
            @Context HttpServerRequest request, @Context HttpServerResponse response) {
        writeAccess.requireForm(request, apiKey, csrf);
        String defaultSource = source == null || source.isBlank() ? "Uploaded file" : source.strip();
        ImportReport report = Uploads.importAll(importer, files == null ? List.of() : files, defaultSource);
        return Templates.upload(report, ArticleFormats.supportedExtensions(), writeAccess.keyConfigured(),
                CsrfTokens.tokenFor(request, response));
    }
}
