package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.sightline.Fixtures;

@QuarkusTest
class SearchApiTest {

    @BeforeEach
    void seed() {
        Fixtures.importSeed();
    }

    @Test
    void putinFindsTheSeedWithRussiaAndChinaAmongItsCountries() {
        given().queryParam("q", "Putin").when().get("/api/search")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("hits.title", hasItem(Fixtures.SEED_TITLE))
                .body("facets.countries.value", hasItems("RU", "CN"))
                .body("facets.countries.find { it.value == 'RU' }.name", equalTo("Russia"))
                .body("facets.countries.find { it.value == 'CN' }.name", equalTo("China"));
    }

    @Test
    void snippetsMarkTheMatchesAndEscapeTheRest() {
        given().queryParam("q", "Kremlin").queryParam("source", "Seed").when().get("/api/search")
                .then().statusCode(200)
                .body("total", is(1))
                .body("hits[0].snippet", containsString("<mark>Kremlin</mark>"));
    }

    @Test
    void aCountryFilterTakesTheIsoCodeAndNarrows() {
        given().queryParam("q", "Putin").queryParam("country", "RU").queryParam("source", "Seed")
                .when().get("/api/search")
                .then().statusCode(200)
                .body("total", is(1))
                .body("self", equalTo("/search?q=Putin&country=RU&source=Seed"))
                .body("facets.countries.find { it.value == 'RU' }.selected", is(true));
        given().queryParam("q", "Putin").queryParam("country", "ZW").queryParam("source", "Seed")
                .when().get("/api/search")
                .then().statusCode(200).body("total", is(0));
    }

    @Test
    void unusableParametersAreA400InTheApi() {
        given().queryParam("page", "abc").when().get("/api/search")
                .then().statusCode(400).body("error", containsString("page"));
        given().queryParam("size", "7").when().get("/api/search")
                .then().statusCode(400).body("error", containsString("Page size"));
    }

    @Test
    void malformedQueriesAreAnsweredNotFailed() {
        for (String query : new String[] { "\"unbalanced", "OR", "-", "((", "Putin AND", "S-400~", "*", "\\" }) {
            given().queryParam("q", query).when().get("/api/search").then().statusCode(200);
        }
    }
}
