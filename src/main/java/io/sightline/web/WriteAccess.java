package io.sightline.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpServerRequest;

/**
 * Who may change the store (import, feed subscriptions). With {@code sightline.api-key} set,
 * a write must present that key, in the {@code X-Api-Key} header or the {@code apiKey} form
 * field; without it, writes are accepted only from loopback addresses (the client address as
 * {@link ClientAddresses} resolves it), so that a Sightline reachable from elsewhere is
 * read-only until a key is configured. The pages' forms must also carry their CSRF token
 * unless they carry the key. Cross-site browser requests are refused before this, by
 * {@link RequestGuard}.
 */
@ApplicationScoped
public class WriteAccess {

    public static final String HEADER = "X-Api-Key";
    public static final String FORM_FIELD = "apiKey";

    /** What is decided for one request. */
    enum Decision {
        ALLOWED, KEY_MISSING_OR_WRONG, NOT_LOOPBACK, FORM_TOKEN_MISSING_OR_WRONG
    }

    private final Optional<String> apiKey;
    private final ClientAddresses clients;

    WriteAccess(@ConfigProperty(name = "sightline.api-key") Optional<String> apiKey, ClientAddresses clients) {
        this.apiKey = apiKey.map(String::strip).filter(key -> !key.isEmpty());
        this.clients = clients;
    }

    /**
     * For API calls: throws a 401 or 403 with a message when the request may not write (JSON, or
     * the HTML error page for a browser: see {@link #refusal}).
     */
    public void require(HttpServerRequest request, String formKey) {
        refuseUnless(decide(apiKey, presented(request, formKey), clients.of(request), true), request);
    }

    /** For the pages' forms: as {@link #require}, and the form's CSRF token must match its cookie. */
    public void requireForm(HttpServerRequest request, String formKey, String csrfToken) {
        refuseUnless(decide(apiKey, presented(request, formKey), clients.of(request),
                CsrfTokens.matches(request, csrfToken)), request);
    }

    /** True when this request could write (judged from headers only: the key in a form is not seen). */
    public boolean mayWrite(HttpServerRequest request) {
        return decide(apiKey, request.getHeader(HEADER), clients.of(request), true) == Decision.ALLOWED;
    }

    /** True when a key is configured and this request's X-Api-Key header carries it. */
    boolean keyHeaderMatches(HttpServerRequest request) {
        return apiKey.isPresent() && keyMatches(apiKey.get(), request.getHeader(HEADER));
    }

    public boolean keyConfigured() {
        return apiKey.isPresent();
    }

    private static String presented(HttpServerRequest request, String formKey) {
        String presented = request.getHeader(HEADER);
        return presented == null || presented.isBlank() ? formKey : presented;
    }

    private static void refuseUnless(Decision decision, HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        switch (decision) {
            case ALLOWED -> {
            }
            case KEY_MISSING_OR_WRONG -> throw refusal(accept, Response.Status.UNAUTHORIZED,
                    "This Sightline needs an API key to change data: send it in the " + HEADER + " header"
                            + " (or the " + FORM_FIELD + " form field).");
            case NOT_LOOPBACK -> throw refusal(accept, Response.Status.FORBIDDEN,
                    "Changes are accepted only from this machine until an API key is configured"
                            + " (sightline.api-key).");
            case FORM_TOKEN_MISSING_OR_WRONG -> throw refusal(accept, Response.Status.FORBIDDEN,
                    "This form was not sent from this Sightline's own page (its security token is missing"
                            + " or out of date): reload the page and send the form again.");
        }
    }

    /**
     * @param formTokenValid whether the CSRF token matched (true for API calls, which have none);
     *                       a correct key stands in for it, since another site cannot know the key
     */
    static Decision decide(Optional<String> configuredKey, String presentedKey, String clientAddress,
            boolean formTokenValid) {
        if (configuredKey.isPresent()) {
            return keyMatches(configuredKey.get(), presentedKey) ? Decision.ALLOWED : Decision.KEY_MISSING_OR_WRONG;
        }
        if (!ClientAddresses.isLoopback(clientAddress)) {
            return Decision.NOT_LOOPBACK;
        }
        return formTokenValid ? Decision.ALLOWED : Decision.FORM_TOKEN_MISSING_OR_WRONG;
    }

    private static boolean keyMatches(String configured, String presented) {
        return presented != null && MessageDigest.isEqual(configured.getBytes(StandardCharsets.UTF_8),
                presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The refusal in the client's form ({@link ErrorPages}): a WebApplicationException whose answer
     * has a body is sent as it is, without the exception mappers, so the form is chosen here (a
     * browser's form without its token got JSON text before, issue 10, finding 7).
     */
    static WebApplicationException refusal(String accept, Response.Status status, String message) {
        return new WebApplicationException(message, ErrorPages.answer(accept, status.getStatusCode(), message, null));
    }
}
