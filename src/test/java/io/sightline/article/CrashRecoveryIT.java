package io.sightline.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.sightline.SightlineProcess;
import io.sightline.SyntheticArticles;

/**
 * Database = index after the worst an operator can do to a running Sightline: kill -9 in the
 * middle of an HTTP import and of a command-line import, SIGTERM during an import, the index
 * folder deleted while stopped. Each runs the built jar as a child process on its own data.
 */
class CrashRecoveryIT {

    static final int ARTICLES = 400;
    static final Duration START = Duration.ofSeconds(180);

    @TempDir
    Path folder;

    @org.junit.jupiter.api.AfterEach
    void stopLeftovers() throws InterruptedException {
        SightlineProcess.killAll();
    }

    @Test
    void killDuringAnHttpImportThenRestartRepairsAndReimportCompletes() throws Exception {
        Path data = folder.resolve("http-kill");
        String articles = SyntheticArticles.jsonLines("crashhttp", 0, ARTICLES);
        SightlineProcess first = SightlineProcess.serve(data).awaitReady();
        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() -> importOver(first, articles));
        first.awaitLog("Stored batch", START);
        first.kill9();
        assertFalse(answer.isDone() && !answer.isCompletedExceptionally(),
                "the import answered before the kill; make it longer");

        try (SightlineProcess second = first.restart().awaitReady()) {
            second.awaitConsistent();
            JsonPath state = consistency(second);
            long stored = state.getLong("databaseArticles");
            assertEquals(stored, state.getLong("indexDocuments"));
            assertEquals(stored, searchTotal(second, "crashhttp"));
            assertTrue(stored < ARTICLES, "stored " + stored);

            JsonPath again = importOver(second, articles).then().statusCode(200).extract().jsonPath();
            // Killed as soon as the import is acknowledged: H2 must have written its commits
            // (WRITE_DELAY=0), not kept them in memory for up to its default 500 ms.
            second.kill9();
            assertEquals(ARTICLES - stored, again.getInt("created"), again.prettify());
            assertEquals(stored, again.getInt("alreadyPresent"));
        }
        try (SightlineProcess third = first.restart().awaitReady()) {
            third.awaitConsistent();
            assertEquals(ARTICLES, consistency(third).getLong("databaseArticles"));
            assertEquals(ARTICLES, searchTotal(third, "crashhttp"));
            assertTrue(consistency(third).getBoolean("consistent"));
        }
    }

    @Test
    void killDuringACommandLineImportThenRestartRepairsAndReimportCompletes() throws Exception {
        Path data = folder.resolve("cli-kill");
        Path file = folder.resolve("crashcli.jsonl");
        Files.writeString(file, SyntheticArticles.jsonLines("crashcli", 0, ARTICLES), StandardCharsets.UTF_8);
        SightlineProcess importing = SightlineProcess.command(data, "import", file.toString());
        importing.awaitLog("Stored batch", START);
        importing.kill9();
        assertFalse(importing.logText().contains("Imported 1 file"), "the import ended before the kill");

        long stored;
        try (SightlineProcess server = SightlineProcess.serve(data).awaitReady()) {
            server.awaitConsistent();
            JsonPath state = consistency(server);
            stored = state.getLong("databaseArticles");
            assertEquals(stored, state.getLong("indexDocuments"));
            assertEquals(stored, searchTotal(server, "crashcli"));
        }
        SightlineProcess reimport = SightlineProcess.command(data, "import", file.toString());
        assertEquals(0, reimport.awaitExit(START), reimport.logText());
        assertTrue(reimport.logText().contains((ARTICLES - stored) + " new, " + stored + " already present, 0 failed"),
                reimport.logText());
        SightlineProcess check = SightlineProcess.command(data, "check");
        assertEquals(0, check.awaitExit(START), check.logText());
        assertTrue(check.logText().contains("database and index agree: " + ARTICLES + " articles"), check.logText());
    }

    @Test
    void sigtermDuringAnImportAnswersTheClientAndLosesNothing_andADeletedIndexIsRebuiltAtStart() throws Exception {
        Path data = folder.resolve("sigterm");
        String articles = SyntheticArticles.jsonLines("sigterm", 0, ARTICLES);
        SightlineProcess first = SightlineProcess.serve(data).awaitReady();
        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() -> importOver(first, articles));
        first.awaitLog("Stored batch", START);
        first.terminate(Duration.ofSeconds(120));
        Response response = answer.join();
        assertEquals(200, response.statusCode(), response.asString());
        JsonPath report = response.jsonPath();
        int created = report.getInt("created");
        int refused = report.getList("rejections.reason", String.class).stream()
                .filter(reason -> reason.contains("shutting down")).toList().size();
        assertEquals(ARTICLES, created + refused, report.prettify());

        SightlineProcess second = first.restart().awaitReady();
        try (second) {
            second.awaitConsistent();
            assertEquals(created, consistency(second).getLong("databaseArticles"));
            assertEquals(created, searchTotal(second, "sigterm"));
        }

        // The index folder deleted while Sightline is stopped: detected at start and rebuilt.
        deleteRecursively(data.resolve("opensearch"));
        try (SightlineProcess third = second.restart().awaitReady()) {
            third.awaitLog("The search index is empty but the database holds " + created + " articles", START);
            third.awaitConsistent();
            assertEquals(created, searchTotal(third, "sigterm"));
        }
    }

    private static Response importOver(SightlineProcess sightline, String jsonLines) {
        return sightline.http().contentType("application/x-ndjson").body(jsonLines.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles");
    }

    private static JsonPath consistency(SightlineProcess sightline) {
        return sightline.http().get("/api/admin/consistency").then().statusCode(200).extract().jsonPath();
    }

    private static long searchTotal(SightlineProcess sightline, String tag) {
        return sightline.http().queryParam("source", tag).get("/api/search").then().statusCode(200).extract()
                .jsonPath().getLong("total");
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
