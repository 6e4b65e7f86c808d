package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.sightline.Fixtures;

/**
 * Issue 9: an organisation named in a relevance query is recognised like a person, country or
 * weapon: its aliases match ("NATO" finds an article that spells out the North Atlantic Treaty
 * Organization) and the page offers to filter to it. Fixture: fixtures/organisations.jsonl.
 */
@QuarkusTest
class OrganisationQueryTest {

    @BeforeEach
    void articles() {
        Fixtures.importFixture("organisations.jsonl");
    }

    @Test
    void anOrganisationInTheQueryMatchesItsAliasesAndOffersItsFilter() {
        String filterUrl = given().queryParam("q", "NATO Vilnius qqorganisations").queryParam("match", "all")
                .when().get("/api/search")
                .then().statusCode(200)
                .body("hits.title", contains("Alliance ministers meet"))
                .body("entityFilters[0].facet", equalTo("organisation"))
                .body("entityFilters[0].value", equalTo("NATO"))
                .body("entityFilters[0].url", equalTo("/search?q=NATO+Vilnius+qqorganisations&organisation=NATO&match=all"))
                .body("entityFilters[0].message", equalTo("Filter to articles about NATO"))
                .extract().jsonPath().getString("entityFilters[0].url");
        // the filter finds the article by its extracted organisation
        given().urlEncodingEnabled(false).when().get("/api" + filterUrl).then().statusCode(200)
                .body("hits.title", contains("Alliance ministers meet"))
                .body("entityFilters", empty());
    }

    @Test
    void aFormThatNeedsContextIsNoOrganisationInAQuery() {
        given().queryParam("q", "IS Vilnius qqorganisations").when().get("/api/search")
                .then().statusCode(200)
                .body("entityFilters", empty());
    }
}
