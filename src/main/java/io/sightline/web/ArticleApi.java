package io.sightline.web;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.sightline.article.Article;
import io.sightline.ingest.ArticleFormat;
import io.sightline.ingest.ArticleFormats;
import io.sightline.ingest.ArticleImporter;
import io.sightline.ingest.ImportReport;
import io.sightline.ingest.ParsedItem;

/**
 * Import over HTTP: {@code POST /api/articles} with a body whose Content-Type names the format.
 * The answer counts new, already present and rejected articles, with a reason for each rejection.
 */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleApi {

    /** Largest request body accepted, in characters (see also quarkus.http.limits.max-body-size). */
    static final int MAX_BODY_CHARS = 50 * 1024 * 1024;

    /** The import answer. */
    public record ImportAnswer(int created, int alreadyPresent, int rejected, List<Long> ids,
            List<ImportReport.Rejection> rejections) {
        static ImportAnswer of(ImportReport report) {
            return new ImportAnswer(report.getCreated(), report.getAlreadyPresent(), report.getRejected(),
                    report.getCreatedIds(), report.getRejections());
        }
    }

    /** One stored article with its entities. */
    public record ArticleJson(long id, String title, String body, String url, String source, java.time.Instant published,
            java.util.Set<String> people, java.util.Set<String> countries, java.util.Set<String> weapons) {
    }

    private final ArticleImporter importer;

    ArticleApi(ArticleImporter importer) {
        this.importer = importer;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response importArticles(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("source") String source) {
        ArticleFormat format = ArticleFormats.forMediaType(contentType).orElseThrow(() -> new BadRequest(
                "Unsupported Content-Type '" + Optional.ofNullable(contentType).orElse("(none)")
                        + "'; send one of: " + ArticleFormats.supportedMediaTypes()));
        if (body == null || body.isBlank()) {
            throw new BadRequest("The request body is empty.");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new BadRequest("The request body is larger than " + MAX_BODY_CHARS + " characters.");
        }
        String defaultSource = source == null || source.isBlank() ? "Imported over HTTP" : source.strip();
        List<ParsedItem> items = format.parse(body, "request body", defaultSource);
        ImportReport report = importer.importItems(items);
        if (report.getCreated() == 0 && report.getAlreadyPresent() == 0) {
            return Response.status(Response.Status.BAD_REQUEST).entity(ImportAnswer.of(report)).build();
        }
        return Response.ok(ImportAnswer.of(report)).build();
    }

    @GET
    @Path("{id}")
    public ArticleJson get(@PathParam("id") long id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Article article = Article.findById(id);
            if (article == null) {
                throw new NotFoundException("No article " + id);
            }
            return new ArticleJson(article.id, article.title, article.body, article.url, article.source,
                    article.published, new java.util.TreeSet<>(article.people),
                    new java.util.TreeSet<>(article.countries), new java.util.TreeSet<>(article.weapons));
        });
    }
}
