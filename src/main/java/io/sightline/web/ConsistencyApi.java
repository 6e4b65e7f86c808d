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

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ConsistencyApi.class);

    private final IndexConsistency consistency;
    private final WriteAccess writeAccess;

    ConsistencyApi(IndexConsistency consistency, WriteAccess writeAccess) {
        this.consistency = consistency;
        this.writeAccess = writeAccess;
    }

    @GET
    public IndexConsistency.Report check() {
        return whileEngineAnswers(consistency::check);
    }

    @POST
    public IndexConsistency.Repair repair(@Context HttpServerRequest request) {
        writeAccess.require(request, null);
        return whileEngineAnswers(consistency::repair);
    }

    /** The comparison reads the index: with the engine down, a 503 that says so rather than a 500. */
    private static <T> T whileEngineAnswers(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (org.hibernate.search.util.common.SearchException e) {
            LOG.warn("Consistency check failed", e);
            String message = "The search engine does not answer, so the index cannot be compared now; try again later.";
            throw new jakarta.ws.rs.WebApplicationException(message, jakarta.ws.rs.core.Response
                    .status(jakarta.ws.rs.core.Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new BadRequest.ErrorBody(message)).build());
        }
    }
}
