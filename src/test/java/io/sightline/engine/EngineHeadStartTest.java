package io.sightline.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.common.settings.Settings;

import io.sightline.SightlineProcess;

/**
 * The embedded node started ahead of Quarkus's boot (issue 13, start-up) is used only when it is
 * exactly the node the configuration asks for; otherwise the usual start happens, as before.
 * Real nodes on free ports in a temporary folder.
 */
class EngineHeadStartTest {

    @TempDir
    Path folder;

    @Test
    void aNodeStartedAheadOnTheConfiguredSettingsIsTheEmbeddedNode() throws Exception {
        int httpPort = SightlineProcess.freePort();
        TestEngineConfig config = new TestEngineConfig(folder.resolve("engine").toString(), SightlineProcess.freePort());
        EngineHeadStart.begin(() -> Optional.of(EmbeddedEngine.nodeSettings(config, httpPort)));
        assertStartsAndAnswers(config, httpPort, true);
    }

    @Test
    void aNodeStartedAheadOnOtherSettingsIsClosedAndTheConfiguredOneStarts() throws Exception {
        int httpPort = SightlineProcess.freePort();
        int guessedTransportPort = SightlineProcess.freePort();
        TestEngineConfig guessed = new TestEngineConfig(folder.resolve("engine").toString(), guessedTransportPort);
        TestEngineConfig configured = new TestEngineConfig(folder.resolve("engine").toString(),
                SightlineProcess.freePort());
        EngineHeadStart.begin(() -> Optional.of(EmbeddedEngine.nodeSettings(guessed, httpPort)));
        assertStartsAndAnswers(configured, httpPort, false);
        assertTrue(free(guessedTransportPort), "the node started on the guessed settings is closed");
    }

    @Test
    void aFailedHeadStartLeavesTheStartToTheEmbeddedEngine() throws Exception {
        int httpPort = SightlineProcess.freePort();
        TestEngineConfig config = new TestEngineConfig(folder.resolve("engine").toString(), SightlineProcess.freePort());
        EngineHeadStart.begin(() -> {
            throw new IllegalStateException("configuration unreadable");
        });
        assertStartsAndAnswers(config, httpPort, false);
    }

    @Test
    void theSettingsAreReadFromTheSourcesQuarkusReads() {
        String path = folder.resolve("engine-from-properties").toString();
        Map<String, String> properties = Map.of("sightline.engine.embedded.path", path,
                "sightline.engine.embedded.transport-port", "19999",
                EmbeddedEngine.HOSTS_PROPERTY, "localhost:19998");
        properties.forEach(System::setProperty);
        try {
            Settings settings = EngineHeadStart.settingsFromConfiguration().orElseThrow();
            assertEquals(EmbeddedEngine.nodeSettings(new TestEngineConfig(path, 19999), 19998), settings);

            System.setProperty(EmbeddedEngine.HOSTS_PROPERTY, "search.internal:9200");
            assertEquals(Optional.empty(), EngineHeadStart.settingsFromConfiguration(), "an external engine");
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    /** Starts the embedded engine as the application does, checks whose node it runs and that it answers, stops it. */
    private static void assertStartsAndAnswers(EngineConfig config, int httpPort, boolean expectStartedAhead)
            throws IOException, InterruptedException {
        EmbeddedEngine engine = new EmbeddedEngine(config, Optional.of(List.of("localhost:" + httpPort)));
        try {
            engine.start(httpPort);
            assertEquals(expectStartedAhead, engine.startedAhead());
            assertEquals(200, status(httpPort));
        } finally {
            engine.stop();
        }
    }

    private static int status(int httpPort) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private record TestEngineConfig(String path, int transportPort) implements EngineConfig {
        @Override
        public boolean enabled() {
            return true;
        }
    }
}
