package io.sightline.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A one-line progress display on stderr: count, rate and time left. On a terminal it redraws
 * itself in place a few times a second; otherwise (a log file, CI) it prints a plain line every
 * ten seconds, and only for long runs, so short imports stay quiet.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final String unit;
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(String unit, PrintStream out, boolean terminal) {
        this.unit = unit;
        this.out = out;
        this.terminal = terminal;
    }

    /** stderr is taken to be a terminal when the JVM has a console (Java 17 cannot ask stderr alone). */
    static ProgressBar onStderr(String unit) {
        return new ProgressBar(unit, System.err, System.console() != null);
    }

    /**
     * @param done  units done
     * @param total units in all, 0 when unknown
     * @param extra appended to the line ("412 new, 3 failed")
     */
    void update(long done, long total, String extra) {
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 10_000_000_000L;
        if (drawn && now - lastDrawn < interval && done < total) {
            return;
        }
        if (!terminal && now - started < interval) {
            return; // short runs in logs: the summary is enough
        }
        lastDrawn = now;
        drawn = true;
        out.print((terminal ? "\r" : "") + line(done, total, now - started, extra) + (terminal ? "\u001b[K" : "\n"));
        out.flush();
    }

    void finish() {
        if (drawn && terminal) {
            out.println();
        }
    }

    String line(long done, long total, long elapsedNanos, String extra) {
        double seconds = Math.max(elapsedNanos / 1e9, 0.001);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder();
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(done).append('/').append(total).append(' ').append(unit);
        } else {
            line.append(done).append(' ').append(unit);
        }
        line.append(String.format(java.util.Locale.ROOT, ", %.1f/s", rate));
        if (total > 0 && done > 0 && done < total) {
            line.append(", ").append(format(Duration.ofSeconds((long) ((total - done) / rate)))).append(" left");
        }
        if (extra != null && !extra.isEmpty()) {
            line.append(" (").append(extra).append(')');
        }
        return line.toString();
    }

    static String format(Duration duration) {
        long s = duration.toSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
