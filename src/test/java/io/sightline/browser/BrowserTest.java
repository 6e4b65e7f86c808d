package io.sightline.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium per test class ({@link Chromium#start}), started before its tests and quit after them. */
abstract class BrowserTest {

    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
