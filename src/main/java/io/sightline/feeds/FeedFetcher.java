package io.sightline.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Downloads a feed with time limits and a size limit, so one bad server cannot stall polling,
 * and only from addresses {@link FeedNetworkPolicy} allows: the host is resolved and checked
 * before each request, and redirects are followed here (at most {@value #MAX_REDIRECTS}), each
 * hop checked the same way. The HTTP client's own lookup then hits the JVM's address cache
 * (30 s by default), so a name that re-binds between check and connect is unlikely to pass.
 */
@ApplicationScoped
public class FeedFetcher {

    /** A downloaded feed: its bytes and Content-Type (for the charset). */
    public record Download(byte[] bytes, String contentType) {
    }

    static final int MAX_REDIRECTS = 5;

    /** A feed URL (or a redirect) that the network policy refuses. */
    public static class RefusedAddress extends IOException {
        RefusedAddress(String message) {
            super(message);
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final FeedNetworkPolicy policy;

    FeedFetcher(@ConfigProperty(name = "sightline.feeds.timeout", defaultValue = "30s") Duration timeout,
            @ConfigProperty(name = "sightline.feeds.max-bytes", defaultValue = "20971520") long maxBytes,
            FeedNetworkPolicy policy) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Throws {@link RefusedAddress} when the URL's scheme or resolved addresses are not allowed. */
    public void checkAllowed(URI uri) throws IOException {
        Optional<String> problem = policy.schemeProblem(uri);
        if (problem.isEmpty()) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(uri.getHost());
            } catch (UnknownHostException e) {
                throw new IOException("unknown host " + uri.getHost());
            }
            problem = policy.addressProblem(uri.getHost(), addresses);
        }
        if (problem.isPresent()) {
            throw new RefusedAddress(problem.get());
        }
    }

    public Download fetch(String url) throws IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL");
        }
        for (int hop = 0;; hop++) {
            checkAllowed(uri);
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                response.body().close();
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new IOException("the server answered HTTP " + status + " without a Location");
                }
                if (hop >= MAX_REDIRECTS) {
                    throw new IOException("more than " + MAX_REDIRECTS + " redirects");
                }
                try {
                    uri = uri.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    throw new IOException("the server redirected to an invalid URL");
                }
                continue;
            }
            return read(response);
        }
    }

    private HttpResponse<InputStream> send(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", "Sightline feed reader")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1")
                .GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot request " + uri + ": " + e.getMessage());
        }
    }

    private Download read(HttpResponse<InputStream> response) throws IOException {
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("the server answered HTTP " + response.statusCode());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = body.read(buffer)) > 0) {
                if (out.size() + n > maxBytes) {
                    throw new IOException("the feed is larger than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return new Download(out.toByteArray(), response.headers().firstValue("Content-Type").orElse(null));
        }
    }
}
