package io.sightline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server that a test owns: its own cluster ({@code initdb}) in a temporary folder,
 * on a free loopback port, started and stopped with {@code pg_ctl}. Tests never share (or stop)
 * the machine's PostgreSQL this way. Needs Debian's PostgreSQL binaries ({@code apt-get install
 * postgresql}, which .ci/run does); as root they run as the {@code postgres} user, since
 * PostgreSQL refuses to run as root.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "sightline";
    public static final String DATABASE = "sightline";

    private final Path bin;
    private final Path folder;
    private final int port;
    private final boolean asPostgresUser;

    private LocalPostgres(Path bin, Path folder, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Creates a new cluster with database and superuser {@code sightline} (trust auth, loopback only) and starts it. */
    public static LocalPostgres start() {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path folder = Files.createTempDirectory("sightline-postgres-");
            if (root) {
                run(List.of("chown", "postgres:postgres", folder.toString()), folder);
            }
            LocalPostgres server = new LocalPostgres(bin, folder, freePort(), root);
            server.pg("initdb", "-D", server.dataFolder(), "-U", USER, "--auth=trust", "-E", "UTF8",
                    "--locale=C.UTF-8");
            server.startServer();
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), USER, "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The test's PostgreSQL does not answer: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the stopped server again, on the same port with the same data. */
    public void startServer() {
        pg("pg_ctl", "-D", dataFolder(), "-l", folder.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    /** Stops the server at once (open connections are cut), as an outage would. */
    public void stopServer() {
        pg("pg_ctl", "-D", dataFolder(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    @Override
    public void close() {
        try {
            stopServer();
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    private String dataFolder() {
        return folder.resolve("data").toString();
    }

    private void pg(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command, folder);
    }

    private static void run(List<String> command, Path folder) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("commands.log").toFile()))
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                String log = Files.exists(folder.resolve("commands.log")) ? Files.readString(folder.resolve("commands.log")) : "";
                throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    /** Debian's binaries of the newest installed PostgreSQL (/usr/lib/postgresql/N/bin). */
    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var newest = versions.filter(version -> Files.isExecutable(version.resolve("bin/pg_ctl")))
                        .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString()
                                .replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl): "
                + "apt-get install -y postgresql (.ci/run does)");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
