package io.sightline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of {@link RequestGuard} and its token buckets, without a server. */
class RequestGuardRulesTest {

    private static final List<String> DEFAULT_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");

    @ParameterizedTest(name = "Host ''{0}'' on port 8080 -> {1}")
    @CsvSource({
            "localhost:8080, true", "LOCALHOST:8080, true", "localhost, true", "localhost.:8080, true",
            "127.0.0.1:8080, true", "[::1]:8080, true",
            "localhost:9999, false", "evil.example:8080, false", "evil.example, false",
            "127.0.0.1.nip.io:8080, false", "localhost:abc, false", "[::1], true", "0x7f000001:8080, false"})
    void hostAllowList(String host, boolean allowed) {
        assertEquals(allowed, RequestGuard.hostAllowed(DEFAULT_HOSTS, host, 8080));
    }

    @Test
    void configuredHostsWithAndWithoutPortAndTheWildcard() {
        assertTrue(RequestGuard.hostAllowed(List.of("news.example.org"), "news.example.org", 8080));
        assertFalse(RequestGuard.hostAllowed(List.of("news.example.org"), "news.example.org:8443", 8080));
        assertTrue(RequestGuard.hostAllowed(List.of("news.example.org:8443"), "news.example.org:8443", 8080));
        assertTrue(RequestGuard.hostAllowed(List.of("*"), "anything:1", 8080));
    }

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1} -> refused {2}")
    @CsvSource(nullValues = "-", value = {
            "same-origin, http://localhost:8080, false",
            "none,        -,                     false",
            "cross-site,  https://evil.example,  true",
            "same-site,   http://localhost:3000, true",
            "-,           http://localhost:8080, false",
            "-,           https://localhost:8080, false",
            "-,           http://localhost:3000, true",
            "-,           null,                  true",
            "-,           https://evil.example,  true",
            "-,           -,                     false"})
    void sameOriginCheck(String secFetchSite, String origin, boolean refused) {
        String problem = RequestGuard.crossSiteProblem(secFetchSite, origin, "localhost:8080", "http");
        assertEquals(refused, problem != null, () -> "problem: " + problem);
    }

    @Test
    void tokenBucketsRefuseBeyondTheBurstAndRefillOverTime() {
        AtomicLong now = new AtomicLong();
        TokenBuckets buckets = new TokenBuckets(3, Duration.ofSeconds(2), now::get);
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.take("a").allowed());
        }
        TokenBuckets.Outcome refused = buckets.take("a");
        assertFalse(refused.allowed());
        assertEquals(Duration.ofSeconds(2), refused.retryAfter());
        assertTrue(buckets.take("b").allowed(), "each client has its own bucket");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertTrue(buckets.take("a").allowed());
        assertFalse(buckets.take("a").allowed());
    }
}
