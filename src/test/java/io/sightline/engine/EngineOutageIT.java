package io.sightline.engine;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.path.json.JsonPath;
import io.sightline.SightlineProcess;
import io.sightline.SyntheticArticles;

/**
 * The search engine unreachable while articles are written: the import stores them and says
 * they are not yet searchable, and once the engine is back the outbox replay indexes them,
 * without a restart of Sightline. The engine is a real OpenSearch node run by this test (the
 * same node class Sightline embeds), Sightline the built jar pointed at it.
 */
class EngineOutageIT {

    @TempDir
    Path folder;

    @org.junit.jupiter.api.AfterEach
    void stopLeftovers() throws InterruptedException {
        SightlineProcess.killAll();
    }

    @Test
    void writesDuringAnEngineOutageAreIndexedWhenItIsBack() throws Exception {
        int enginePort = SightlineProcess.freePort();
        EmbeddedEngine engine = new EmbeddedEngine(new TestEngineConfig(folder.resolve("engine").toString(),
                SightlineProcess.freePort()), Optional.of(List.of("localhost:" + enginePort)));
        engine.start(enginePort);
        try (SightlineProcess sightline = SightlineProcess.serveAgainst(folder.resolve("data"), enginePort,
                "-Dsightline.consistency.replay-interval=2s").awaitReady()) {
            post(sightline, SyntheticArticles.jsonLines("outage", 0, 20)).getInt("created");

            engine.stop();
            JsonPath during = post(sightline, SyntheticArticles.jsonLines("outage", 20, 20));
            assertEquals(20, during.getInt("created"), during.prettify());
            assertEquals(20, during.getInt("notYetSearchable"), during.prettify());

            engine.start(enginePort);
            sightline.awaitConsistent();
            sightline.http().queryParam("source", "outage").get("/api/search").then().statusCode(200)
                    .body("total", is(40));
        } finally {
            engine.stop();
        }
    }

    private static JsonPath post(SightlineProcess sightline, String jsonLines) {
        return sightline.http().contentType("application/x-ndjson").body(jsonLines.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles").then().statusCode(200).extract().jsonPath();
    }

    private record TestEngineConfig(String path, int transportPort) implements EngineConfig {
        @Override
        public boolean enabled() {
            return true;
        }
    }
}
