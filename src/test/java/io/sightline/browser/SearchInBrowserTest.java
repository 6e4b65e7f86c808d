package io.sightline.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.Fixtures;

/**
 * A reader's session in real headless Chromium (Debian's chromium + chromium-driver): type a
 * query, pick facet values, remove a chip, page, reload, go back. Leaves a 1280x800 screenshot
 * of the results page in target/screenshots/.
 */
@QuarkusTest
class SearchInBrowserTest extends BrowserTest {


    @TestHTTPResource("/search")
    URL searchPage;

    @BeforeEach
    void corpus() {
        Fixtures.importFixture("facets.jsonl");
        Fixtures.importFixture("paging.jsonl");
    }

    private int total() {
        return Integer.parseInt(browser.findElement(By.id("total")).getText().strip());
    }

    private void clickFacetValue(String facet, String value) {
        WebElement link = browser.findElement(
                By.cssSelector("[data-facet='" + facet + "'] a.facet-value[data-value='" + value + "']"));
        String before = browser.getCurrentUrl();
        link.click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    }

    @Test
    void aReaderSearchesNarrowsWidensAndComesBack() {
        browser.get(searchPage.toString());
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("qqfixture");
        box.submit();
        wait.until(ExpectedConditions.urlContains("q=qqfixture"));
        assertEquals(6, total());

        clickFacetValue("country", "RU");
        assertTrue(browser.getCurrentUrl().endsWith("/search?q=qqfixture&country=RU"), browser.getCurrentUrl());
        assertEquals(3, total());

        // a second value of the same facet widens (OR)
        clickFacetValue("country", "CN");
        assertTrue(browser.getCurrentUrl().endsWith("/search?q=qqfixture&country=CN&country=RU"), browser.getCurrentUrl());
        assertEquals(4, total());

        Chromium.screenshot(browser, "results-1280x800");

        // remove the Russia chip
        WebElement chip = browser.findElements(By.cssSelector(".chips a.chip")).stream()
                .filter(c -> c.getText().contains("Russia")).findFirst().orElseThrow();
        chip.click();
        wait.until(ExpectedConditions.urlMatches(".*country=CN$"));
        assertEquals(2, total());

        // back returns to the previous state, because every state is a URL
        browser.navigate().back();
        wait.until(ExpectedConditions.urlMatches(".*country=CN&country=RU$"));
        assertEquals(4, total());
    }

    @Test
    void pagingSurvivesReloadAndBack() {
        browser.get(searchPage + "?q=qqpaging&size=10");
        assertEquals(23, total());
        String firstTitle = browser.findElement(By.cssSelector(".hit h3")).getText();
        browser.findElement(By.linkText("Next ›")).click();
        wait.until(ExpectedConditions.urlContains("page=2"));
        String secondPageTitle = browser.findElement(By.cssSelector(".hit h3")).getText();
        assertTrue(!secondPageTitle.equals(firstTitle), "page 2 shows other articles");

        browser.navigate().refresh();
        assertTrue(browser.getCurrentUrl().endsWith("/search?q=qqpaging&size=10&page=2"), browser.getCurrentUrl());
        assertEquals(secondPageTitle, browser.findElement(By.cssSelector(".hit h3")).getText());

        browser.navigate().back();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("page=2")));
        assertEquals(firstTitle, browser.findElement(By.cssSelector(".hit h3")).getText());
    }

    @Test
    void theSearchBoxSuggestsEntitiesAsYouType() {
        browser.get(searchPage.toString());
        browser.findElement(By.id("q")).sendKeys("ukr");
        WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".suggestions [role=option][data-href='/search?country=UA']")));
        assertTrue(suggestion.getText().startsWith("Ukraine"), suggestion.getText());
        suggestion.click();
        wait.until(ExpectedConditions.urlContains("country=UA"));
        assertTrue(total() >= 2);
    }
}
