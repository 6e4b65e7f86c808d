package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** Errors answer browsers with an HTML page and API clients with JSON, by the Accept header. */
@QuarkusTest
class ErrorPagesTest {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @ParameterizedTest(name = "{0} with Accept {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "/no/such/page                | " + BROWSER + "        | 404 | text/html        | Page not found",
            "/no/such/page                | application/json      | 404 | application/json | \"error\"",
            "/no/such/page                | */*                   | 404 | application/json | no page at this address",
            "/articles/987654321          | " + BROWSER + "        | 404 | text/html        | No article 987654321",
            "/articles/987654321          | */*                   | 404 | application/json | No article 987654321",
            "/api/search?page=abc         | " + BROWSER + "        | 400 | text/html        | must be a whole number",
            "/api/search?page=abc         | application/json      | 400 | application/json | must be a whole number",
            "/search/facets/nonsense      | " + BROWSER + "        | 404 | text/html        | No facet nonsense",
            "/test-only/bug               | " + BROWSER + "        | 500 | text/html        | incident",
            "/test-only/bug               | application/json      | 500 | application/json | incident",
            "/test-only/engine-down       | " + BROWSER + "        | 503 | text/html        | not answering",
            "/test-only/engine-down       | application/json      | 503 | application/json | not answering",
    })
    void errorsAnswerInTheFormTheClientAccepts(String path, String accept, int status, String type, String text) {
        given().header("Accept", accept).when().get(path)
                .then().statusCode(status)
                .contentType(containsString(type))
                .body(containsString(text))
                .body(not(containsString("Exception")))
                .body(not(containsString("secret detail")));
    }

    @Test
    void htmlErrorPagesAreFullPagesWithAWayBack() {
        given().header("Accept", BROWSER).when().get("/no/such/page")
                .then().statusCode(404)
                .body(containsString("<main"))
                .body(containsString("href=\"/search\""))
                .body(containsString("<title>Page not found — Sightline</title>"));
    }

    @Test
    void theEngineBeingDownAsksToRetry() {
        given().header("Accept", BROWSER).when().get("/test-only/engine-down")
                .then().statusCode(503).header("Retry-After", "30")
                .body(containsString("Search is unavailable for a moment"));
    }

    @Test
    void aServerFailureNamesAnIncidentThatTheLogHasWithTheStackTrace() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ErrorMapper.class.getName());
        logger.addHandler(capture);
        try {
            String page = given().header("Accept", BROWSER).when().get("/test-only/bug")
                    .then().statusCode(500).extract().asString();
            Matcher incident = Pattern.compile("class=\"incident\">([0-9a-z]+)<").matcher(page);
            assertTrue(incident.find(), page);
            LogRecord logged = records.stream()
                    .filter(record -> String.valueOf(record.getMessage()).contains(incident.group(1))
                            || String.valueOf(record.getParameters() == null ? "" : List.of(record.getParameters()))
                                    .contains(incident.group(1)))
                    .findFirst().orElseThrow(() -> new AssertionError("no log record names " + incident.group(1)));
            assertEquals("a bug deep inside, with a secret detail", logged.getThrown().getMessage());
        } finally {
            logger.removeHandler(capture);
        }
    }
}
