package io.sightline.web;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sightline.feeds.FeedPoller;
import io.sightline.feeds.FeedSubscription;
import io.vertx.core.http.HttpServerRequest;

/** The feed subscriptions page: list, add, poll now, remove. Plain forms, no script. */
@Path("/feeds")
public class FeedsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feeds(List<FeedSubscription> feeds, String message, boolean keyNeeded);
    }

    private final FeedPoller feeds;
    private final WriteAccess writeAccess;

    FeedsPage(FeedPoller feeds, WriteAccess writeAccess) {
        this.feeds = feeds;
        this.writeAccess = writeAccess;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.feeds(feeds.list(), null, writeAccess.keyConfigured());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Object add(@RestForm String url, @RestForm String title, @RestForm(WriteAccess.FORM_FIELD) String apiKey,
            @Context HttpServerRequest request) {
        writeAccess.require(request, apiKey);
        try {
            feeds.subscribe(url, title);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Templates.feeds(feeds.list(), e.getMessage(), writeAccess.keyConfigured());
        }
        return Response.seeOther(URI.create("/feeds")).build();
    }

    @POST
    @Path("{id}/poll")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance poll(@PathParam("id") long id, @RestForm(WriteAccess.FORM_FIELD) String apiKey,
            @Context HttpServerRequest request) {
        writeAccess.require(request, apiKey);
        FeedPoller.PollResult result = feeds.poll(id);
        String message = result == null ? "No such feed." : result.error() != null ? "Poll failed: " + result.error()
                : "Polled: " + result.report().summary() + ".";
        return Templates.feeds(feeds.list(), message, writeAccess.keyConfigured());
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long id, @RestForm(WriteAccess.FORM_FIELD) String apiKey,
            @Context HttpServerRequest request) {
        writeAccess.require(request, apiKey);
        feeds.unsubscribe(id);
        return Response.seeOther(URI.create("/feeds")).build();
    }
}
