package io.sightline.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;

import io.sightline.Fixtures;

/**
 * Runs axe-core (vendored test resource, see src/test/resources/axe/README.md) in the page the
 * browser shows, with the WCAG 2.0/2.1/2.2 A and AA rules and axe's best practices.
 */
final class Accessibility {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static final String AXE = Fixtures.resource("axe/axe.min.js");

    private Accessibility() {
    }

    /** The violations on the current page, one line per rule and element; empty when none. */
    @SuppressWarnings("unchecked")
    static List<String> violations(ChromeDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.executeScript(AXE);
        Object answer = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then(result => done(result.violations.flatMap(v => v.nodes.map(n =>
                      v.id + ' (' + v.impact + '): ' + v.help + ' at ' + n.target.join(' ') + ' | ' + n.failureSummary))))
                  .catch(error => done(['axe failed: ' + error]));
                """, TAGS);
        return (List<String>) answer;
    }
}
