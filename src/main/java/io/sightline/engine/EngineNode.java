package io.sightline.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * What the embedded node and the standalone {@code sightline engine} node share: the plugins
 * from the classpath, the folder layout and the settings that are the same for both, so a
 * cluster of standalone nodes indexes exactly as the embedded node does.
 */
final class EngineNode {

    private EngineNode() {
    }

    /** Settings every Sightline engine node has; the caller adds discovery. */
    static Settings.Builder settings(Path home, String clusterName, String nodeName, String bindHost, int httpPort,
            int transportPort) {
        try {
            Files.createDirectories(home.resolve("data"));
            Files.createDirectories(home.resolve("logs"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the engine folder " + home + ": " + e.getMessage(), e);
        }
        return Settings.builder()
                .put("cluster.name", clusterName)
                .put("node.name", nodeName)
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", bindHost)
                .put("http.port", httpPort)
                .put("transport.port", transportPort)
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // Hibernate Search creates the article index explicitly; a typo'd index name in a
                // request must fail instead of creating an unmapped index.
                .put("action.auto_create_index", false);
    }

    /**
     * Creates and starts the node and waits until its indices are usable (yellow); the caller
     * closes it. A node that does not get there is closed before the exception is thrown.
     */
    static Node startAndAwaitYellow(Settings settings) throws Exception {
        Node node = start(settings);
        try {
            node.client().admin().cluster().prepareHealth()
                    .setWaitForYellowStatus()
                    .setTimeout(TimeValue.timeValueSeconds(60))
                    .get();
        } catch (Exception | Error e) {
            node.close();
            throw e;
        }
        return node;
    }

    /** Creates and starts the node; the caller closes it. */
    static Node start(Settings settings) throws Exception {
        // Quarkus has already sized Netty's processor count; OpenSearch would set it again and fail.
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
        Node node = new SightlineNode(settings, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class,
                MapperExtrasPlugin.class, ReindexPlugin.class));
        try {
            node.start();
        } catch (Exception e) {
            node.close();
            throw e;
        }
        return node;
    }
}
