package io.sightline.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.Fixtures;
import io.sightline.article.Article;
import io.sightline.extract.EntityExtractor;
import io.sightline.web.HighlightedText;

/**
 * Issue 10, finding 4 in Chromium: the seed article's page, now marked from the mentions stored at
 * import, shows exactly the marks that extracting its body on every view gave before (the same
 * texts, entity types, tooltips and links, in the same order).
 */
@QuarkusTest
class ArticleMarksInBrowserTest extends BrowserTest {


    @TestHTTPResource("/")
    URL root;

    @Inject
    EntityExtractor extractor;

    /** A marked mention as the reader meets it: its kind (CSS class), text, tooltip and link. */
    record Mark(String kind, String text, String tooltip, String link) {
    }

    @Test
    void theSeedsMarksAreThoseOfExtractingItsBodyOnEveryView() {
        long id = Fixtures.seedId();
        String body = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id).body);
        // what ArticlePage did before the mentions were stored: extract the body alone, at every view
        List<Mark> before = HighlightedText.of(body, extractor.extract(body)).stream().flatMap(List::stream)
                .filter(segment -> segment.kind() != null)
                .map(segment -> new Mark(segment.kind(), segment.text(), segment.entity(), segment.searchUrl()))
                .toList();

        Chromium.open(browser, root, "/articles/" + id);
        List<Mark> shown = browser.findElements(By.cssSelector(".body a.mention")).stream()
                .map(link -> new Mark(link.getDomAttribute("class").replace("mention ", ""), link.getText(),
                        link.getDomAttribute("title"), link.getDomAttribute("href")))
                .toList();

        assertTrue(before.size() > 50, "the seed has its usual marks: " + before.size());
        assertEquals(before, shown);
        assertEquals(HighlightedText.of(body, extractor.extract(body)).size(),
                browser.findElements(By.cssSelector(".body p")).size(), "paragraphs");
    }
}
