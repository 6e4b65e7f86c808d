package io.sightline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Empties the test data folder (H2 file + embedded OpenSearch data) before the application
 * starts, so every test run begins with an empty store, like a first start.
 */
public class FreshDataFolder implements QuarkusTestResourceLifecycleManager {

    static final Path FOLDER = Path.of("target/test-data");

    @Override
    public Map<String, String> start() {
        if (Files.exists(FOLDER)) {
            try (Stream<Path> walk = Files.walk(FOLDER)) {
                walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                    try {
                        Files.delete(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // keep the data of the last run for inspection
    }
}
