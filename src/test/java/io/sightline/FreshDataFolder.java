package io.sightline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Empties the test data folder (H2 file + embedded OpenSearch data) before the application
 * starts, so every test run begins with an empty store, like a first start.
 *
 * <p>In the PostgreSQL run of the scenario tests (system property
 * {@code sightline.test.database=postgresql}, set by the pom's {@code postgresql} surefire
 * execution, which also builds the app for PostgreSQL) the database is a PostgreSQL server of
 * the test's own ({@link LocalPostgres}), or the one named by {@code sightline.test.jdbc-url}
 * (user and password in {@code sightline.test.jdbc-user}/{@code -password}), with its schema
 * emptied the same way.
 */
public class FreshDataFolder implements QuarkusTestResourceLifecycleManager {

    static final Path FOLDER = Path.of("target/test-data");

    /** One server for the whole test JVM; stopped when the JVM exits. */
    private static LocalPostgres ownPostgres;

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
        if (!"postgresql".equals(System.getProperty("sightline.test.database"))) {
            return Map.of();
        }
        String url = System.getProperty("sightline.test.jdbc-url", "");
        String user = System.getProperty("sightline.test.jdbc-user", LocalPostgres.USER);
        String password = System.getProperty("sightline.test.jdbc-password", "");
        if (url.isBlank()) {
            url = ownPostgres().jdbcUrl();
        }
        emptySchema(url, user, password);
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    private static synchronized LocalPostgres ownPostgres() {
        if (ownPostgres == null) {
            ownPostgres = LocalPostgres.start();
            LocalPostgres server = ownPostgres;
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
        }
        return ownPostgres;
    }

    /** Like deleting the H2 file: every table, sequence and migration record goes. */
    private static void emptySchema(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty the test database " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        // keep the data of the last run for inspection
    }
}
