package io.sightline.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium through chromedriver, as the browser tests use it. */
final class Chromium {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Chromium() {
    }

    static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("sightline.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("sightline.chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 800));
        return browser;
    }

    /**
     * Makes the page's viewport exactly {@code width} x {@code height} CSS pixels. Headless
     * Chromium never makes a window narrower than 500 px, so phone widths need the DevTools
     * device-metrics override (desktop mode: no mobile viewport rules, the real layout width).
     */
    static void viewport(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Opens {@code path} (with its query) on the app under test at {@code root}. */
    static void open(ChromeDriver browser, java.net.URL root, String path) {
        browser.get(root.toString().replaceAll("/$", "") + path);
    }

    /** A number the page computes, e.g. {@code window.innerWidth}. */
    static long number(ChromeDriver browser, String script) {
        return ((Number) browser.executeScript("return " + script)).longValue();
    }

    static void screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
