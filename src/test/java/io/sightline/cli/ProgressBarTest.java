package io.sightline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void theLineShowsCountRateAndTimeLeft() {
        ProgressBar bar = new ProgressBar("files", System.err, true);
        assertEquals("[###############               ] 50/100 files, 10.0/s, 5s left (3 failed)",
                bar.line(50, 100, 5_000_000_000L, "3 failed"));
        assertEquals("7 files, 7.0/s", bar.line(7, 0, 1_000_000_000L, null));
        assertEquals("1h01m", ProgressBar.format(java.time.Duration.ofSeconds(3660)));
    }

    @Test
    void outsideATerminalShortRunsPrintNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar("files", new PrintStream(out, true, StandardCharsets.UTF_8), false);
        bar.update(1, 2, null);
        bar.update(2, 2, null);
        bar.finish();
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
