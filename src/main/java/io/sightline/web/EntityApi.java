package io.sightline.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.sightline.search.Facet;

/** The entity pages ({@link EntityPage}) as JSON, at the same paths under {@code /api}. */
@Path("/api/{type: " + EntityLinks.TYPES + "}")
@Produces(MediaType.APPLICATION_JSON)
public class EntityApi {

    private final EntityViews views;

    EntityApi(EntityViews views) {
        this.views = views;
    }

    @GET
    @Path("{key: .+}")
    public Response entity(@PathParam("type") String type, @PathParam("key") String key) {
        Facet facet = EntityViews.facet(type);
        return views.entity(facet, key)
                .map(entity -> Response.ok(entity))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(views.missing(facet, key)))
                .build();
    }

    @GET
    public EntityViews.Index index(@PathParam("type") String type, @QueryParam("filter") String filter,
            @QueryParam("page") String page) {
        return views.index(EntityViews.facet(type), filter, page);
    }
}
