package io.sightline.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 10, finding 7 in Chromium: a write refused to a browser (a form without its security
 * token; a form another site sends) is answered with Sightline's HTML error page, not JSON text.
 */
@QuarkusTest
class WriteRefusalsInBrowserTest extends BrowserTest {


    @TestHTTPResource("/")
    URL root;

    private void assertHtmlErrorPage(String expectedMessage) {
        assertEquals("text/html", browser.executeScript("return document.contentType"), browser.getPageSource());
        assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(expectedMessage),
                browser.findElement(By.tagName("main")).getText());
        assertTrue(browser.findElements(By.tagName("pre")).isEmpty(), "JSON shown as text");
    }

    @Test
    void aFormWithoutItsSecurityTokenGetsTheErrorPage() {
        Chromium.open(browser, root, "/feeds");
        browser.executeScript("document.querySelectorAll('input[name=csrf]').forEach(i => i.value = 'forged')");
        browser.findElement(By.name("url")).sendKeys("https://example.org/feed.xml");
        browser.findElement(By.cssSelector("form[action='/feeds'] button[type=submit]")).click();
        assertHtmlErrorPage("security token");
    }

    @Test
    void aFormSentFromAnotherSiteGetsTheErrorPage() {
        String target = root.toString().replaceAll("/$", "") + "/api/articles";
        String page = "<!doctype html><title>elsewhere</title><form method=post enctype=text/plain action='" + target
                + "'><input name=x value=y><button id=send>send</button></form>";
        browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
        browser.findElement(By.id("send")).click();
        assertHtmlErrorPage("another site");
    }
}
