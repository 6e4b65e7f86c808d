package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.sightline.Fixtures;

@QuarkusTest
class SearchPageTest {

    @Test
    void theRootRedirectsToTheSearchPage() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(303).header("Location", containsString("/search"));
    }

    @Test
    void theSearchPageListsHitsAndFacetLinksThatAddTheFilter() {
        Fixtures.importSeed();
        given().queryParam("q", "Putin").when().get("/search")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString(Fixtures.SEED_TITLE))
                .body(containsString("<mark>Putin</mark>"))
                // a facet value is a plain link to the state with that filter added
                .body(containsString("href=\"/search?q=Putin&amp;country=RU\""))
                .body(containsString("rel=\"nofollow\""))
                .body(containsString(">Russia</a>"));
    }

    @Test
    void aFilteredPageShowsARemovableChipAndClearAll() {
        Fixtures.importSeed();
        given().queryParam("q", "Putin").queryParam("country", "RU").when().get("/search")
                .then().statusCode(200)
                .body(containsString("Countries: Russia"))
                .body(containsString("href=\"/search?q=Putin\""))
                .body(containsString("Clear all"));
    }

    @Test
    void handEditedParametersNeverCrashThePage() {
        given().queryParam("page", "-3").queryParam("size", "banana").queryParam("sort", "sideways")
                .queryParam("from", "last week").queryParam("nonsense", "1")
                .when().get("/search")
                .then().statusCode(200)
                .body(containsString("class=\"notice\""))
                .body(not(containsString("Exception")));
    }

    @Test
    void theArticlePageShowsTheTextWithItsEntities() {
        long id = Fixtures.seedId();
        given().when().get("/articles/" + id)
                .then().statusCode(200)
                .body(containsString(Fixtures.SEED_TITLE))
                .body(containsString("href=\"/search?country=RU\""))
                // mentions in the text are marked and link to the search for their entity
                .body(containsString("<a class=\"mention person\" href=\"/search?person=Li+Shangfu\" title=\"Li Shangfu\">Li Shangfu</a> met"))
                .body(containsString("class=\"mention weapon\" href=\"/search?weapon=S-400\""))
                .body(containsString("href=\"/search?person=Vladimir+Putin\""));
        given().when().get("/articles/not-a-number").then().statusCode(404);
    }

    @Test
    void userTextIsEscapedInThePage() {
        given().queryParam("q", "<script>alert(1)</script>").when().get("/search")
                .then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;"));
    }
}
