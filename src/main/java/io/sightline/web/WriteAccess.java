package io.sightline.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpServerRequest;

/**
 * Who may change the store (import, feed subscriptions). With {@code sightline.api-key} set,
 * a write must present that key, in the {@code X-Api-Key} header or the {@code apiKey} form
 * field; without it, writes are accepted only from loopback addresses, so that a Sightline
 * reachable from elsewhere is read-only until a key is configured. Behind a reverse proxy on
 * the same machine every request comes from loopback: set a key there.
 */
@ApplicationScoped
public class WriteAccess {

    public static final String HEADER = "X-Api-Key";
    public static final String FORM_FIELD = "apiKey";

    /** What is decided for one request. */
    enum Decision {
        ALLOWED, KEY_MISSING_OR_WRONG, NOT_LOOPBACK
    }

    private final Optional<String> apiKey;

    WriteAccess(@ConfigProperty(name = "sightline.api-key") Optional<String> apiKey) {
        this.apiKey = apiKey.map(String::strip).filter(key -> !key.isEmpty());
    }

    /** Throws a 401 or 403 with a JSON message when the request may not write. */
    public void require(HttpServerRequest request, String formKey) {
        String presented = request.getHeader(HEADER);
        if (presented == null || presented.isBlank()) {
            presented = formKey;
        }
        String remote = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        switch (decide(apiKey, presented, remote)) {
            case ALLOWED -> {
            }
            case KEY_MISSING_OR_WRONG -> throw refusal(Response.Status.UNAUTHORIZED,
                    "This Sightline needs an API key to change data: send it in the " + HEADER + " header"
                            + " (or the " + FORM_FIELD + " form field).");
            case NOT_LOOPBACK -> throw refusal(Response.Status.FORBIDDEN,
                    "Changes are accepted only from this machine until an API key is configured"
                            + " (sightline.api-key).");
        }
    }

    public boolean keyConfigured() {
        return apiKey.isPresent();
    }

    static Decision decide(Optional<String> configuredKey, String presentedKey, String remoteAddress) {
        if (configuredKey.isPresent()) {
            boolean matches = presentedKey != null && MessageDigest.isEqual(
                    configuredKey.get().getBytes(StandardCharsets.UTF_8),
                    presentedKey.strip().getBytes(StandardCharsets.UTF_8));
            return matches ? Decision.ALLOWED : Decision.KEY_MISSING_OR_WRONG;
        }
        return isLoopback(remoteAddress) ? Decision.ALLOWED : Decision.NOT_LOOPBACK;
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.%]+")) {
            return false; // only IP literals: never a name lookup
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static WebApplicationException refusal(Response.Status status, String message) {
        return new WebApplicationException(message, Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new BadRequest.ErrorBody(message)).build());
    }
}
