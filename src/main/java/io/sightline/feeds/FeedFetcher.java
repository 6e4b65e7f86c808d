package io.sightline.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Downloads a feed with time limits and a size limit, so one bad server cannot stall polling. */
@ApplicationScoped
public class FeedFetcher {

    /** A downloaded feed: its bytes and Content-Type (for the charset). */
    public record Download(byte[] bytes, String contentType) {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    FeedFetcher(@ConfigProperty(name = "sightline.feeds.timeout", defaultValue = "30s") Duration timeout,
            @ConfigProperty(name = "sightline.feeds.max-bytes", defaultValue = "20971520") long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public Download fetch(String url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("User-Agent", "Sightline feed reader")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1")
                .GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
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
