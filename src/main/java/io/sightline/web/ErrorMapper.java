package io.sightline.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/**
 * Unexpected failures: the stack trace goes to the log with an incident number, the user gets
 * a short message with that number and never the trace.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    /** The body parsers' own failures: the client sent something malformed, the server is fine. */
    static boolean isUnreadableBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                        || frame.getClassName().equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
                    return cause instanceof java.io.IOException || cause instanceof IllegalArgumentException
                            || cause instanceof IllegalStateException;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    // production: engine failures behind 500s are counted for /q/metrics
    @jakarta.inject.Inject
    io.sightline.ops.EngineErrors engineErrors;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response original = web.getResponse();
            if (original.hasEntity()) {
                return original;
            }
            return Response.status(original.getStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new BadRequest.ErrorBody(web.getMessage())).build();
        }
        if (isUnreadableBody(failure)) {
            // e.g. Content-Type multipart/form-data with a body that is not multipart (a 500 before, issue 10)
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new BadRequest.ErrorBody("The request body could not be read as its Content-Type says"
                            + " (a multipart/form-data body needs its boundary and parts).")).build();
        }
        engineErrors.recordIfEngineFailure(failure, io.sightline.ops.EngineErrors.Operation.REQUEST);
        String incident = Long.toString(System.nanoTime() & 0xffffff, 36);
        LOG.errorf(failure, "Incident %s", incident);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new BadRequest.ErrorBody("Sightline could not answer this request (incident " + incident
                        + "; the details are in the server log)."))
                .build();
    }
}
