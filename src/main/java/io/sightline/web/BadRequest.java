package io.sightline.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A 400 whose message tells the caller what to fix: {@link ErrorMapper} answers it as the JSON
 * body {"error": message} or, for browsers, as an HTML page. The response carries no entity on
 * purpose: JAX-RS skips exception mappers for exceptions whose response has one.
 */
public class BadRequest extends WebApplicationException {

    public BadRequest(String message) {
        super(message, Response.status(Response.Status.BAD_REQUEST).build());
    }

    /** JSON error body. */
    public record ErrorBody(String error) {
    }
}
