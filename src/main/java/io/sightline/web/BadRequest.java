package io.sightline.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A 400 whose JSON body {"error": message} tells the caller what to fix. */
public class BadRequest extends WebApplicationException {

    public BadRequest(String message) {
        super(message, Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(message))
                .build());
    }

    /** JSON error body. */
    public record ErrorBody(String error) {
    }
}
