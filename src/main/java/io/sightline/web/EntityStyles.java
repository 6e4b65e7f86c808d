package io.sightline.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import io.sightline.extract.EntityType;

/**
 * The colours of entity labels and highlighted mentions, one rule per {@link EntityType}
 * ({@code .label.person, .mention.person}): a new type gets its colour from its table row.
 */
@Path("/entities.css")
public class EntityStyles {

    static final String CSS = css();

    private static String css() {
        StringBuilder rules = new StringBuilder("/* Generated from io.sightline.extract.EntityType. */\n");
        for (EntityType type : EntityType.values()) {
            rules.append(".label.").append(type.singular).append(", .mention.").append(type.singular)
                    .append(" { background: ").append(type.colour).append("; }\n");
        }
        return rules.toString();
    }

    @GET
    @Produces("text/css")
    public Response styles() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(CSS).cacheControl(cache).build();
    }
}
