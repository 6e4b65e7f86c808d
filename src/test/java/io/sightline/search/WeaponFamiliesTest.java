package io.sightline.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.sightline.Fixtures;

/**
 * Issue 9: the weapons facet keeps the most specific system an article names, the article is also
 * found and counted under its family, and the JSON API nests variants under their family.
 * Fixture (fixtures/families.jsonl, every article holds "qqfamilies"):
 * <pre>
 *   one    Leopard 2A8               four  KC-46A
 *   two    Leopard 2A8, Leopard 2A7  five  S-400
 *   three  Leopard 2 (the family itself)
 * </pre>
 */
@QuarkusTest
class WeaponFamiliesTest {

    @BeforeEach
    void corpus() {
        Fixtures.importFixture("families.jsonl");
    }

    private static RequestSpecification fixture() {
        return given().queryParam("q", "qqfamilies");
    }

    private static ValidatableResponse search(RequestSpecification request) {
        return request.when().get("/api/search").then().statusCode(200);
    }

    @Test
    void theArticlesKeepTheMostSpecificSystem() {
        given().when().get("/api/search?q=qqfamilies+Poland").then().statusCode(200)
                .body("hits.title", contains("Families one"));
        search(fixture().queryParam("weapon", "Leopard 2A8")).body("total", is(2))
                .body("hits.title", containsInAnyOrder("Families one", "Families two"));
    }

    @Test
    void aFamilyFindsItsVariantsAndItself() {
        search(fixture().queryParam("weapon", "Leopard 2")).body("total", is(3))
                .body("hits.title", containsInAnyOrder("Families one", "Families two", "Families three"));
        search(fixture().queryParam("weapon", "KC-46")).body("hits.title", contains("Families four"));
    }

    @Test
    void theFacetNestsVariantsUnderTheirFamilyWithHonestCounts() {
        ValidatableResponse response = search(fixture()).body("total", is(5));
        // the family counts the articles naming it or any of its variants, each once
        response.body("facets.weapons.find { it.value == 'Leopard 2' }.count", is(3))
                .body("facets.weapons.find { it.value == 'Leopard 2' }.variants.value",
                        contains("Leopard 2A8", "Leopard 2A7"))
                .body("facets.weapons.find { it.value == 'Leopard 2' }.variants.count", contains(2, 1))
                .body("facets.weapons.find { it.value == 'KC-46' }.count", is(1))
                .body("facets.weapons.find { it.value == 'KC-46' }.variants.value", contains("KC-46A"))
                // a system without variants has no list; variants are not repeated at the top level
                .body("facets.weapons.find { it.value == 'S-400' }.count", is(1))
                .body("facets.weapons.find { it.value == 'S-400' }.variants", nullValue())
                .body("facets.weapons.findAll { it.value == 'Leopard 2A8' || it.value == 'KC-46A' }", empty());
    }

    @Test
    void valuesStayOredAcrossLevelsAndSelectedVariantsShowUnderTheirFamily() {
        ValidatableResponse response = search(fixture().queryParam("weapon", "Leopard 2A7", "S-400"))
                .body("total", is(2))
                .body("hits.title", containsInAnyOrder("Families two", "Families five"));
        // the facet's own counts ignore its selection; the selected variant is marked where it is shown
        response.body("facets.weapons.find { it.value == 'Leopard 2' }.count", is(3))
                .body("facets.weapons.find { it.value == 'Leopard 2' }.variants.find { it.value == 'Leopard 2A7' }.selected",
                        is(true))
                .body("facets.weapons.find { it.value == 'S-400' }.selected", is(true));
    }

    @Test
    void excludingAFamilyExcludesItsVariants() {
        search(fixture().queryParam("not-weapon", "Leopard 2")).body("total", is(2))
                .body("hits.title", containsInAnyOrder("Families four", "Families five"));
        search(fixture().queryParam("not-weapon", "Leopard 2A8")).body("total", is(3));
    }

    @Test
    void aFamilysPageCountsItsVariantsAndListsThem() {
        // Entity pages count the whole archive (other test classes load the samples, which name
        // Leopard tanks too), so counts are compared with the search they link to, not fixed numbers.
        long family = given().queryParam("weapon", "Leopard 2").when().get("/api/search").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        long variant = given().queryParam("weapon", "Leopard 2A8").when().get("/api/search").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        given().when().get("/api/weapons/Leopard 2").then().statusCode(200)
                .body("articles", is((int) family))
                .body("variants.value", hasItems("Leopard 2A8", "Leopard 2A7"))
                .body("variants.find { it.value == 'Leopard 2A8' }.count", is((int) variant))
                .body("variants.find { it.value == 'Leopard 2A8' }.url", is("/weapons/Leopard%202A8"))
                .body("family", nullValue())
                // its own variants are no companions of the family: they are listed as variants
                .body("companions.weapons.findAll { it.value.startsWith('Leopard 2') }", empty());
        given().when().get("/api/weapons/Leopard 2A8").then().statusCode(200)
                .body("articles", is((int) variant))
                .body("family.value", is("Leopard 2"))
                .body("family.url", is("/weapons/Leopard%202"))
                .body("family.count", is((int) family))
                .body("variants", empty())
                // a sibling named in the same article is a companion; the family is not
                .body("companions.weapons.value", hasItem("Leopard 2A7"))
                .body("companions.weapons.value", not(hasItem("Leopard 2")));
        String html = given().accept("text/html").when().get("/weapons/Leopard 2").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<h2 id=\"variants-heading\">Variants</h2>"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("href=\"/weapons/Leopard%202A8\""), html);
    }
}
