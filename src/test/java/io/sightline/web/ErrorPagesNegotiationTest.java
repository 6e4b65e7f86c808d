package io.sightline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which clients get an HTML error page: those that rank HTML at least as high as JSON. */
class ErrorPagesNegotiationTest {

    @ParameterizedTest(name = "Accept: {0} → HTML {1}")
    @CsvSource(delimiter = '|', value = {
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8 | true",
            "*/*                                                                    | false",
            "application/json                                                       | false",
            "application/json, text/html;q=0.5                                      | false",
            "text/html;q=0.9, application/json;q=0.8                                | true",
            "text/html;q=0                                                          | false",
            "application/problem+json                                               | false",
            "''                                                                     | false",
    })
    void browsersGetHtmlAndApiClientsJson(String accept, boolean html) {
        assertEquals(html, ErrorPages.wantsHtml(accept));
    }
}
