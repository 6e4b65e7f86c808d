package io.sightline.web;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.sightline.article.Article;
import io.sightline.article.ArticleRemoval;
import io.sightline.extract.EntityType;
import io.sightline.ingest.ArticleFormats;
import io.sightline.ingest.ArticleImporter;
import io.sightline.ingest.ImportReport;
import io.sightline.ingest.InputReader;
import io.vertx.core.http.HttpServerRequest;

/**
 * Import over HTTP: {@code POST /api/articles} with a body whose Content-Type names the format
 * (application/octet-stream: found from the content), or with multipart/form-data files.
 * Writes need {@link WriteAccess}.
 * The answer counts new, already present and rejected articles, with a reason for each rejection.
 */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleApi {

    /** Largest request body accepted, in bytes (see also quarkus.http.limits.max-body-size). */
    static final int MAX_BODY_CHARS = 50 * 1024 * 1024;

    /**
     * The import answer. {@code updated}: same URL with a changed text (a correction), ids in
     * {@code updatedIds}; {@code notYetSearchable}: stored, but the engine refused the index
     * write; they are indexed when it accepts writes again.
     */
    public record ImportAnswer(int created, int updated, int alreadyPresent, int rejected, List<Long> ids,
            List<Long> updatedIds, int notYetSearchable, List<ImportReport.Rejection> rejections) {
        static ImportAnswer of(ImportReport report) {
            return new ImportAnswer(report.getCreated(), report.getUpdated(), report.getAlreadyPresent(),
                    report.getRejected(), report.getCreatedIds(), report.getUpdatedIds(), report.getNotYetSearchable(),
                    report.getRejections());
        }
    }

    /** The answer to a takedown. */
    public record DeleteAnswer(long deleted) {
    }

    /** One stored article with its entities (one property per entity type, named by its plural). */
    public record ArticleJson(long id, String title, String body, String url, String source, java.time.Instant published,
            @com.fasterxml.jackson.annotation.JsonIgnore java.util.Map<EntityType, java.util.Set<String>> entities) {

        @com.fasterxml.jackson.annotation.JsonAnyGetter
        public java.util.Map<String, java.util.Set<String>> byPlural() {
            java.util.Map<String, java.util.Set<String>> byName = new java.util.LinkedHashMap<>();
            entities.forEach((type, values) -> byName.put(type.plural, values));
            return byName;
        }
    }

    private final ArticleImporter importer;
    private final WriteAccess writeAccess;
    private final ArticleRemoval removal;

    ArticleApi(ArticleImporter importer, WriteAccess writeAccess, ArticleRemoval removal) {
        this.importer = importer;
        this.writeAccess = writeAccess;
        this.removal = removal;
    }

    /** One input in the body: text, JSON Lines, an HTML page, a feed or a zip of any of these. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response importArticles(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("source") String source, @Context HttpServerRequest request) {
        writeAccess.require(request, null);
        refuseWhileShuttingDown();
        String mediaType = ArticleFormats.baseMediaType(contentType);
        boolean sniff = "application/octet-stream".equals(mediaType);
        if (!sniff && !ArticleFormats.ZIP.equals(mediaType) && ArticleFormats.forMediaType(contentType).isEmpty()) {
            throw new BadRequest("Unsupported Content-Type '" + Optional.ofNullable(contentType).orElse("(none)")
                    + "'; send one of: " + ArticleFormats.supportedMediaTypes());
        }
        if (body == null || body.length == 0 || (!ArticleFormats.ZIP.equals(mediaType) && isBlank(body))) {
            throw new BadRequest("The request body is empty.");
        }
        if (body.length > MAX_BODY_CHARS) {
            throw new BadRequest("The request body is larger than " + MAX_BODY_CHARS + " bytes.");
        }
        ArticleImporter.Session session = importer.session();
        InputReader.read("request body", null, body, sniff ? null : contentType, defaultSource(source),
                session::add, origin -> {
                });
        return answer(session.finish());
    }

    /** Many files at once, as a browser form sends them; each file's format is found on its own. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFiles(@RestForm(FileUpload.ALL) List<FileUpload> files, @RestForm String source,
            @RestForm(WriteAccess.FORM_FIELD) String apiKey, @Context HttpServerRequest request) {
        writeAccess.require(request, apiKey);
        refuseWhileShuttingDown();
        if (files == null || files.isEmpty()) {
            throw new BadRequest("No files in the form: send them as multipart/form-data file parts.");
        }
        return answer(Uploads.importAll(importer, files, defaultSource(source)));
    }

    /** A takedown: the article leaves the database, then the index (replayed if the engine is down). */
    @DELETE
    @Path("{id}")
    public DeleteAnswer delete(@PathParam("id") long id, @Context HttpServerRequest request) {
        writeAccess.require(request, null);
        refuseWhileShuttingDown();
        if (!removal.delete(id)) {
            throw new NotFoundException("No article " + id);
        }
        return new DeleteAnswer(id);
    }

    /** An import that starts during shutdown would be cut off: tell the client to come back. */
    private void refuseWhileShuttingDown() {
        if (importer.isClosing()) {
            String message = "Sightline is shutting down; send the request again once it is back.";
            throw new WebApplicationException(message, Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(new BadRequest.ErrorBody(message)).build());
        }
    }

    private static Response answer(ImportReport report) {
        if (report.getCreated() == 0 && report.getUpdated() == 0 && report.getAlreadyPresent() == 0) {
            return Response.status(Response.Status.BAD_REQUEST).entity(ImportAnswer.of(report)).build();
        }
        return Response.ok(ImportAnswer.of(report)).build();
    }

    private static String defaultSource(String source) {
        return source == null || source.isBlank() ? "Imported over HTTP" : source.strip();
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    @GET
    @Path("{id}")
    public ArticleJson get(@PathParam("id") long id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Article article = Article.findById(id);
            if (article == null) {
                throw new NotFoundException("No article " + id);
            }
            java.util.Map<EntityType, java.util.Set<String>> entities = new java.util.EnumMap<>(EntityType.class);
            for (EntityType type : EntityType.values()) {
                entities.put(type, new java.util.TreeSet<>(article.entities(type)));
            }
            return new ArticleJson(article.id, article.title, article.body, article.url, article.source,
                    article.published, entities);
        });
    }
}
