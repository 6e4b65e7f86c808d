package io.sightline.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which configured hosts make Sightline start its own node: one loopback host, and only then. */
class EmbeddedEngineTest {

    private static Optional<Integer> port(boolean enabled, String... hosts) {
        EngineConfig config = new EngineConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public String path() {
                return "target/unused";
            }

            @Override
            public int transportPort() {
                return 9300;
            }
        };
        return new EmbeddedEngine(config, Optional.of(List.of(hosts))).embeddedHttpPort();
    }

    @Test
    void aSingleLoopbackHostStartsTheEmbeddedNodeOnItsPort() {
        assertEquals(Optional.of(9200), port(true, "localhost:9200"));
        assertEquals(Optional.of(9250), port(true, "127.0.0.1:9250"));
        assertEquals(Optional.of(9201), port(true, "http://localhost:9201"));
    }

    @Test
    void anExternalClusterStartsNothing() {
        assertEquals(Optional.empty(), port(true, "search.internal:9200"));
        assertEquals(Optional.empty(), port(true, "10.1.2.3:9200"));
        assertEquals(Optional.empty(), port(true, "localhost:9200", "localhost:9201"));
    }

    @Test
    void switchingItOffUsesAnEngineOnLocalhostThatSightlineDidNotStart() {
        assertEquals(Optional.empty(), port(false, "localhost:9200"));
    }
}
