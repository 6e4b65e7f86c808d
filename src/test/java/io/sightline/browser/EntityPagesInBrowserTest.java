package io.sightline.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.Fixtures;

/**
 * Issue 12 in the browser: from the seed article a reader reaches Vladimir Putin's page, finds
 * Xi Jinping among the people and the S-400 among the weapons named with him, follows each link
 * and a timeline bar; every entity page fits a phone and a laptop and passes axe-core.
 */
@QuarkusTest
class EntityPagesInBrowserTest extends BrowserTest {


    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void seed() {
        Fixtures.importSeed();
    }

    @AfterEach
    void desktopAgain() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    private void open(String path) {
        Chromium.open(browser, root, path);
    }

    private long number(String script) {
        return Chromium.number(browser, script);
    }

    @Test
    void fromTheSeedArticleToPutinXiAndTheS400() {
        open("/articles/" + Fixtures.seedId());
        browser.findElement(By.cssSelector("aside.entities a[href='/people/Vladimir%20Putin']")).click();
        wait.until(ExpectedConditions.titleContains("Vladimir Putin"));
        assertEquals("Vladimir Putin", browser.findElement(By.tagName("h1")).getText());
        Chromium.screenshot(browser, "entity-putin-1280x800");

        browser.findElement(By.cssSelector(".companions a[href='/people/Li%20Shangfu']")).click();
        wait.until(ExpectedConditions.titleContains("Li Shangfu"));
        browser.findElement(By.cssSelector(".companions a[href='/people/Xi%20Jinping']")).click();
        wait.until(ExpectedConditions.titleContains("Xi Jinping"));
        open("/people/Vladimir%20Putin");
        wait.until(ExpectedConditions.titleContains("Vladimir Putin"));
        browser.findElement(By.cssSelector(".companions a[href='/weapons/S-400']")).click();
        wait.until(ExpectedConditions.titleContains("S-400"));
        assertTrue(browser.findElement(By.cssSelector("dl.facts")).getText().contains("Type"));

        // a timeline bar leads to the search narrowed to its period and the entity
        String bar = browser.findElement(By.cssSelector(".timeline svg a")).getDomAttribute("href");
        assertTrue(bar.contains("weapon=S-400") && bar.contains("from="), bar);
        open(bar);
        assertTrue(browser.findElements(By.cssSelector(".hit")).size() >= 1, "the bar's search finds the article");
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({
            "/people/Vladimir%20Putin, 390, 844",
            "/people/Vladimir%20Putin, 1280, 800",
            "/weapons/S-400, 390, 844",
            "/countries/RU, 1280, 800",
            "/people, 390, 844",
            "/people/Nobody%20Atall, 1280, 800",
            "/admin/curation, 1280, 800"})
    void entityPagesFitTheScreenAndHaveNoAccessibilityViolations(String path, int width, int height) {
        Chromium.viewport(browser, width, height);
        open(path);
        assertEquals(width, number("window.innerWidth"), "emulated viewport width");
        long scrollWidth = number("document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= width, path + " is " + scrollWidth + " px wide in a " + width + " px viewport");
        Chromium.screenshot(browser, "entity" + path.replaceAll("[^A-Za-z0-9]+", "-") + "-" + width + "x" + height);
        assertEquals(List.of(), Accessibility.violations(browser), path + " at " + width + "x" + height);
    }
}
