package io.sightline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The production topology on one machine, from the built PostgreSQL variant of the app: three
 * standalone engine nodes ({@code sightline engine}) forming one cluster, two Sightline nodes
 * using it and one PostgreSQL, all separate processes on loopback with free ports. Writes
 * through one node are found through the other; one engine node stopping and coming back
 * does not interrupt searching or importing; readiness follows the database.
 *
 * <p>Runs in {@code verify} (failsafe), after {@code package} has built
 * target/quarkus-app-postgresql. Each JVM gets a small heap (2 cores and 24 GiB in CI). Logs of
 * every process are kept in target/cluster-it/.
 */
class ClusterIT {

    private static final Path APP = Path.of("target/quarkus-app-postgresql/quarkus-run.jar");
    private static final Path WORK = Path.of("target/cluster-it");
    /** Generous: the CI machine is shared, and a JVM start there takes from 10 s to a minute. */
    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    @Test
    void twoSightlineNodesOnAThreeNodeEngineClusterAndPostgresql() throws Exception {
        assertTrue(Files.exists(APP), APP + " is built by `./mvnw package` (the build-postgresql execution)");
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        try (LocalPostgres postgres = LocalPostgres.start()) {
            try {
                runTheScenario(postgres);
            } finally {
                stopEverything(); // before the database goes: nodes release their leases on the way out
            }
        }
    }

    private void runTheScenario(LocalPostgres postgres) throws Exception {
        // --- three engine nodes, one cluster -------------------------------------------
        int[] httpPorts = IntStream.range(0, 3).map(i -> LocalPostgres.freePort()).toArray();
        int[] transportPorts = IntStream.range(0, 3).map(i -> LocalPostgres.freePort()).toArray();
        String seeds = String.join(",", IntStream.of(transportPorts).mapToObj(port -> "127.0.0.1:" + port).toList());
        Process[] engines = new Process[3];
        for (int i = 0; i < 3; i++) {
            engines[i] = startEngine(i, httpPorts[i], transportPorts[i], seeds);
        }
        awaitTrue("three engine nodes form one cluster", () -> nodes(httpPorts[0]) == 3);
        String hosts = String.join(",", IntStream.of(httpPorts).mapToObj(port -> "127.0.0.1:" + port).toList());

        // --- two Sightline nodes (A creates the index; B starts once it exists) -----------
        int portA = LocalPostgres.freePort();
        int portB = LocalPostgres.freePort();
        startSightline("a", portA, hosts, postgres);
        awaitTrue("node A is ready", () -> ready(portA));
        startSightline("b", portB, hosts, postgres);
        awaitTrue("node B is ready", () -> ready(portB));

        // --- import through A, search through B ----------------------------------------
        JsonNode imported = post(portA, "/api/articles?source=Seed", "text/plain", Fixtures.seed());
        assertEquals(1, imported.path("created").asInt(), imported.toString());
        JsonNode fixtures = post(portA, "/api/articles", "application/x-ndjson", Fixtures.resource("fixtures/facets.jsonl"));
        assertTrue(fixtures.path("created").asInt() >= 1, fixtures.toString());
        JsonNode found = search(portB, "Putin");
        assertTrue(found.path("total").asInt() >= 1, found.toString());
        assertEquals(Fixtures.SEED_TITLE, found.path("hits").path(0).path("title").asText());
        assertTrue(values(found, "countries").containsAll(List.of("RU", "CN")), found.toString());
        JsonNode fixtureFacets = search(portB, "qqfixture");
        assertTrue(values(fixtureFacets, "sources").containsAll(List.of("Wire A", "Wire B")), fixtureFacets.toString());
        awaitTrue("every shard has its replica on another node (green)", () -> "green".equals(status(httpPorts[0])));
        JsonNode settings = get(httpPorts[0], "/" + "article*/_settings/index.number_of_replicas?flat_settings=true");
        assertTrue(settings.toString().contains("\"index.number_of_replicas\":\"1\""), settings.toString());

        // --- one engine node stops: searching and importing go on ----------------------
        engines[2].destroy();
        assertTrue(engines[2].waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "engine node 3 stopped");
        awaitTrue("the cluster has two nodes left", () -> nodes(httpPorts[0]) == 2);
        for (int round = 0; round < 5; round++) {
            assertTrue(search(round % 2 == 0 ? portA : portB, "Putin").path("total").asInt() >= 1);
        }
        String during = "{\"title\":\"Written while an engine node was down\",\"published\":\"2024-05-01T00:00:00Z\","
                + "\"url\":\"https://cluster.test/degraded\",\"source\":\"Cluster test\","
                + "\"body\":\"qqdegraded Polish and Czech engineers met in Warsaw.\"}";
        assertEquals(1, post(portB, "/api/articles", "application/x-ndjson", during).path("created").asInt());
        JsonNode degraded = search(portA, "qqdegraded");
        assertEquals(1, degraded.path("total").asInt(), degraded.toString());
        assertTrue(values(degraded, "countries").contains("PL"), degraded.toString());
        assertTrue(ready(portA), "one replica missing (yellow) is still ready");

        // --- it comes back ---------------------------------------------------------------
        engines[2] = startEngine(2, httpPorts[2], transportPorts[2], seeds);
        awaitTrue("engine node 3 rejoins", () -> nodes(httpPorts[0]) == 3);
        awaitTrue("the cluster is green again", () -> "green".equals(status(httpPorts[2])));
        assertEquals(1, search(portB, "qqdegraded").path("total").asInt());

        // --- readiness follows the database ----------------------------------------------
        postgres.stopServer();
        awaitTrue("node A is not ready without its database", () -> !ready(portA));
        awaitTrue("node B is not ready without its database", () -> !ready(portB));
        postgres.startServer();
        awaitTrue("node A is ready again", () -> ready(portA));
        awaitTrue("node B is ready again", () -> ready(portB));
        assertEquals(1, post(portA, "/api/articles", "application/x-ndjson",
                during.replace("degraded", "recovered")).path("created").asInt());
        assertEquals(1, search(portB, "qqrecovered").path("total").asInt());
    }

