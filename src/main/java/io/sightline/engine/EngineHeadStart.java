package io.sightline.engine;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.jboss.logging.Logger;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.Node;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.config.SmallRyeConfig;

/**
 * Starts the embedded node on a thread of its own as soon as the JVM runs, while Quarkus boots.
 *
 * <p>Why (issue 13, docs/benchmarks.md wave 5): the node's start was about 45 % of the time to
 * the first searchable page (4.8 of 10.6 s at 100k articles), and it waited for Quarkus's whole
 * boot (Hibernate ORM and Search, Flyway) because {@link EmbeddedEngine} observes the
 * {@code StartupEvent}. The node needs only its folder and two ports, so {@link #begin} reads
 * {@link EngineConfig} and the engine hosts from the same sources Quarkus reads (system
 * properties, environment, {@code application.properties}, the active profile) and starts it.
 *
 * <p>The configuration Quarkus ends up with stays the authority: {@link EmbeddedEngine} adopts
 * the node only when its {@link Settings} equal the ones it would start itself with
 * ({@link #take}); a node started on other settings is closed and the usual start follows, and
 * so does a head start that failed (the usual start then reports the failure with its message).
 */
public final class EngineHeadStart {

    private static final Logger LOG = Logger.getLogger(EngineHeadStart.class);

    /** A node started ahead, with the settings it was started on. */
    record Started(Settings settings, Node node) {
    }

    /** Completes with the started node, or empty (not embedded, or the start failed); never exceptionally. */
    private static CompletableFuture<Optional<Started>> pending;

    private EngineHeadStart() {
    }

    /** Reads the engine configuration and starts the embedded node, both on a background thread. */
    public static void begin() {
        begin(EngineHeadStart::settingsFromConfiguration);
    }

    /** {@link #begin()} with the settings (empty: no embedded node) computed by {@code settings}. */
    static synchronized void begin(Supplier<Optional<Settings>> settings) {
        if (pending != null) {
            return;
        }
        CompletableFuture<Optional<Started>> started = new CompletableFuture<>();
        pending = started;
        Thread thread = new Thread(() -> started.complete(start(settings)), "sightline-engine-head-start");
        thread.setDaemon(true);
        thread.start();
        // A node nobody adopted (the application failed to boot) still closes cleanly at exit.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.getNow(Optional.empty())
                .ifPresent(EngineHeadStart::closeIfNotAdopted), "sightline-engine-head-start-stop"));
    }

    private static Optional<Started> start(Supplier<Optional<Settings>> settingsSupplier) {
        try {
            Optional<Settings> settings = settingsSupplier.get();
            if (settings.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Started(settings.get(), EngineNode.startAndAwaitYellow(settings.get())));
        } catch (Exception | LinkageError e) {
            // EmbeddedEngine starts the node again in the usual way and reports what fails there.
            LOG.debug("The embedded node's head start failed; it starts after the application's boot instead", e);
            return Optional.empty();
        }
    }

    /** The embedded node's settings as the configuration says, or empty when no node is to be embedded. */
    static Optional<Settings> settingsFromConfiguration() {
        SmallRyeConfig config = ConfigUtils.emptyConfigBuilder().addDefaultSources().withMapping(EngineConfig.class)
                .build();
        EngineConfig engine = config.getConfigMapping(EngineConfig.class);
        List<String> hosts = config.getOptionalValues(EmbeddedEngine.HOSTS_PROPERTY, String.class)
                .orElse(EmbeddedEngine.DEFAULT_HOSTS);
        return EmbeddedEngine.embeddedHttpPort(engine, hosts).map(port -> EmbeddedEngine.nodeSettings(engine, port));
    }

    /**
     * The node started ahead, waiting for its start to end, when it was started on exactly
     * {@code expected}; a node on other settings is closed. Empty when there was no head start
     * (or it failed): the caller starts the node itself.
     */
    static Optional<Node> take(Settings expected) {
        Optional<Started> started = takePending();
        if (started.isEmpty()) {
            return Optional.empty();
        }
        if (started.get().settings().equals(expected)) {
            return Optional.of(started.get().node());
        }
        LOG.infof("The engine node started ahead had other settings than the configuration's; restarting it");
        close(started.get().node());
        return Optional.empty();
    }

    /** Closes a node started ahead that the configuration does not want (no embedded engine). */
    static void discard() {
        takePending().ifPresent(started -> close(started.node()));
    }

    private static Optional<Started> takePending() {
        CompletableFuture<Optional<Started>> started;
        synchronized (EngineHeadStart.class) {
            started = pending;
            pending = null;
        }
        return started == null ? Optional.empty() : started.join();
    }

    private static void closeIfNotAdopted(Started started) {
        synchronized (EngineHeadStart.class) {
            if (pending == null) {
                return; // taken: EmbeddedEngine closes it on shutdown
            }
        }
        close(started.node());
    }

    private static void close(Node node) {
        try {
            node.close();
        } catch (IOException e) {
            LOG.warn("The engine node started ahead did not close cleanly", e);
        }
    }
}
