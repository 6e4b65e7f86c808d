package io.sightline.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.node.Node;

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
        Path home = Path.of(config.path()).toAbsolutePath();
        Settings settings = EngineNode.settings(home, "sightline", "sightline-embedded", "127.0.0.1", httpPort,
                        config.transportPort())
                .put("discovery.type", "single-node")
                // A nearly full developer disk must not silently make the index read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        long started = System.nanoTime();
        try {
            node = EngineNode.start(settings);
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
