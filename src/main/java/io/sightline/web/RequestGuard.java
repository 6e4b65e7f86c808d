package io.sightline.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The checks every request passes before any handler reads it, in one place (settings:
 * {@link SecurityConfig}):
 * <ol>
 * <li>security headers on every answer, refusals and static files included;</li>
 * <li>the Host header must be one this server answers to (DNS rebinding);</li>
 * <li>a state-changing method (POST, PUT, PATCH, DELETE) from a browser on another site
 * (Sec-Fetch-Site, else Origin) is refused unless it carries the API key header;</li>
 * <li>the declared body size (Content-Length, and Content-Type length) is judged before a
 * byte of the body is read, with a lower limit for clients that may not write;</li>
 * <li>POST /api/extract is rate limited per client.</li>
 * </ol>
 * Who may write is decided later, per resource, by {@link WriteAccess}.
 */
@ApplicationScoped
public class RequestGuard {

    /** Runs before Quarkus' own handlers (body handling, REST). */
    static final int PRIORITY = 1000;

    static final String EXTRACT_PATH = "/api/extract";

    /** Longest Content-Type header taken seriously; a real one is under 100 characters. */
    static final int MAX_CONTENT_TYPE_CHARS = 256;

    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final SecurityConfig config;
    private final ClientAddresses clients;
    private final WriteAccess writeAccess;
    private final long maxBodyBytes;
    private final TokenBuckets extractBuckets;
    private final List<String> allowedHosts;

    RequestGuard(SecurityConfig config, ClientAddresses clients, WriteAccess writeAccess,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.config = config;
        this.clients = clients;
        this.writeAccess = writeAccess;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.extractBuckets = new TokenBuckets(config.extractRate().burst(), config.extractRate().refillEvery(),
                System::nanoTime);
        this.allowedHosts = config.allowedHosts().stream().map(host -> host.strip().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty()).toList();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        String path = request.path() == null ? "" : request.path();
        context.addHeadersEndHandler(ignored -> addSecurityHeaders(response, path));

        int localPort = request.localAddress() == null ? -1 : request.localAddress().port();
        String host = request.getHeader(HttpHeaders.HOST);
        if (host != null && !isProbe(path) && !hostAllowed(allowedHosts, host, localPort)) {
            refuse(context, 400, "This server does not answer to the host name '" + abbreviate(host)
                    + "' (sightline.security.allowed-hosts).");
            return;
        }
        boolean keyHeaderMatches = writeAccess.keyHeaderMatches(request);
        if (!SAFE_METHODS.contains(request.method()) && !keyHeaderMatches) {
            String problem = crossSiteProblem(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), host,
                    request.isSSL() ? "https" : "http");
            if (problem != null) {
                refuse(context, 403, problem);
                return;
            }
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.length() > MAX_CONTENT_TYPE_CHARS) {
            refuse(context, 400, "The Content-Type header is longer than " + MAX_CONTENT_TYPE_CHARS + " characters.");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean fullLimit = keyHeaderMatches || writeAccess.mayWrite(request) || isFormUploadWithKeyField(request);
        if (length == null && !fullLimit && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            refuse(context, 411, "Send a Content-Length with the body: a body of unknown length is accepted"
                    + " only with the API key.");
            return;
        }
        if (length != null) {
            long declared = parseLength(length);
            long limit = fullLimit ? maxBodyBytes : config.anonymousMaxBodySize().asLongValue();
            if (declared < 0) {
                refuse(context, 400, "The Content-Length header is not a number.");
                return;
            }
            if (declared > limit) {
                refuse(context, 413, "The request body (" + declared + " bytes) is larger than the " + limit
                        + " bytes accepted" + (limit < maxBodyBytes ? " without the API key." : "."));
                return;
            }
        }
        if (request.method() == HttpMethod.POST && EXTRACT_PATH.equals(request.path())) {
            TokenBuckets.Outcome outcome = extractBuckets.take(clients.of(request));
            if (!outcome.allowed()) {
                long seconds = Math.max(1, (outcome.retryAfter().toMillis() + 999) / 1000);
                response.putHeader("Retry-After", Long.toString(seconds));
                refuse(context, 429, "Too many extraction requests from your address: try again in " + seconds
                        + " s (sightline.security.extract-rate).");
                return;
            }
        }
        context.next();
    }

