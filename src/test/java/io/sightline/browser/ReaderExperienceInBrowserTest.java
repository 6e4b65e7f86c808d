package io.sightline.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.sightline.Fixtures;

/**
 * The reader's experience in real headless Chromium at a phone's size (390x844, set by
 * DevTools emulation because headless windows are never narrower than 500 px) and a laptop's
 * (1280x800): no page scrolls sideways, axe-core finds no WCAG 2.2 AA violation, the first
 * result is above the fold, facets and autocomplete work from the keyboard alone, and a
 * search's Atom feed shows a newly imported article. Screenshots of every page at both sizes
 * go to target/screenshots/.
 */
@QuarkusTest
class ReaderExperienceInBrowserTest extends BrowserTest {

    /** A viewport the pages must fit. */
    enum Screen {
        PHONE(390, 844), LAPTOP(1280, 800);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }

        String suffix() {
            return width + "x" + height;
        }
    }


    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void corpus() {
        Fixtures.importFixture("facets.jsonl");
        Fixtures.importFixture("paging.jsonl");
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

    private void show(Screen screen, String path) {
        Chromium.viewport(browser, screen.width, screen.height);
        open(path);
        assertEquals(screen.width, number("window.innerWidth"), "emulated viewport width");
    }

    private void assertNoHorizontalScrolling(String page) {
        long scrollWidth = number("document.documentElement.scrollWidth");
        long innerWidth = number("window.innerWidth");
        assertTrue(scrollWidth <= innerWidth, page + " is " + scrollWidth + " px wide in a " + innerWidth + " px viewport");
    }

    static Stream<Arguments> pages() {
        List<String[]> pages = List.of(
                new String[] { "search", "/search?q=qqfixture" },
                new String[] { "browse", "/search" },
                new String[] { "empty-result", "/search?q=qqfixture&country=RU&to=2001-12-31" },
                new String[] { "article", "/articles/SEED" },
                new String[] { "facet-values", "/search/facets/country?q=qqfixture" },
                new String[] { "search-help", "/search/help" },
                new String[] { "import", "/import" },
                new String[] { "feeds", "/feeds" },
                new String[] { "not-found", "/no/such/page" });
        return pages.stream().flatMap(page -> Stream.of(Screen.values())
                .map(screen -> Arguments.of(page[0], page[1], screen)));
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("pages")
    void everyPageFitsTheScreenAndHasNoAccessibilityViolations(String name, String path, Screen screen) {
        show(screen, path.replace("SEED", Long.toString(Fixtures.seedId())));
        assertNoHorizontalScrolling(name);
        List<WebElement> panel = browser.findElements(By.id("filters-panel"));
        if (!panel.isEmpty() && screen == Screen.PHONE) {
            // the folded panel opens without JavaScript help (<details>); the facets inside must fit and pass too
            browser.findElement(By.cssSelector("#filters-panel > summary")).click();
            assertNotNull(panel.get(0).getDomAttribute("open"));
            assertNoHorizontalScrolling(name + " with the filters open");
            browser.executeScript("document.getElementById('filters-panel').scrollIntoView()");
            Chromium.screenshot(browser, name + "-filters-" + screen.suffix());
            browser.findElement(By.cssSelector("#filters-panel > summary")).click();
            browser.executeScript("window.scrollTo(0, 0)");
        }
        Chromium.screenshot(browser, name + "-" + screen.suffix());
        if (!panel.isEmpty() && screen == Screen.PHONE) {
            browser.findElement(By.cssSelector("#filters-panel > summary")).click();
        }
        assertEquals(List.of(), Accessibility.violations(browser), name + " at " + screen.suffix());
    }

    @ParameterizedTest
    @ValueSource(strings = { "PHONE", "LAPTOP" })
    void theFirstResultIsAboveTheFoldAndTheFiltersFoldOnlyOnPhones(Screen screen) {
        show(screen, "/search?q=qqfixture");
        WebElement firstTitle = browser.findElement(By.cssSelector(".hit h3"));
        long bottom = number("document.querySelector('.hit h3').getBoundingClientRect().bottom");
        assertTrue(bottom <= screen.height, "first result ends at " + bottom + " px of " + screen.height);
        assertTrue(firstTitle.isDisplayed());
        // results come before the filters in the page, and the panel is folded on a phone only
        assertTrue((Boolean) browser.executeScript("return !!(document.querySelector('.results')"
                + ".compareDocumentPosition(document.getElementById('filters-panel')) & Node.DOCUMENT_POSITION_FOLLOWING)"));
        boolean open = browser.findElement(By.id("filters-panel")).getDomAttribute("open") != null;
        assertEquals(screen == Screen.LAPTOP, open);
    }

    @ParameterizedTest
    @ValueSource(strings = { "PHONE", "LAPTOP" })
    void facetsWorkWithTheKeyboardAlone(Screen screen) {
        show(screen, "/search?q=qqfixture");
        String russia = "[data-facet='country'] a.facet-value[data-value='RU']";
        if (screen == Screen.PHONE) {
            tabUntil("#filters-panel > summary");
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            assertNotNull(browser.findElement(By.id("filters-panel")).getDomAttribute("open"));
        }
        tabUntil(russia);
        String before = browser.getCurrentUrl();
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
        assertTrue(browser.getCurrentUrl().endsWith("/search?q=qqfixture&country=RU"), browser.getCurrentUrl());
        WebElement selected = browser.findElement(By.cssSelector(russia));
        assertEquals("true", selected.getDomAttribute("aria-current"));
        // the selected value is reached the same way and Enter removes it again
        if (screen == Screen.PHONE) {
            tabUntil("#filters-panel > summary");
            new Actions(browser).sendKeys(Keys.ENTER).perform();
        }
        tabUntil(russia);
        before = browser.getCurrentUrl();
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
        assertTrue(browser.getCurrentUrl().endsWith("/search?q=qqfixture"), browser.getCurrentUrl());
    }

    /** Presses Tab until the focused element matches {@code selector}; its focus ring must show. */
    private void tabUntil(String selector) {
        for (int presses = 0; presses < 150; presses++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            Boolean there = (Boolean) browser.executeScript(
                    "return document.activeElement && document.activeElement.matches(arguments[0])", selector);
            if (there) {
                String outline = (String) browser.executeScript(
                        "return getComputedStyle(document.activeElement).outlineStyle");
                assertEquals("solid", outline, "visible focus on " + selector);
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    @Test
    void autocompleteWorksWithArrowKeysEnterAndEscape() {
        show(Screen.LAPTOP, "/search");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("ukr");
        By ukraine = By.cssSelector(".suggestions [role=option][data-href='/search?country=UA']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(ukraine));
        assertEquals("true", box.getDomAttribute("aria-expanded"));
        box.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(ukraine));
        assertEquals("false", box.getDomAttribute("aria-expanded"));
        assertEquals("ukr", box.getDomProperty("value"), "Escape closes the list and keeps the text");

        box.sendKeys("a");
        wait.until(ExpectedConditions.visibilityOfElementLocated(ukraine));
        List<WebElement> options = browser.findElements(By.cssSelector(".suggestions [role=option]"));
        int index = options.indexOf(browser.findElement(ukraine));
        for (int i = 0; i <= index; i++) {
            box.sendKeys(Keys.ARROW_DOWN);
        }
        WebElement active = browser.findElement(ukraine);
        assertEquals("true", active.getDomAttribute("aria-selected"));
        assertEquals(active.getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"));
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("country=UA"));
        assertTrue(Integer.parseInt(browser.findElement(By.id("total")).getText().strip()) >= 1);
    }

    @Test
    void aReaderFollowsASearchAndItsFeedShowsANewlyImportedArticle() {
        String word = "qqfollow" + Long.toString(System.nanoTime(), 36);
        show(Screen.LAPTOP, "/search?q=" + word + "&sort=oldest&size=50");
        String feedLink = browser.findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
                .getDomAttribute("href");
        WebElement follow = browser.findElement(By.cssSelector("a.follow"));
        assertEquals(feedLink, follow.getDomAttribute("href"));
        assertEquals("/search.atom?q=" + word, feedLink, "order and page size do not make another feed");

        Response first = given().when().get(feedLink);
        first.then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("application/atom+xml"));
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertNotNull(etag);
        assertFalse(first.asString().contains("<entry>"), "nothing matches yet");
        given().header("If-None-Match", etag).when().get(feedLink).then().statusCode(304);

        // an older article first, so that the feed has a Last-Modified to revalidate
        importArticle(word, "Older report " + word, Instant.now().minus(30, ChronoUnit.DAYS));
        Response withOlder = given().header("If-None-Match", etag).when().get(feedLink);
        withOlder.then().statusCode(200);
        etag = withOlder.header("ETag");
        lastModified = withOlder.header("Last-Modified");
        assertNotNull(lastModified);
        given().header("If-None-Match", etag).when().get(feedLink).then().statusCode(304);
        given().header("If-Modified-Since", lastModified).when().get(feedLink).then().statusCode(304);

        String title = "Newly imported report " + word;
        importArticle(word, title, Instant.now().minus(1, ChronoUnit.HOURS));
        Response after = given().header("If-None-Match", etag).when().get(feedLink);
        after.then().statusCode(200);
        String feed = after.asString();
        assertTrue(feed.indexOf(title) > 0 && feed.indexOf(title) < feed.indexOf("Older report"),
                "the new article is listed, newest first: " + feed);
        // the feed's entries link to the article pages, which open in the browser
        String entryLink = after.xmlPath().getString("feed.entry[0].link.find { it.@rel == 'alternate' }.@href");
        browser.get(entryLink);
        assertEquals(title, browser.findElement(By.tagName("h1")).getText());
    }

    private static void importArticle(String word, String title, Instant published) {
        String line = "{\"title\": \"" + title + "\", \"published\": \"" + published.truncatedTo(ChronoUnit.SECONDS)
                + "\", \"url\": \"https://follow.test/" + title.replace(' ', '-') + "\", \"source\": \"Wire F\", \"body\": \""
                + word + " appears in this report about air defence.\"}\n";
        given().contentType("application/x-ndjson").body(line.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles").then().statusCode(200);
    }
}
