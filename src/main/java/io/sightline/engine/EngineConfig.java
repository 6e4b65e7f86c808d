package io.sightline.engine;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the search engine that Sightline may start itself. */
@ConfigMapping(prefix = "sightline.engine.embedded")
public interface EngineConfig {

    /**
     * Start the embedded node when the configured Hibernate Search hosts point at this
     * machine's loopback. Set to false to use an engine on localhost that Sightline did not start.
     */
    @WithDefault("true")
    boolean enabled();

    /** Folder holding the node's indices and logs. */
    @WithDefault("data/opensearch")
    String path();

    /** Transport (node-to-node) port; the HTTP port comes from the configured hosts. */
    @WithDefault("9300")
    int transportPort();

}