    private Process startEngine(int index, int httpPort, int transportPort, String seeds) throws IOException {
        String name = "engine-" + (index + 1);
        return start(name, List.of("java", "-Xms384m", "-Xmx384m", "-jar", APP.toString(), "engine",
                "--cluster-name", "sightline-cluster-it", "--node-name", name,
                "--http-port", Integer.toString(httpPort), "--transport-port", Integer.toString(transportPort),
                "--data", WORK.resolve(name).toString(), "--seed-hosts", seeds,
                "--initial-cluster-managers", "engine-1,engine-2,engine-3"));
    }

    private void startSightline(String name, int port, String engineHosts, LocalPostgres postgres) throws IOException {
        start("sightline-" + name, List.of("java", "-Xmx512m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.hibernate-search-orm.elasticsearch.hosts=" + engineHosts,
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(),
                "-Dquarkus.datasource.username=" + LocalPostgres.USER,
                "-Dsightline.samples.load-when-empty=false",
                "-Dsightline.data=" + WORK.resolve("sightline-" + name),
                "-jar", APP.toString()));
    }

    private Process start(String name, List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve(name + ".log").toFile()).start();
        processes.add(process);
        return process;
    }

    private JsonNode search(int port, String words) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(port,
                "/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private JsonNode post(int port, String path, String type, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private JsonNode get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** Readiness as a load balancer sees it: 200 ready, anything else (503, no answer) not. */
    private boolean ready(int port) {
        try {
            return http.send(HttpRequest.newBuilder(uri(port, "/q/health/ready")).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private int nodes(int enginePort) {
        try {
            return get(enginePort, "/_cluster/health").path("number_of_nodes").asInt();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private String status(int enginePort) {
        try {
            return get(enginePort, "/_cluster/health").path("status").asText();
        } catch (IOException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static List<String> values(JsonNode searchResult, String facet) {
        List<String> values = new ArrayList<>();
        searchResult.path("facets").path(facet).forEach(value -> values.add(value.path("value").asText()));
        return values;
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!condition.getAsBoolean()) {
            for (Process process : processes) {
                if (!process.isAlive() && process.exitValue() != 143 && process.exitValue() != 0) {
                    throw new AssertionError("A process died (exit " + process.exitValue() + ") while waiting until "
                            + what + "; see the logs in " + WORK);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + STARTUP.toMinutes() + " min: " + what + "; logs in " + WORK);
            }
            Thread.sleep(500);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
