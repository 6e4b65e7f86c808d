package io.sightline.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The HTTP security settings ({@code sightline.security.*}), applied in one place by
 * {@link RequestGuard} and {@link WriteAccess}. Defaults suit a Sightline on one machine
 * reached as http://localhost:PORT; README "Security and operations" explains each.
 */
@ConfigMapping(prefix = "sightline.security")
public interface SecurityConfig {

    /**
     * Host header values this server answers to (DNS-rebinding defence). An entry without a
     * port matches that name with no port or with the port the server listens on; "name:port"
     * matches exactly; "*" turns the check off.
     */
    @WithDefault("localhost,127.0.0.1,[::1]")
    List<String> allowedHosts();

    /**
     * Addresses (or CIDR ranges) of reverse proxies whose X-Forwarded-For / Forwarded headers
     * name the client. Empty: those headers are ignored, the TCP peer is the client.
     */
    Optional<List<String>> trustedProxies();

    /**
     * Largest request body accepted from a client that may not write (no or wrong API key, or
     * not from loopback when no key is set), refused by its Content-Length before any byte of
     * it is read. 2 MiB: the largest body such a client has a use for is a 1 MB /api/extract text.
     */
    @WithDefault("2M")
    MemorySize anonymousMaxBodySize();

    /** Content-Security-Policy sent with every response. The pages have no inline script or style. */
    @WithDefault("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
    String contentSecurityPolicy();

    /** Per-client token bucket for POST /api/extract (extraction costs CPU and needs no key). */
    ExtractRate extractRate();

    interface ExtractRate {
        /** Requests a client may send at once after a pause. */
        @WithDefault("30")
        int burst();

        /** How long one spent request takes to come back (30 a minute by default). */
        @WithDefault("2s")
        Duration refillEvery();
    }
}
