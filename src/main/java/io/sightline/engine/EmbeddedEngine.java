package io.sightline.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Starts and stops the OpenSearch node that Sightline runs in its own JVM by default.
 *
 * <p>Whether it starts is decided by where Hibernate Search is told to send requests: a single
 * loopback host means "embedded" (the node binds that port on 127.0.0.1 only); anything else is
 * an external cluster and nothing is started. Hibernate Search itself is configured not to touch
 * the engine at boot, so this observer runs first and {@code IndexSchema} creates the index after.
 */
@ApplicationScoped
public class EmbeddedEngine {

    /** Observer order at startup: the engine, then the index schema, then sample data. */
    public static final int STARTUP_PRIORITY = 10;

    private static final Logger LOG = Logger.getLogger(EmbeddedEngine.class);

    private final EngineConfig config;
    private final List<String> hosts;
    private Node node;

    EmbeddedEngine(EngineConfig config,
            @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.hosts") Optional<List<String>> hosts) {
        this.config = config;
        this.hosts = hosts.orElse(List.of("localhost:9200"));
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        Optional<Integer> port = embeddedHttpPort();
        if (port.isEmpty()) {
            LOG.infof("Using the external search engine at %s; no embedded node started", hosts);
            return;
        }
        start(port.get());
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** The HTTP port to bind when the configured hosts name one loopback address, else empty. */
    Optional<Integer> embeddedHttpPort() {
        if (!config.enabled() || hosts.size() != 1) {
            return Optional.empty();
        }
        String host = hosts.get(0).trim();
        URI uri = URI.create(host.contains("://") ? host : "http://" + host);
        boolean loopback = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        if (!loopback) {
            return Optional.empty();
        }
        return Optional.of(uri.getPort() > 0 ? uri.getPort() : 9200);
    }

    public boolean isRunning() {
        return node != null && !node.isClosed();
    }

    synchronized void start(int httpPort) {
        if (isRunning()) {
            return;
        }
        // Quarkus has already sized Netty's processor count; OpenSearch would set it again and fail.
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
        Path home = Path.of(config.path()).toAbsolutePath();
        try {
            Files.createDirectories(home.resolve("data"));
            Files.createDirectories(home.resolve("logs"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the engine folder " + home + ": " + e.getMessage(), e);
        }
        Settings settings = Settings.builder()
                .put("cluster.name", "sightline")
                .put("node.name", "sightline-embedded")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", config.transportPort())
                .put("discovery.type", "single-node")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // A nearly full developer disk must not silently make the index read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false)
                .build();
        long started = System.nanoTime();
        try {
            node = new SightlineNode(settings, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class,
                    MapperExtrasPlugin.class, ReindexPlugin.class));
            node.start();
            node.client().admin().cluster().prepareHealth()
                    .setWaitForYellowStatus()
                    .setTimeout(TimeValue.timeValueSeconds(60))
                    .get();
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("The embedded OpenSearch node did not start (data in " + home
                    + ", http://127.0.0.1:" + httpPort + "): " + e.getMessage()
                    + ". Is another Sightline or OpenSearch using that folder or port?", e);
        }
        LOG.infof("Embedded OpenSearch started on http://127.0.0.1:%d in %d ms, data in %s",
                httpPort, (System.nanoTime() - started) / 1_000_000, home);
    }

    synchronized void stop() {
        if (node == null) {
            return;
        }
        try {
            node.close();
            LOG.info("Embedded OpenSearch stopped");
        } catch (IOException e) {
            LOG.warn("Embedded OpenSearch did not close cleanly", e);
        } finally {
            node = null;
        }
    }
}
