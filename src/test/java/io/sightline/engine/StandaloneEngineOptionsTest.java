package io.sightline.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensearch.common.settings.Settings;

/** The options of `sightline engine`: defaults, a cluster member's settings, and bad input named. */
class StandaloneEngineOptionsTest {

    @Test
    void aloneItIsASingleNodeClusterOnLoopback() {
        StandaloneEngine.Options options = StandaloneEngine.Options.parse(List.of("--node-name", "n1",
                "--data", "target/unused-engine"));
        Settings settings = options.settings();
        assertEquals("127.0.0.1", settings.get("network.host"));
        assertEquals("9200", settings.get("http.port"));
        assertEquals("9300", settings.get("transport.port"));
        assertEquals("sightline", settings.get("cluster.name"));
        assertEquals("single-node", settings.get("discovery.type"));
    }

    @Test
    void aClusterMemberDiscoversTheOthers() {
        StandaloneEngine.Options options = StandaloneEngine.Options.parse(List.of("--cluster-name", "news",
                "--node-name", "e2", "--http-port", "9201", "--transport-port", "9301", "--bind", "0.0.0.0",
                "--data", "target/unused-engine", "--seed-hosts", "a:9300, b:9300,c:9300",
                "--initial-cluster-managers", "e1,e2,e3"));
        Settings settings = options.settings();
        assertEquals(List.of("a:9300", "b:9300", "c:9300"), settings.getAsList("discovery.seed_hosts"));
        assertEquals(List.of("e1", "e2", "e3"), settings.getAsList("cluster.initial_cluster_manager_nodes"));
        assertEquals(null, settings.get("discovery.type"));
        assertEquals("0.0.0.0", settings.get("network.host"));
        assertEquals("news", settings.get("cluster.name"));
        assertEquals(Path.of("target/unused-engine").toAbsolutePath().resolve("data").toString(), settings.get("path.data"));
    }

    @Test
    void theDataFolderDefaultsToOnePerNode() {
        assertEquals(Path.of("data", "engine", "e7"),
                StandaloneEngine.Options.parse(List.of("--node-name", "e7")).data());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--http-port|http|--http-port must be a port number",
        "--transport-port|70000|--transport-port must be a port number",
        "--colour|blue|Unknown option --colour",
        "stray|x|Unexpected argument 'stray'",
        "--http-port|9300|must differ",
        "--initial-cluster-managers|e1|needs --seed-hosts",
    })
    void badOptionsAreNamed(String option, String value, String message) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StandaloneEngine.Options.parse(List.of(option, value)));
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    @Test
    void anOptionWithoutValueIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StandaloneEngine.Options.parse(List.of("--node-name")));
        assertEquals("Option --node-name needs a value.", error.getMessage());
    }
}
