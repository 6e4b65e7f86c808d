package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.sightline.Fixtures;

/** Issue 15 on the search page: the widened notice with its strict-form link, and entity filter links. */
@QuarkusTest
class RelevancePageTest {

    @BeforeEach
    void articles() {
        Fixtures.importFixture("relevance.jsonl");
    }

    @Test
    void aWidenedSearchSaysWhatWasDroppedAndLinksToTheStrictForm() {
        given().queryParam("q", "qqrelevance convoy qqnowhere").queryParam("source", "Relevance wire")
                .when().get("/search")
                .then().statusCode(200)
                .body(containsString("No article contains all the words; also showing articles without "
                        + "<strong>convoy and qqnowhere</strong>."))
                .body(containsString(
                        "href=\"/search?q=qqrelevance+convoy+qqnowhere&amp;source=Relevance+wire&amp;match=all\""))
                .body(containsString("Show only articles with all the words"));
    }

    @Test
    void theStrictFormLinksBackToTheWidenedSearch() {
        given().queryParam("q", "qqrelevance convoy qqnowhere").queryParam("match", "all").when().get("/search")
                .then().statusCode(200)
                .body(containsString("Showing only articles with all the words."))
                .body(containsString("href=\"/search?q=qqrelevance+convoy+qqnowhere\""))
                .body(not(containsString("also showing articles without")));
    }

    @Test
    void anEntityQueryOffersTheFacetFilter() {
        given().queryParam("q", "North Korea qqrelevance").when().get("/search")
                .then().statusCode(200)
                .body(containsString("href=\"/search?q=North+Korea+qqrelevance&amp;country=KP\""))
                .body(containsString("Filter to articles about North Korea"));
    }
}
