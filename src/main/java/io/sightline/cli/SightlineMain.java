package io.sightline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.sightline.ingest.ImportReport;
import io.sightline.ingest.PathImporter;

/**
 * Entry point. Without arguments (or with {@code serve}) Sightline serves the web app; the other
 * commands run against the same store and engine and exit:
 * <pre>
 *   sightline [serve]
 *   sightline import [--source NAME] PATH...   files or folders (.txt seed layout, .jsonl)
 * </pre>
 * Commands need the store to themselves: stop a running server first (its database and engine
 * folders are locked while it runs).
 */
@QuarkusMain
public class SightlineMain implements QuarkusApplication {

    static final String USAGE = """
            Usage: sightline [serve]                            run the web app on http://localhost:8080
                   sightline import [--source NAME] PATH...     import files or folders, then exit
            """;

    @Inject
    PathImporter pathImporter;

    public static void main(String... args) {
        if (args.length > 0 && !"serve".equals(args[0])) {
            if (!List.of("import", "help", "--help", "-h").contains(args[0])) {
                System.err.println("Unknown command '" + args[0] + "'.\n" + USAGE);
                System.exit(2);
            }
            if (!"import".equals(args[0])) {
                System.out.print(USAGE);
                return;
            }
            // A command is not a server: no samples, and no fixed HTTP port to collide with.
            System.setProperty("sightline.samples.load-when-empty", "false");
            System.setProperty("quarkus.http.port", "0");
        }
        Quarkus.run(SightlineMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0 || "serve".equals(args[0])) {
            Quarkus.waitForExit();
            return 0;
        }
        return importPaths(Arrays.asList(args).subList(1, args.length));
    }

    private int importPaths(List<String> arguments) {
        String source = null;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if ("--source".equals(argument) && i + 1 < arguments.size()) {
                source = arguments.get(++i);
            } else if (argument.startsWith("--")) {
                System.err.println("Unknown option " + argument + "\n" + USAGE);
                return 2;
            } else {
                paths.add(Path.of(argument));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("Name at least one file or folder to import.\n" + USAGE);
            return 2;
        }
        ImportReport report = pathImporter.importPaths(paths, source);
        for (ImportReport.Rejection rejection : report.getRejections()) {
            System.err.println("rejected: " + rejection.origin() + ": " + rejection.reason());
        }
        System.out.println("Imported: " + report.summary());
        return report.getRejected() == 0 ? 0 : 1;
    }
}
