package io.sightline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * What can be checked of docker/ without a Docker engine: the compose file parses and has the
 * production topology, and every path the Dockerfile copies exists once `./mvnw package` has
 * run (this runs in verify, after package).
 */
class DockerFilesIT {

    private static final Path DOCKER = Path.of("docker");

    @Test
    void theComposeFileHasTheProductionTopology() throws IOException {
        JsonNode compose = new YAMLMapper().readTree(DOCKER.resolve("compose.yaml").toFile());
        JsonNode services = compose.path("services");
        Set<String> names = new TreeSet<>();
        services.fieldNames().forEachRemaining(names::add);
        assertEquals(Set.of("engine-1", "engine-2", "engine-3", "postgres", "sightline-a", "sightline-b", "proxy"), names);
        for (String engine : List.of("engine-1", "engine-2", "engine-3")) {
            List<String> command = new ArrayList<>();
            services.path(engine).path("command").forEach(argument -> command.add(argument.asText()));
            assertEquals("engine", command.get(0), engine);
            assertTrue(command.contains("--seed-hosts") && command.contains("--initial-cluster-managers"), engine);
            assertEquals(engine, command.get(command.indexOf("--node-name") + 1));
        }
        assertTrue(services.path("postgres").path("image").asText().startsWith("postgres:15"));
        for (String node : List.of("sightline-a", "sightline-b")) {
            JsonNode environment = services.path(node).path("environment");
            assertEquals("engine-1:9200,engine-2:9200,engine-3:9200",
                    environment.path("QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS").asText(), node);
            assertTrue(environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText().startsWith("jdbc:postgresql://postgres:"));
        }
        String proxyConfig = services.path("proxy").path("volumes").path(0).asText().split(":")[0];
        String nginx = Files.readString(DOCKER.resolve(proxyConfig));
        assertTrue(nginx.contains("server sightline-a:8080") && nginx.contains("server sightline-b:8080"), nginx);
        assertEquals("docker/Dockerfile", services.path("engine-1").path("build").path("dockerfile").asText());
    }

    @Test
    void everyPathTheDockerfileCopiesExistsAfterPackage() throws IOException {
        List<String> lines = Files.readAllLines(DOCKER.resolve("Dockerfile"));
        List<String> sources = new ArrayList<>();
        for (String line : lines) {
            String[] words = line.strip().split("\\s+");
            if (words[0].equals("COPY") || words[0].equals("ADD")) {
                List<String> arguments = new ArrayList<>(List.of(words).subList(1, words.length));
                assertFalse(arguments.stream().anyMatch(argument -> argument.startsWith("--from")), line);
                arguments.removeIf(argument -> argument.startsWith("--"));
                sources.addAll(arguments.subList(0, arguments.size() - 1));
            }
        }
        assertFalse(sources.isEmpty());
        for (String source : sources) {
            // the build context is the project's top folder (compose: context .., docker build .)
            assertTrue(Files.exists(Path.of(source)), source + " is copied by docker/Dockerfile but missing after package");
        }
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("USER ") && !line.contains("root")), "runs as non-root");
        assertTrue(lines.stream().anyMatch(line -> line.contains("/q/health/ready")), "health check on readiness");
        assertTrue(String.join("\n", lines).contains("MaxRAMPercentage"), "JVM memory flags");
    }
}