    /**
     * With a key configured, the upload page sends the key as a form field, which is only seen
     * after the body is read; its multipart body is streamed to a temporary file, not memory.
     */
    private boolean isFormUploadWithKeyField(HttpServerRequest request) {
        return writeAccess.keyConfigured() && request.method() == HttpMethod.POST && "/import".equals(request.path());
    }

    /**
     * Health checks and metrics are read by orchestrators and scrapers that name the server by
     * its IP address; they change nothing and show no articles, so any Host may read them.
     */
    private static boolean isProbe(String path) {
        return path.startsWith("/q/health") || path.startsWith("/q/metrics");
    }

    /** Swagger UI (Quarkus' page, not ours) configures itself with an inline script. */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";

    private void addSecurityHeaders(HttpServerResponse response, String path) {
        var headers = response.headers();
        headers.set("Content-Security-Policy",
                path.startsWith("/q/swagger-ui") ? SWAGGER_UI_POLICY : config.contentSecurityPolicy());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
    }

    /** True when the Host header names an allowed host (entries as {@link SecurityConfig#allowedHosts()} says). */
    static boolean hostAllowed(List<String> allowed, String hostHeader, int localPort) {
        String value = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name = value;
        int port = -1;
        int colon = value.lastIndexOf(':');
        if (colon > value.lastIndexOf(']')) {
            name = value.substring(0, colon);
            try {
                port = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        for (String entry : allowed) {
            if (entry.equals("*")) {
                return true;
            }
            int entryColon = entry.lastIndexOf(':');
            if (entryColon > entry.lastIndexOf(']')) {
                if (entry.equals(name + ":" + port)) {
                    return true;
                }
            } else if (entry.equals(name) && (port == -1 || port == localPort)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a state-changing request is cross-site, or null. Sec-Fetch-Site is what browsers
     * send since 2020-2023; Origin covers older ones; with neither it is not a browser (curl,
     * scripts, the CLI), which cross-site request forgery cannot use.
     */
    static String crossSiteProblem(String secFetchSite, String origin, String host, String scheme) {
        if (secFetchSite != null) {
            String site = secFetchSite.strip().toLowerCase(Locale.ROOT);
            if (site.equals("same-origin") || site.equals("none")) {
                return null;
            }
            return "Changes are not accepted from pages of another site (Sec-Fetch-Site: " + abbreviate(site) + ").";
        }
        if (origin != null) {
            if (host != null && origin.strip().equalsIgnoreCase(scheme + "://" + host.strip())) {
                return null;
            }
            try {
                URI uri = URI.create(origin.strip());
                if (host != null && uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(host.strip())
                        && uri.getRawPath() != null && uri.getRawPath().isEmpty()) {
                    return null; // same host and port behind a TLS-terminating proxy
                }
            } catch (IllegalArgumentException e) {
                // an unparsable Origin is not this server's
            }
            return "Changes are not accepted from pages of another site (Origin: " + abbreviate(origin) + ").";
        }
        return null;
    }

    private static long parseLength(String value) {
        String digits = value.strip();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(digits);
    }

    private static String abbreviate(String value) {
        String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }

    /**
     * A refusal in the client's form, as every other error ({@link ErrorPages}): a browser (a form
     * sent from another site, an upload too large) gets the HTML error page, API clients the JSON.
     */
    private static void refuse(RoutingContext context, int status, String message) {
        HttpServerResponse response = context.response();
        boolean bodyUnread = context.request().getHeader(HttpHeaders.CONTENT_LENGTH) != null
                || context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (bodyUnread) {
            // the body that was not read would otherwise be taken for the next request
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        if (ErrorPages.wantsHtml(context.request().getHeader(HttpHeaders.ACCEPT))) {
            response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end((String) ErrorPages.answer("text/html", status, message, null).getEntity());
            return;
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        response.end(new JsonObject().put("error", message).encode());
    }
}
