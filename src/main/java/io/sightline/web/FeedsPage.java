package io.sightline.web;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sightline.feeds.FeedPoller;
import io.sightline.feeds.FeedSubscription;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/** The feed subscriptions page: list, add, poll now, remove. Plain forms, no script. */
@Path("/feeds")
public class FeedsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feeds(List<FeedSubscription> feeds, String message, boolean keyNeeded,
                boolean showErrors, String csrf);
    }

    private final FeedPoller feeds;
    private final WriteAccess writeAccess;

    FeedsPage(FeedPoller feeds, WriteAccess writeAccess) {
        this.feeds = feeds;
        this.writeAccess = writeAccess;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@Context HttpServerRequest request, @Context HttpServerResponse response) {
        return render(null, request, response);
    }

    /** Why a feed failed is shown to those who may write only: to others it could map the local network. */
    private TemplateInstance render(String message, HttpServerRequest request, HttpServerResponse response) {
        return Templates.feeds(feeds.list(), message, writeAccess.keyConfigured(), writeAccess.mayWrite(request),
                CsrfTokens.tokenFor(request, response));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Object add(@RestForm String url, @RestForm String title, @RestForm(WriteAccess.FORM_FIELD) String apiKey,
            @RestForm(CsrfTokens.FORM_FIELD) String csrf, @Context HttpServerRequest request,
            @Context HttpServerResponse response) {
        writeAccess.requireForm(request, apiKey, csrf);
        try {
            feeds.subscribe(url, title);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return render(e.getMessage(), request, response);
        }
        return backToTheList();
    }

    @POST
    @Path("{id}/poll")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance poll(@PathParam("id") long id, @RestForm(WriteAccess.FORM_FIELD) String apiKey,
            @RestForm(CsrfTokens.FORM_FIELD) String csrf, @Context HttpServerRequest request,
            @Context HttpServerResponse response) {
        writeAccess.requireForm(request, apiKey, csrf);
        FeedPoller.PollResult result = feeds.poll(id);
        String message = result == null ? "No such feed." : result.error() != null ? "Poll failed: " + result.error()
                : "Polled: " + result.report().summary() + ".";
        return render(message, request, response);
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long id, @RestForm(WriteAccess.FORM_FIELD) String apiKey,
            @RestForm(CsrfTokens.FORM_FIELD) String csrf, @Context HttpServerRequest request) {
        writeAccess.requireForm(request, apiKey, csrf);
        feeds.unsubscribe(id);
        return backToTheList();
    }

    /** A relative Location: an absolute one would repeat whatever Host header the request carried. */
    private static Response backToTheList() {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, "/feeds").build();
    }
}
