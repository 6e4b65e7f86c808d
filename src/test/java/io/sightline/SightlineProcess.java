package io.sightline;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.restassured.specification.RequestSpecification;

/**
 * A real Sightline started from the built jar ({@code target/quarkus-app/quarkus-run.jar},
 * so this runs in the integration-test phase) as a child process, on free ports, with its own
 * data folder; for tests that kill it, stop it and start it again.
 */
public final class SightlineProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    /** Every process started, so that a failed test leaves none behind ({@link #killAll()}). */
    private static final List<Process> STARTED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final Path data;
    private final int httpPort;
    private final int enginePort;
    private final int transportPort;
    private final List<String> extraOptions;
    private final Process process;
    private final Path log;

    private SightlineProcess(Path data, int httpPort, int enginePort, int transportPort, List<String> extraOptions,
            List<String> arguments, Path log) {
        this.data = data;
        this.httpPort = httpPort;
        this.enginePort = enginePort;
        this.transportPort = transportPort;
        this.extraOptions = extraOptions;
        this.log = log;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.port=" + httpPort,
                "-Dsightline.data=" + data.toAbsolutePath(),
                "-Dquarkus.hibernate-search-orm.elasticsearch.hosts=localhost:" + enginePort,
                "-Dsightline.engine.embedded.transport-port=" + transportPort,
                "-Dsightline.samples.load-when-empty=false",
                // a batch per 10 articles, so that an import of a few hundred is many batches long
                "-Dsightline.import.batch-size=10",
                "-Dquarkus.log.category.\"io.sightline.ingest.ArticleImporter\".level=DEBUG"));
        command.addAll(extraOptions);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(arguments);
        try {
            Files.createDirectories(data);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            STARTED.add(process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server on new free ports, data in {@code data}. */
    public static SightlineProcess serve(Path data, String... extraOptions) {
        return new SightlineProcess(data, freePort(), freePort(), freePort(), List.of(extraOptions), List.of(),
                data.resolveSibling(data.getFileName() + "-serve.log"));
    }

    /** Starts the server against a search engine that the test runs on {@code enginePort}. */
    public static SightlineProcess serveAgainst(Path data, int enginePort, String... extraOptions) {
        List<String> options = new ArrayList<>(List.of(extraOptions));
        options.add("-Dsightline.engine.embedded.enabled=false");
        return new SightlineProcess(data, freePort(), enginePort, freePort(), options, List.of(),
                data.resolveSibling(data.getFileName() + "-serve.log"));
    }

    /** Runs a command ({@code import FILE}, {@code check} ...) against the same data folder. */
    public static SightlineProcess command(Path data, String... arguments) {
        return new SightlineProcess(data, freePort(), freePort(), freePort(), List.of(), List.of(arguments),
                data.resolveSibling(data.getFileName() + "-" + arguments[0] + ".log"));
    }

    /** The same server started again after this one ended. */
    public SightlineProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("still running");
        }
        return new SightlineProcess(data, httpPort, enginePort, transportPort, extraOptions, List.of(), log);
    }

    public RequestSpecification http() {
        return given().baseUri("http://127.0.0.1").port(httpPort);
    }

    /** Waits until the server answers. */
    public SightlineProcess awaitReady() {
        await(Duration.ofSeconds(180), "Sightline did not start; see " + log, () -> {
            try {
                return http().get("/api/search?q=x").statusCode() == 200;
            } catch (Exception notYet) { // RestAssured rethrows ConnectException undeclared
                return false;
            }
        });
        return this;
    }

    /** Waits until the start-up check (or a repair) has made database and index agree. */
    public void awaitConsistent() {
        await(Duration.ofSeconds(180), "database and index did not come to agree; see " + log,
                () -> {
                    try {
                        io.restassured.response.Response answer = http().get("/api/admin/consistency");
                        return answer.statusCode() == 200 && answer.jsonPath().getBoolean("consistent");
                    } catch (Exception notYet) {
                        return false;
                    }
                });
    }

    public void awaitLog(String text, Duration timeout) {
        await(timeout, "'" + text + "' did not appear in " + log, () -> logText().contains(text));
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM; @return the exit code */
    public int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Sightline did not stop within " + timeout + " of SIGTERM; see " + log);
        }
        return process.exitValue();
    }

    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end within " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Kills whatever a test left running (after a failure). */
    public static void killAll() throws InterruptedException {
        for (Process process : STARTED) {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
        STARTED.clear();
    }

    public static void await(Duration timeout, String failure, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(failure, e);
            }
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
