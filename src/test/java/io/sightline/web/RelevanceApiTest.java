package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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

    @BeforeEach
    void articles() {
        Fixtures.importFixture("relevance.jsonl");
    }

    @Test
    void anAliasQueryFindsTheArticleThatSpellsItTheOtherWay() {
        given().queryParam("q", "Kiev qqrelevance").when().get("/api/search")
                .then().statusCode(200)
                .body("hits.title", contains("Winter aid convoy reaches Kyiv"))
                // found through the variant, not by dropping the word
                .body("widened", nullValue());
    }

    @Test
    void aQueryWithAWordNoArticleHoldsIsWidenedAndSaysWhichWordWasDropped() {
        given().queryParam("q", "qqrelevance convoy qqnowhere").when().get("/api/search")
                .then().statusCode(200)
                .body("total", is(2))
                .body("hits.title", hasItem("Winter aid convoy reaches Kyiv"))
                .body("widened.dropped", contains("qqnowhere"))
                .body("widened.strictTotal", is(0))
                .body("widened.strictUrl", equalTo("/search?q=qqrelevance+convoy+qqnowhere&match=all"))
                .body("widened.message", equalTo("Also showing articles without qqnowhere."));
    }

    @Test
    void theStrictFormIsNotWidened() {
        given().queryParam("q", "qqrelevance convoy qqnowhere").queryParam("match", "all").when().get("/api/search")
                .then().statusCode(200)
                .body("total", is(0))
                .body("widened", nullValue())
                .body("self", equalTo("/search?q=qqrelevance+convoy+qqnowhere&match=all"));
    }

    @Test
    void allWordMatchesRankBeforeArticlesMissingAWord() {
        // Two articles hold "convoy", one also "Kyiv": it comes first, the other is shown after it.
        given().queryParam("q", "qqrelevance convoy Kyiv tugs").when().get("/api/search")
                .then().statusCode(200)
                .body("widened.dropped", contains("Kyiv", "tugs"))
                .body("hits.title", contains("Winter aid convoy reaches Kyiv", "Harbour reopens after storm"));
    }

    @Test
    void anEntityQuerySuggestsItsFilterAndMatchesArticlesNamingItOtherwise() {
        given().queryParam("q", "North Korea qqrelevance").when().get("/api/search")
                .then().statusCode(200)
                // the article says "Democratic People's Republic of Korea" only
                .body("hits.title", contains("Missile test off the peninsula"))
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
                .body("total", is(1))
                .body("entityFilters", empty());
    }

    @Test
    void anUnknownMatchValueIsA400() {
        given().queryParam("q", "convoy").queryParam("match", "some").when().get("/api/search")
                .then().statusCode(400).body("error", not(empty()));
    }
}
