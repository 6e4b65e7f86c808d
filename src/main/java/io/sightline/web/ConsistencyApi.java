package io.sightline.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import io.sightline.article.IndexConsistency;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code GET /api/admin/consistency} compares database and index (as {@code sightline check});
 * {@code POST} repairs the difference (as {@code sightline repair}) and needs {@link WriteAccess}.
 */
@Path("/api/admin/consistency")
@Produces(MediaType.APPLICATION_JSON)
public class ConsistencyApi {

    private final IndexConsistency consistency;
    private final WriteAccess writeAccess;

    ConsistencyApi(IndexConsistency consistency, WriteAccess writeAccess) {
        this.consistency = consistency;
        this.writeAccess = writeAccess;
    }

    @GET
    public IndexConsistency.Report check() {
        return consistency.check();
    }

    @POST
    public IndexConsistency.Repair repair(@Context HttpServerRequest request) {
        writeAccess.require(request, null);
        return consistency.repair();
    }
}
