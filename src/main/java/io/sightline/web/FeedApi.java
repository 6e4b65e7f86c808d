package io.sightline.web;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.sightline.feeds.FeedPoller;
import io.sightline.feeds.FeedSubscription;
import io.vertx.core.http.HttpServerRequest;

/**
 * Feed subscriptions as JSON: {@code GET /api/feeds}, {@code POST /api/feeds} with
 * {"url","title"}, {@code DELETE /api/feeds/{id}}, and {@code POST /api/feeds/{id}/poll} to poll
 * one now. Changes need {@link WriteAccess}.
 */
@Path("/api/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedApi {

    /** A subscription as shown to clients. */
    public record FeedJson(long id, String url, String title, Instant createdAt, Instant lastPolledAt,
            String lastError, long itemsImported) {
        static FeedJson of(FeedSubscription feed) {
            return of(feed, true);
        }

        /**
         * Without error details the answer says only "failed": "connection refused" against
         * "invalid XML" would tell anyone which internal addresses answer.
         */
        static FeedJson of(FeedSubscription feed, boolean withErrorDetails) {
            String error = feed.lastError == null || withErrorDetails ? feed.lastError : "failed";
            return new FeedJson(feed.id, feed.url, feed.title, feed.createdAt, feed.lastPolledAt, error,
                    feed.itemsImported);
        }
    }

    /** The body of a subscription request. */
    public record NewFeed(String url, String title) {
    }

    /** The outcome of a poll. */
    public record PollAnswer(long feedId, int created, int alreadyPresent, int rejected, String error) {
    }

    private final FeedPoller feeds;
    private final WriteAccess writeAccess;

    FeedApi(FeedPoller feeds, WriteAccess writeAccess) {
        this.feeds = feeds;
        this.writeAccess = writeAccess;
    }

    @GET
    public List<FeedJson> list(@Context HttpServerRequest request) {
        boolean writer = writeAccess.mayWrite(request);
        return feeds.list().stream().map(feed -> FeedJson.of(feed, writer)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(NewFeed body, @Context HttpServerRequest request) {
        writeAccess.require(request, null);
        if (body == null) {
            throw new BadRequest("Send {\"url\": \"https://…/feed.xml\"} to subscribe.");
        }
        try {
            return Response.status(Response.Status.CREATED).entity(FeedJson.of(feeds.subscribe(body.url(), body.title())))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        } catch (IllegalStateException e) {
            return Response.status(Response.Status.CONFLICT).entity(new BadRequest.ErrorBody(e.getMessage())).build();
        }
    }

    @DELETE
    @Path("{id}")
    public Response unsubscribe(@PathParam("id") long id, @Context HttpServerRequest request) {
        writeAccess.require(request, null);
        if (!feeds.unsubscribe(id)) {
            throw new NotFoundException("No feed subscription " + id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/poll")
    public PollAnswer poll(@PathParam("id") long id, @Context HttpServerRequest request) {
        writeAccess.require(request, null);
        FeedPoller.PollResult result = feeds.poll(id);
        if (result == null) {
            throw new NotFoundException("No feed subscription " + id);
        }
        return new PollAnswer(id, result.report().getCreated(), result.report().getAlreadyPresent(),
                result.report().getRejected(), result.error());
    }
}
