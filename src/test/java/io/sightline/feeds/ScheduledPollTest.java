package io.sightline.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.FreshDataFolder;

/** The scheduled job: every subscription is polled, and one failing feed does not stop the others. */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class ScheduledPollTest {

    @Inject
    FeedPoller poller;

    @Test
    void pollAllImportsEveryFeedAndRecordsFailures() throws IOException {
        String unique = Long.toString(System.nanoTime());
        byte[] atom = ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Scheduled " + unique + "</title>"
                + "<entry><title>Scheduled story " + unique + "</title><link href=\"https://sched.example.test/" + unique
                + "\"/><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated><summary>Czech gunners trained.</summary>"
                + "</entry></feed>").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/atom", exchange -> {
            exchange.sendResponseHeaders(200, atom.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(atom);
            }
        });
        server.start();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FeedSubscription dead = poller.subscribe("http://127.0.0.1:" + closedPort + "/gone.xml", null);
        FeedSubscription good = poller.subscribe("http://127.0.0.1:" + server.getAddress().getPort() + "/atom", null);
        try {
            poller.pollAll();
            FeedSubscription deadAfter = find(dead.id);
            FeedSubscription goodAfter = find(good.id);
            assertNotNull(deadAfter.lastPolledAt);
            assertTrue(deadAfter.lastError.startsWith("cannot download"), deadAfter.lastError);
            assertNull(goodAfter.lastError);
            assertEquals(1, goodAfter.itemsImported);
            assertEquals("Scheduled " + unique, goodAfter.title);
            poller.pollAll();
            assertEquals(1, find(good.id).itemsImported, "a second poll finds nothing new");
        } finally {
            server.stop(0);
            poller.unsubscribe(dead.id);
            poller.unsubscribe(good.id);
        }
    }

    private FeedSubscription find(long id) {
        return poller.list().stream().filter(feed -> feed.id == id).findFirst().orElseThrow();
    }
}
