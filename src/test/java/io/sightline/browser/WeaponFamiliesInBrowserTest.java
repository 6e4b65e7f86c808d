package io.sightline.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.Fixtures;

/**
 * Issue 9 on the real page in headless Chromium: the weapons facet shows each family with its
 * variants nested under it, picking a variant and then its family keeps both selected (values of
 * a facet are OR-ed), and the page passes axe-core. Fixture: fixtures/families.jsonl (see
 * WeaponFamiliesTest: Leopard 2A8 twice, Leopard 2A7 once, Leopard 2 once, KC-46A, S-400).
 */
@QuarkusTest
class WeaponFamiliesInBrowserTest extends BrowserTest {


    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void corpus() {
        Fixtures.importFixture("families.jsonl");
    }

    private static WebElement value(String css) {
        return browser.findElement(By.cssSelector("[data-facet='weapon'] " + css));
    }

    private static String count(WebElement link) {
        return link.findElement(By.xpath("following-sibling::span[@class='count']")).getText().strip();
    }

    private static void click(WebElement link) {
        String before = browser.getCurrentUrl();
        link.click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    }

    private static int total() {
        return Integer.parseInt(browser.findElement(By.id("total")).getText().strip());
    }

    @Test
    void variantsAreNestedUnderTheirFamilyAndSelectionsStayOred() {
        Chromium.open(browser, root, "/search?q=qqfamilies");
        assertEquals(5, total());
        WebElement family = value("a.facet-value[data-value='Leopard 2']");
        WebElement variant = value("ul.variants[data-family='Leopard 2'] a.facet-value[data-value='Leopard 2A8']");
        assertEquals("3", count(family), "the family counts the articles naming it or a variant");
        assertEquals("2", count(variant));
        assertEquals(List.of("Leopard 2A8", "Leopard 2A7"), browser.findElements(
                By.cssSelector("[data-facet='weapon'] ul.variants[data-family='Leopard 2'] a.facet-value"))
                .stream().map(link -> link.getAttribute("data-value")).toList());
        // drawn below and indented under the family, not as a top-level value
        assertTrue(variant.getLocation().getX() > family.getLocation().getX(), "variant indented");
        assertTrue(variant.getLocation().getY() > family.getLocation().getY(), "variant below its family");
        assertEquals(0, browser.findElements(By.cssSelector("[data-facet='weapon'] > ul > li > a.facet-value[data-value='Leopard 2A8']")).size());
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector("[data-facet='weapon']")));
        Chromium.screenshot(browser, "weapon-families");
        assertEquals(List.of(), Accessibility.violations(browser));

        click(variant);
        assertTrue(browser.getCurrentUrl().contains("weapon=Leopard+2A8"), browser.getCurrentUrl());
        assertEquals(2, total());
        assertEquals("true", value("ul.variants a.facet-value[data-value='Leopard 2A8']").getAttribute("aria-current"));

        click(value("a.facet-value[data-value='Leopard 2']"));
        String url = browser.getCurrentUrl();
        assertTrue(url.contains("weapon=Leopard+2&weapon=Leopard+2A8"), url);
        assertEquals(3, total());

        // unselecting the variant leaves the family's selection
        click(value("ul.variants a.facet-value[data-value='Leopard 2A8']"));
        assertTrue(browser.getCurrentUrl().endsWith("weapon=Leopard+2"), browser.getCurrentUrl());
        assertEquals(3, total());
    }
}
