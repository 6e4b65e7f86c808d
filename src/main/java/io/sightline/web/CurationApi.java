package io.sightline.web;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import io.sightline.curation.CurationChange;
import io.sightline.curation.CurationLog;
import io.sightline.extract.CurationTable.Action;
import io.sightline.extract.EntityType;
import io.vertx.core.http.HttpServerRequest;

/**
 * Curation as JSON: {@code GET /api/curation} lists the log, {@code POST /api/curation} makes a
 * change ({@code {"type":"people","action":"merge","from":"Zelenskiy","to":"Volodymyr Zelensky"}}),
 * {@code POST /api/curation/{id}/undo} takes one back. Writes need write access like imports.
 */
@Path("/api/curation")
@Produces(MediaType.APPLICATION_JSON)
public class CurationApi {

    /** A change asked for: {@code type} is the entity type's plural, {@code action} merge, rename, hide or alias. */
    public record ChangeRequest(String type, String action, String from, String to, String by) {
    }

    /** A change of the log; {@code timing} only in the answer to the request that made it. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Change(long id, String type, String action, String from, String to, String madeBy, Instant madeAt,
            int articles, boolean active, String undoneBy, Instant undoneAt, CurationLog.Timing timing) {
        static Change of(CurationChange change) {
            return of(change, null);
        }

        static Change of(CurationChange change, CurationLog.Timing timing) {
            return new Change(change.id, change.type.plural, change.action.name().toLowerCase(java.util.Locale.ROOT),
                    change.from, change.to, change.madeBy, change.madeAt, change.articles, change.active(),
                    change.undoneBy, change.undoneAt, timing);
        }
    }

    private final CurationLog curation;
    private final WriteAccess writeAccess;

    CurationApi(CurationLog curation, WriteAccess writeAccess) {
        this.curation = curation;
        this.writeAccess = writeAccess;
    }

    @GET
    public List<Change> log() {
        return curation.log().stream().map(Change::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Change change(ChangeRequest body, @Context HttpServerRequest request) {
        writeAccess.require(request, null);
        if (body == null) {
            throw new BadRequest("Send {\"type\", \"action\", \"from\", \"to\"} as JSON");
        }
        CurationLog.Applied applied = apply(curation, body.type(), body.action(), body.from(), body.to(),
                who(body.by(), request));
        return Change.of(applied.change(), applied.timing());
    }

    @POST
    @Path("{id}/undo")
    public Change undo(@PathParam("id") long id, @Context HttpServerRequest request) {
        writeAccess.require(request, null);
        try {
            return Change.of(curation.undo(id, who(null, request)));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /** Parses and applies a change; shared with the admin page. */
    static CurationLog.Applied apply(CurationLog curation, String type, String action, String from, String to, String by) {
        EntityType entityType = EntityType.byPlural(type == null ? "" : type.strip()).orElseThrow(() -> new BadRequest(
                "Unknown entity type “" + type + "”: use " + String.join(", ",
                        java.util.Arrays.stream(EntityType.values()).map(t -> t.plural).toList())));
        Action parsed;
        try {
            parsed = Action.valueOf((action == null ? "" : action.strip()).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("Unknown action “" + action + "”: use merge, rename, hide or alias");
        }
        try {
            return curation.apply(new CurationLog.Request(entityType, parsed, from, to, by));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /** Who made a change: the name given, else the client's address (there are no user accounts). */
    static String who(String by, HttpServerRequest request) {
        if (by != null && !by.isBlank()) {
            return by.strip().length() > 100 ? by.strip().substring(0, 100) : by.strip();
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
