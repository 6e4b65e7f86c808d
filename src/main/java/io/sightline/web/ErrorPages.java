package io.sightline.web;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;

/**
 * Error answers in the form the client asked for: an HTML page for browsers (they send
 * {@code Accept: text/html,…}), the JSON body {@code {"error": "…"}} for API clients (curl's
 * {@code *}{@code /*}, scripts asking for JSON). Also answers paths that nothing else serves, so
 * a mistyped URL shows a page with a way back instead of the server's bare text.
 */
@ApplicationScoped
public class ErrorPages {

    /** What an error page shows. {@code incident} is null except for server failures. */
    public record ErrorView(int status, String heading, String message, String incident) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(ErrorView view);
    }

    static final String NO_SUCH_PAGE = "There is no page at this address.";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Unknown paths. Quarkus REST hands requests it has no resource for on to the next Vert.x
     * route (so that static files can answer); this last route answers what nobody served.
     */
    void notFoundForUnknownPaths(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(context -> {
            Response answer = answer(context.request().getHeader(HttpHeaders.ACCEPT), 404, NO_SUCH_PAGE, null);
            context.response().setStatusCode(404)
                    .putHeader(HttpHeaders.CONTENT_TYPE, answer.getMediaType().toString() + ";charset=UTF-8")
                    .end(answer.getEntity() instanceof String html ? html
                            : "{\"error\":\"" + NO_SUCH_PAGE + "\"}");
        });
    }

    /** A short incident number that the log line and the page share. */
    static String newIncident() {
        return Long.toString(RANDOM.nextLong() & 0xffffffffL, 36);
    }

    /** The error as HTML or JSON, by the Accept header. */
    static Response answer(String accept, int status, String message, String incident) {
        if (!wantsHtml(accept)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new BadRequest.ErrorBody(message)).build();
        }
        String html = Templates.error(new ErrorView(status, heading(status), message, incident)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /**
     * True when the client ranks HTML above JSON. Wildcards decide nothing: curl and most
     * libraries send only {@code *}{@code /*} and get JSON; browsers name text/html first.
     */
    static boolean wantsHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double html = 0;
        double json = 0;
        for (String range : List.of(accept.split(","))) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                html = Math.max(html, quality);
            } else if (type.equals("application/json") || type.endsWith("+json")) {
                json = Math.max(json, quality);
            }
        }
        return html > 0 && html >= json;
    }

    static String heading(int status) {
        return switch (status) {
            case 400 -> "This request cannot be answered as it stands";
            case 401, 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 405 -> "Method not allowed";
            case 413 -> "Too large";
            case 503 -> "Search is unavailable for a moment";
            default -> status >= 500 ? "Something went wrong" : "Cannot answer this request";
        };
    }
}
