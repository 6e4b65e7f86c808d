package io.sightline.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.sightline.Fixtures;

/** Reader query syntax, relevance and snippets on fixtures/syntax.jsonl (every text has "qqsyntax"). */
@QuarkusTest
class QuerySyntaxTest {

    @BeforeEach
    void corpus() {
        Fixtures.importFixture("syntax.jsonl");
    }

    private static ValidatableResponse search(String query) {
        return given().queryParam("q", "qqsyntax " + query).queryParam("sort", "oldest")
                .queryParam("source", "Syntax wire")
                .when().get("/api/search").then().statusCode(200);
    }

    @Test
    void allWordsMustMatchByDefault() {
        search("patriot battery").body("total", is(2));
        // issue 15: when no article holds every word the search is widened and says so; match=all is strict
        search("patriot frigates").body("widened.strictTotal", is(0));
        given().queryParam("q", "qqsyntax patriot frigates").queryParam("source", "Syntax wire")
                .queryParam("match", "all").when().get("/api/search").then().statusCode(200).body("total", is(0));
    }

    @Test
    void phrasesOrExcludePrefixAndFuzzyWork() {
        search("\"battery deployed\"").body("hits.title", containsInAnyOrder("Patriot battery deployed near qqsyntax border"));
        search("frigates OR hypersonic").body("total", is(2));
        search("patriot -logistics").body("total", is(1));
        search("patriot NOT logistics").body("total", is(1));
        search("hyperson*").body("hits.title", containsInAnyOrder("qqsyntax hypersonic test"));
        search("frigatse~").body("hits.title", containsInAnyOrder("qqsyntax naval drill"));
    }

    @Test
    void titleMatchesRankFirst() {
        given().queryParam("q", "qqsyntax patriot battery").when().get("/api/search")
                .then().statusCode(200)
                .body("hits[0].title", equalTo("Patriot battery deployed near qqsyntax border"));
    }

    @Test
    void snippetsMarkMatchesAndEscapeEverythingElse() {
        search("bold").body("hits[0].snippet", containsString("<mark>bold</mark>"))
                .body("hits[0].snippet", containsString("&lt;b&gt;"))
                .body("hits[0].snippet", containsString("&lt;script&gt;"))
                .body("hits[0].snippet", not(containsString("<script>")));
    }

    @Test
    void pagesPastTheEngineWindowSaySoInsteadOfFailing() {
        given().queryParam("page", "600").queryParam("size", "20").when().get("/api/search")
                .then().statusCode(200)
                .body("beyondWindow", is(true))
                .body("hits.size()", is(0));
        given().queryParam("page", "600").when().get("/search")
                .then().statusCode(200)
                .body(containsString("as deep as Sightline pages"));
    }
}
