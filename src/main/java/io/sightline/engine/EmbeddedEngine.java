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
 *
 * <p>When the application was launched through {@code SightlineMain}, the node has usually been
 * started already, on a thread of its own while Quarkus booted ({@link EngineHeadStart}); this
 * observer then adopts it if its settings are the ones the configuration asks for.
 */
@ApplicationScoped
public class EmbeddedEngine {

    /** Observer order at startup: the engine, then the index schema, then sample data. */
    public static final int STARTUP_PRIORITY = 10;

    /** Where Hibernate Search sends its requests; one loopback host means "embedded". */
    static final String HOSTS_PROPERTY = "quarkus.hibernate-search-orm.elasticsearch.hosts";
    static final List<String> DEFAULT_HOSTS = List.of("localhost:9200");

    private static final Logger LOG = Logger.getLogger(EmbeddedEngine.class);

    private final EngineConfig config;
    private final List<String> hosts;
    private Node node;
    /** Whether the running node is the one {@link EngineHeadStart} started (for tests and the log). */
    private boolean startedAhead;

    EmbeddedEngine(EngineConfig config,
            @ConfigProperty(name = HOSTS_PROPERTY) Optional<List<String>> hosts) {
        this.config = config;
        this.hosts = hosts.orElse(DEFAULT_HOSTS);
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        Optional<Integer> port = embeddedHttpPort();
        if (port.isEmpty()) {
            EngineHeadStart.discard(); // a node started ahead on a guess that the configuration now denies
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
        return embeddedHttpPort(config, hosts);
    }

    /** {@link #embeddedHttpPort()} for any configuration (also read by {@link EngineHeadStart} before Quarkus boots). */
    static Optional<Integer> embeddedHttpPort(EngineConfig config, List<String> hosts) {
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

    /** The embedded node's settings: equal settings are the same node (how a head start is recognised). */
    static Settings nodeSettings(EngineConfig config, int httpPort) {
        Path home = Path.of(config.path()).toAbsolutePath();
        return EngineNode.settings(home, "sightline", "sightline-embedded", "127.0.0.1", httpPort, config.transportPort())
                .put("discovery.type", "single-node")
                // A nearly full developer disk must not silently make the index read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
    }

    boolean startedAhead() {
        return startedAhead;
    }

    public boolean isRunning() {
        return node != null && !node.isClosed();
    }

    synchronized void start(int httpPort) {
        if (isRunning()) {
            return;
        }
        Path home = Path.of(config.path()).toAbsolutePath();
        Settings settings = nodeSettings(config, httpPort);
        long started = System.nanoTime();
        Optional<Node> ahead = EngineHeadStart.take(settings);
        startedAhead = ahead.isPresent();
        if (ahead.isPresent()) {
            node = ahead.get();
            LOG.infof("Embedded OpenSearch started on http://127.0.0.1:%d while the application booted "
                    + "(waited %d ms for it), data in %s", httpPort, (System.nanoTime() - started) / 1_000_000, home);
            return;
        }
        try {
            node = EngineNode.startAndAwaitYellow(settings);
        } catch (Exception e) {
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
