package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.sightline.Fixtures;

/** Issue 15 through the JSON API on the real engine: aliases, widening, entity filter suggestions. */
@QuarkusTest
class RelevanceApiTest {

    private static final String WIRE = "Relevance wire";

    @BeforeEach
    void articles() {
        Fixtures.importFixture("relevance.jsonl");
    }

    @Test
    void anAliasQueryFindsTheArticleThatSpellsItTheOtherWay() {
        // the strict form (every word) finds it: "Kiev" matched "Kyiv", no word was dropped
        given().queryParam("q", "Kiev qqrelevance").queryParam("match", "all").when().get("/api/search")
                .then().statusCode(200)
                .body("hits.title", contains("Winter aid convoy reaches Kyiv"));
        given().queryParam("q", "Kiev qqrelevance").when().get("/api/search")
                .then().statusCode(200)
                .body("hits[0].title", equalTo("Winter aid convoy reaches Kyiv"));
    }

    @Test
    void aQueryWithAWordNoArticleHoldsIsWidenedAndSaysWhichWordsWereDropped() {
        given().queryParam("q", "qqrelevance convoy qqnowhere").queryParam("source", WIRE).when().get("/api/search")
                .then().statusCode(200)
                .body("total", is(3))
                .body("widened.dropped", contains("convoy", "qqnowhere"))
                .body("widened.strictTotal", is(0))
                .body("widened.strictUrl",
                        equalTo("/search?q=qqrelevance+convoy+qqnowhere&source=Relevance+wire&match=all"))
                .body("widened.message", equalTo("Also showing articles without convoy and qqnowhere."));
    }

    @Test
    void theStrictFormIsNotWidened() {
        given().queryParam("q", "qqrelevance convoy qqnowhere").queryParam("source", WIRE).queryParam("match", "all")
                .when().get("/api/search")
                .then().statusCode(200)
                .body("total", is(0))
                .body("widened", nullValue())
                .body("self", equalTo("/search?q=qqrelevance+convoy+qqnowhere&source=Relevance+wire&match=all"));
    }

    @Test
    void articlesMatchingMoreOfTheWordsRankFirst() {
        // all three words, then two of them (no Kyiv), then one (only the marker word)
        given().queryParam("q", "qqrelevance convoy Kyiv").queryParam("source", WIRE).when().get("/api/search")
                .then().statusCode(200)
                .body("widened.strictTotal", is(1))
                .body("widened.dropped", contains("convoy", "Kyiv"))
                .body("hits.title", contains("Winter aid convoy reaches Kyiv", "Harbour reopens after storm",
                        "Missile test off the peninsula"));
    }

    @Test
    void sortedByDateASearchWidensOnlyWhenNothingHoldsEveryWord() {
        given().queryParam("q", "qqrelevance convoy Kyiv").queryParam("source", WIRE).queryParam("sort", "newest")
                .when().get("/api/search")
                .then().statusCode(200)
                .body("hits.title", contains("Winter aid convoy reaches Kyiv"))
                .body("widened", nullValue());
        given().queryParam("q", "qqrelevance convoy qqnowhere").queryParam("source", WIRE).queryParam("sort", "newest")
                .when().get("/api/search")
                .then().statusCode(200)
                .body("total", is(3));
    }

    @Test
    void anEntityQuerySuggestsItsFilterAndMatchesArticlesNamingItOtherwise() {
        given().queryParam("q", "North Korea qqrelevance").when().get("/api/search")
                .then().statusCode(200)
                // the article says "Democratic People's Republic of Korea" only
                .body("hits[0].title", equalTo("Missile test off the peninsula"))
                .body("entityFilters[0].facet", equalTo("country"))
                .body("entityFilters[0].value", equalTo("KP"))
                .body("entityFilters[0].label", equalTo("North Korea"))
                .body("entityFilters[0].url", equalTo("/search?q=North+Korea+qqrelevance&country=KP"))
                .body("entityFilters[0].message", equalTo("Filter to articles about North Korea"));
    }

    @Test
    void noFilterIsSuggestedOnceItIsSelected() {
        given().queryParam("q", "North Korea qqrelevance").queryParam("country", "KP").when().get("/api/search")
                .then().statusCode(200)
                .body("hits[0].title", equalTo("Missile test off the peninsula"))
                .body("entityFilters", empty());
    }

    @Test
    void anUnknownMatchValueIsA400() {
        given().queryParam("q", "convoy").queryParam("match", "some").when().get("/api/search")
                .then().statusCode(400).body("error", not(empty()));
    }
}
