package io.sightline.web;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sightline.curation.CurationChange;
import io.sightline.curation.CurationLog;
import io.sightline.extract.EntityType;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * The curation admin page: merge, rename, hide or alias an entity, and the log with an undo
 * button per change. Write-protected like imports (key or loopback, same origin, CSRF token).
 */
@Path("/admin/curation")
public class CurationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance curation(List<CurationChange> log, List<EntityType> types, String message,
                boolean keyNeeded, String csrf);
    }

    private final CurationLog curation;
    private final WriteAccess writeAccess;

    CurationPage(CurationLog curation, WriteAccess writeAccess) {
        this.curation = curation;
        this.writeAccess = writeAccess;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@Context HttpServerRequest request, @Context HttpServerResponse response) {
        return render(null, request, response);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance change(@RestForm String type, @RestForm String action, @RestForm String from,
            @RestForm String to, @RestForm String by, @RestForm(WriteAccess.FORM_FIELD) String apiKey,
            @RestForm(CsrfTokens.FORM_FIELD) String csrf, @Context HttpServerRequest request,
            @Context HttpServerResponse response) {
        writeAccess.requireForm(request, apiKey, csrf);
        String message;
        try {
            CurationChange change = CurationApi.apply(curation, type, action, from, to, CurationApi.who(by, request))
                    .change();
            message = "Change #" + change.id + " applied to " + change.articles + " article"
                    + (change.articles == 1 ? "" : "s") + ".";
        } catch (WebApplicationException e) {
            message = e.getMessage();
        }
        return render(message, request, response);
    }

    @POST
    @Path("{id}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance undo(@PathParam("id") long id, @RestForm(WriteAccess.FORM_FIELD) String apiKey,
            @RestForm(CsrfTokens.FORM_FIELD) String csrf, @Context HttpServerRequest request,
            @Context HttpServerResponse response) {
        writeAccess.requireForm(request, apiKey, csrf);
        String message;
        try {
            CurationChange change = curation.undo(id, CurationApi.who(null, request));
            message = "Change #" + change.id + " undone; " + change.articleIds.size() + " articles extracted again.";
        } catch (IllegalArgumentException e) {
            message = e.getMessage();
        }
        return render(message, request, response);
    }

    private TemplateInstance render(String message, HttpServerRequest request, HttpServerResponse response) {
        return Templates.curation(curation.log(), Arrays.asList(EntityType.values()), message,
                writeAccess.keyConfigured(), CsrfTokens.tokenFor(request, response));
    }
}
