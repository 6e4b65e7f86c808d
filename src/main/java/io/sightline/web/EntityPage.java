package io.sightline.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sightline.search.Facet;

/**
 * The page of one person, country, organisation or weapons system ({@code /people/Vladimir%20Putin},
 * see {@link EntityLinks}), and the index page of each type ({@code /people}). An unknown key
 * answers 404 with the closest values that exist. The same as JSON: {@link EntityApi}.
 */
@Path("/{type: " + EntityLinks.TYPES + "}")
public class EntityPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance entity(EntityViews.EntityView view);

        static native TemplateInstance index(Facet facet, EntityViews.Index index);

        static native TemplateInstance missing(Facet facet, EntityViews.Missing missing);
    }

    private final EntityViews views;

    EntityPage(EntityViews views) {
        this.views = views;
    }

    @GET
    @Path("{key: .+}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("type") String type, @PathParam("key") String key) {
        Facet facet = EntityViews.facet(type);
        return views.entity(facet, key)
                .map(entity -> Response.ok(Templates.entity(views.view(entity))))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(Templates.missing(facet, views.missing(facet, key))))
                .type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@PathParam("type") String type, @QueryParam("filter") String filter,
            @QueryParam("page") String page) {
        Facet facet = EntityViews.facet(type);
        return Templates.index(facet, views.index(facet, filter, page));
    }
}
