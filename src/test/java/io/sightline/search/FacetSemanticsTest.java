package io.sightline.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.sightline.Fixtures;

/**
 * Pins the facet semantics on a fixture corpus with known counts (fixtures/facets.jsonl):
 * <pre>
 *   one   RU CN   Wire A  2024-01      four  RU UA  Wire B  2024-04
 *   two   RU      Wire A  2024-02      five  UA     Wire C  2024-05
 *   three CN      Wire B  2024-03      six   FR     Wire C  2023-06
 * </pre>
 * All fixture articles contain the word "qqfixture", which scopes every query to them.
 */
@QuarkusTest
class FacetSemanticsTest {

    @BeforeEach
    void corpus() {
        Fixtures.importFixture("facets.jsonl");
    }

    private static RequestSpecification fixture() {
        return given().queryParam("q", "qqfixture");
    }

    private static ValidatableResponse get(RequestSpecification request) {
        return request.when().get("/api/search").then().statusCode(200);
    }

    private static int count(ValidatableResponse response, String facet, String value) {
        Integer count = response.extract().jsonPath()
                .get("facets." + facet + ".find { it.value == '" + value + "' }.count");
        return count == null ? 0 : count;
    }

    @Test
    void withoutFiltersFacetsCountTheWholeResult() {
        ValidatableResponse response = get(fixture()).body("total", is(6));
        assertCounts(response, "countries", "RU", 3, "CN", 2, "UA", 2, "FR", 1);
        assertCounts(response, "sources", "Wire A", 2, "Wire B", 2, "Wire C", 2);
    }

    @Test
    void valuesOfOneFacetAreOredAndTheFacetKeepsItsOwnCounts() {
        get(fixture().queryParam("country", "RU")).body("total", is(3));
        ValidatableResponse both = get(fixture().queryParam("country", "RU", "CN")).body("total", is(4));
        // counts of a facet ignore that facet's own selection: nothing collapses
        assertCounts(both, "countries", "RU", 3, "CN", 2, "UA", 2, "FR", 1);
        both.body("facets.countries.findAll { it.selected }.value", containsInAnyOrder("RU", "CN"));
        // the other facets count within the selection
        assertCounts(both, "sources", "Wire A", 2, "Wire B", 2);
        both.body("facets.sources.find { it.value == 'Wire C' }", nullValue());
    }

    @Test
    void facetsAreAndedAndEachCountsWithTheOtherFacetsFiltersOnly() {
        ValidatableResponse response = get(fixture().queryParam("country", "RU").queryParam("source", "Wire B"))
                .body("total", is(1))
                .body("hits.title", contains("Fixture four"));
        // countries under source=Wire B only: three (CN) and four (RU, UA)
        assertCounts(response, "countries", "RU", 1, "CN", 1, "UA", 1);
        // sources under country=RU only: one, two (A) and four (B)
        assertCounts(response, "sources", "Wire A", 2, "Wire B", 1);
    }

    @Test
    void excludedValuesAreRemovedAndStayVisibleAsExcluded() {
        ValidatableResponse response = get(fixture().queryParam("not-country", "RU"))
                .body("total", is(3))
                .body("hits.title", containsInAnyOrder("Fixture three", "Fixture five", "Fixture six"))
                .body("facets.countries.find { it.value == 'RU' }.excluded", is(true));
        assertCounts(response, "countries", "CN", 1, "UA", 1, "FR", 1);
        get(fixture().queryParam("country", "UA").queryParam("not-country", "RU"))
                .body("hits.title", contains("Fixture five"));
    }

    @Test
    void aSelectedValueOutsideTheTopValuesStillShowsWithItsCount() {
        // a selected value that matches nothing in this result is still listed, selected, with 0
        get(fixture().queryParam("country", "ZW"))
                .body("total", is(0))
                .body("facets.countries.find { it.value == 'ZW' }.selected", is(true))
                .body("facets.countries.find { it.value == 'ZW' }.count", is(0));
    }

    @Test
    void theDateRangeFiltersAndTheHistogramIgnoresItsOwnRange() {
        ValidatableResponse response = get(fixture().queryParam("from", "2024-01-01").queryParam("to", "2024-03-31"))
                .body("total", is(3));
        List<Integer> bars = response.extract().jsonPath().getList("histogram.count", Integer.class);
        org.junit.jupiter.api.Assertions.assertEquals(6, bars.stream().mapToInt(Integer::intValue).sum(),
                "the histogram counts the whole result without the date range it narrows");
        response.body("chips.label", org.hamcrest.Matchers.hasItem("Date: 2024-01-01 – 2024-03-31"));
        get(fixture().queryParam("from", "2024")).body("total", is(5));
    }

    @Test
    void sortsOrderByDate() {
        get(fixture().queryParam("sort", "newest")).body("hits[0].title", equalTo("Fixture five"));
        get(fixture().queryParam("sort", "oldest")).body("hits[0].title", equalTo("Fixture six"));
    }

    @Test
    void exportStreamsTheWholeResultNotJustThePage() {
        String csv = fixture().queryParam("country", "RU").queryParam("size", "10")
                .when().get("/api/export.csv")
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .extract().asString();
        String[] lines = csv.split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(4, lines.length, csv);
        org.junit.jupiter.api.Assertions.assertTrue(lines[0].startsWith("id,title,published"));
        String jsonl = fixture().when().get("/api/export.jsonl").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(6, jsonl.strip().split("\n").length);
    }

    @Test
    void theMoreListingPagesAndFiltersAFacetsValues() {
        fixture().queryParam("filter", "ukr")
                .when().get("/search/facets/country")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Ukraine"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">Russia<")));
        given().when().get("/search/facets/nonsense").then().statusCode(404);
    }

    @Test
    void autocompleteOffersEntityNamesWithTheirSearch() {
        given().queryParam("q", "ukr").when().get("/api/suggest")
                .then().statusCode(200)
                .body("find { it.value == 'UA' }.label", equalTo("Ukraine"))
                .body("find { it.value == 'UA' }.url", equalTo("/search?country=UA"));
        given().queryParam("q", "x".repeat(101)).when().get("/api/suggest").then().statusCode(400);
    }

    @Test
    void aMisspelledQueryGetsADidYouMean() {
        String suggestion = given().queryParam("q", "qqfixture repport").when().get("/api/search")
                .then().statusCode(200)
                // issue 15: no article holds both words (the search is widened to the others)
                .body("widened.strictTotal", is(0))
                .extract().jsonPath().getString("didYouMean");
        org.junit.jupiter.api.Assertions.assertEquals("qqfixture report", suggestion);
        // the suggestion is a query that finds something
        // (match=all: the six articles holding both words, not the widened page around them, issue 15)
        given().queryParam("q", suggestion).queryParam("match", "all").when().get("/api/search").then()
                .statusCode(200).body("total", is(6));
        // the page offers it as a link
        given().queryParam("q", "qqfixture repport").when().get("/search").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Did you mean <a href=\"/search?q=qqfixture+report\">"));
    }

    @Test
    void robotsKeepCrawlersOffFilteredUrls() {
        given().when().get("/robots.txt").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Disallow: /search?*country="));
    }

    private static void assertCounts(ValidatableResponse response, String facet, Object... valueCountPairs) {
        for (int i = 0; i < valueCountPairs.length; i += 2) {
            String value = (String) valueCountPairs[i];
            org.junit.jupiter.api.Assertions.assertEquals(valueCountPairs[i + 1], count(response, facet, value),
                    facet + " " + value);
        }
    }
}
