package io.sightline.web;

import java.net.ConnectException;
import java.net.NoRouteToHostException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.sightline.ops.EngineErrors;

/**
 * Every failure of a resource becomes an answer in the client's form (see {@link ErrorPages}):
 * client errors keep their status and message; the search engine being unreachable is a 503
 * (the reader can retry); anything else is a 500 whose stack trace goes to the log under an
 * incident number that the answer names, never the trace itself.
 */
public class ErrorMapper {

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

    // production: engine failures behind 500s and 503s are counted for /q/metrics
    private final EngineErrors engineErrors;

    ErrorMapper(EngineErrors engineErrors) {
        this.engineErrors = engineErrors;
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response toResponse(Throwable failure, HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response original = web.getResponse();
            String message = original.getEntity() instanceof BadRequest.ErrorBody body ? body.error()
                    : readable(original.getStatus(), web.getMessage());
            if (original.hasEntity() && !(original.getEntity() instanceof BadRequest.ErrorBody)) {
                return original;
            }
            Response answer = ErrorPages.answer(accept, original.getStatus(), message, null);
            // keep headers such as Allow (405) or WWW-Authenticate
            Response.ResponseBuilder builder = Response.fromResponse(answer);
            original.getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                    values.forEach(value -> builder.header(name, value));
                }
            });
            return builder.build();
        }
        if (isUnreadableBody(failure)) {
            // e.g. Content-Type multipart/form-data with a body that is not multipart (a 500 before, issue 10)
            return ErrorPages.answer(accept, 400, "The request body could not be read as its Content-Type says"
                    + " (a multipart/form-data body needs its boundary and parts).", null);
        }
        engineErrors.recordIfEngineFailure(failure, EngineErrors.Operation.REQUEST);
        String incident = ErrorPages.newIncident();
        if (engineUnreachable(failure)) {
            LOG.warnf(failure, "Incident %s: the search engine is unreachable", incident);
            return Response.fromResponse(ErrorPages.answer(accept, 503,
                    "The search engine is not answering right now (it may be starting or restarting)."
                            + " Try again in a minute (incident " + incident + ").",
                    incident)).header("Retry-After", "30").build();
        }
        LOG.errorf(failure, "Incident %s", incident);
        return ErrorPages.answer(accept, 500, "Sightline could not answer this request (incident " + incident
                + "; the details are in the server log).", incident);
    }

    /** The framework's own messages ("HTTP 404 Not Found", "Unable to find matching target resource method") in words. */
    static String readable(int status, String message) {
        boolean framework = message == null || message.startsWith("HTTP ") || message.startsWith("Unable to find");
        if (!framework) {
            return message;
        }
        return switch (status) {
            case 404 -> ErrorPages.NO_SUCH_PAGE;
            case 405 -> "This address does not accept this kind of request.";
            case 406 -> "This address cannot answer in any of the formats the request accepts.";
            case 415 -> "This address does not accept this kind of content.";
            default -> message == null ? "The request cannot be answered." : message;
        };
    }

    /** A connection refused or unroutable anywhere in the cause chain: the engine is down, not the request wrong. */
    static boolean engineUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }
}
