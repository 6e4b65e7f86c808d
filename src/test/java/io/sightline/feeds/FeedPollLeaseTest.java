package io.sightline.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.FreshDataFolder;

/**
 * Several nodes on one database: scheduled feed polling runs where the lease row says. "Another
 * node" is simulated by writing the row as that node's lease would.
 */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class FeedPollLeaseTest {

    private static final String OTHER_NODE = "4711@other-host/abcdef12";

    @Inject
    FeedPollLease lease;

    @Inject
    FeedPoller poller;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void freeTheLease() {
        setLease(null, null);
    }

    @Test
    void aLeaseHeldByAnotherNodeIsTakenOnlyOnceExpired() {
        setLease(OTHER_NODE, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10));
        assertFalse(lease.acquire(Duration.ofMinutes(60)));
        assertEquals(OTHER_NODE, lease.state().holder());

        setLease(OTHER_NODE, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
        assertTrue(lease.acquire(Duration.ofMinutes(60)));
        assertEquals(lease.holder(), lease.state().holder());
        assertTrue(lease.acquire(Duration.ofMinutes(60)), "the holder renews its own lease");

        lease.release();
        assertNull(lease.state().holder());
    }

    @Test
    void theScheduledPollRunsOnlyOnTheNodeHoldingTheLease() throws IOException {
        String unique = Long.toString(System.nanoTime());
        byte[] rss = ("<rss version=\"2.0\"><channel><title>Lease " + unique + "</title><item><title>Lease story "
                + unique + "</title><link>https://lease.example.test/" + unique + "</link>"
                + "<pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate><description>Polish sappers trained.</description>"
                + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss", exchange -> {
            exchange.sendResponseHeaders(200, rss.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(rss);
            }
        });
        server.start();
        FeedSubscription feed = poller.subscribe("http://127.0.0.1:" + server.getAddress().getPort() + "/rss", null);
        try {
            setLease(OTHER_NODE, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10));
            poller.scheduledPoll();
            assertNull(find(feed.id).lastPolledAt, "another node holds the lease: this one does not poll");

            setLease(OTHER_NODE, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
            poller.scheduledPoll();
            FeedSubscription polled = find(feed.id);
            assertNotNull(polled.lastPolledAt, "the lease expired: this node took it over and polled");
            assertEquals(1, polled.itemsImported);
            assertTrue(lease.state().expiresAt().isAfter(OffsetDateTime.now(ZoneOffset.UTC).toInstant()));
        } finally {
            server.stop(0);
            poller.unsubscribe(feed.id);
        }
    }

    private void setLease(String holder, OffsetDateTime expiresAt) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update node_lease set holder = :holder, expires_at = :until where name = 'feed-poll'")
                .setParameter("holder", holder)
                .setParameter("until", expiresAt)
                .executeUpdate());
    }

    private FeedSubscription find(long id) {
        return poller.list().stream().filter(candidate -> candidate.id == id).findFirst().orElseThrow();
    }
}
