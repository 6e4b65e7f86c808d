package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sightline.FreshDataFolder;

/**
 * Issue 10, finding 6: each request that answered 500 before answers 2xx or 4xx now, against
 * the running app. (Random requests of the same grammar: HttpFuzzTest.)
 */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class BadParametersTest {

    @ParameterizedTest(name = "{0}?{1}")
    @CsvSource(delimiter = '|', value = {
            "/api/search          | page=107374183",
            "/api/search          | page=2147483647",
            "/search              | page=107374183",
            "/search              | page=2147483647",
            "/api/search          | to=+999999999-12-31",
            "/search              | to=+999999999-12-31",
            "/api/search          | from=-999999999-01-01",
            "/api/export.csv      | to=+999999999-12-31",
            "/api/export.jsonl    | page=2147483647",
            "/search/facets/person  | fpage=42949673",
            "/search/facets/weapon  | fpage=2147483647",
            "/search/facets/source  | fpage=-5"})
    void bigNumbersAndFarDatesAreNever5xx(String path, String query) {
        given().urlEncodingEnabled(false).when().get(path + "?" + query.replace("+", "%2B"))
                .then().statusCode(allOf(greaterThanOrEqualTo(200), lessThan(500)));
    }

    @Test
    void aLongFacetFilterIsNever5xx() {
        String filter = "ab".repeat(125); // 250 characters: over the engine's regular expression limit
        for (String facet : List.of("person", "weapon", "type", "source", "country", "origin")) {
            given().queryParam("filter", filter).when().get("/search/facets/" + facet).then().statusCode(200);
        }
        given().queryParam("q", filter).when().get("/api/suggest").then().statusCode(allOf(greaterThanOrEqualTo(200),
                lessThan(500)));
    }

    @Test
    void aHugeContentTypeIsA400() {
        given().header("Content-Type", "text/plain; x=" + "a".repeat(5000)).body("Title\n\nText.")
                .when().post("/api/articles").then().statusCode(400).body("error", containsString("Content-Type"));
    }

    @Test
    void multipartWithABodyThatIsNotMultipartIsA400() {
        given().header("Content-Type", "multipart/form-data; boundary=xyz").body("just some text, no parts".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles").then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)));
        given().header("Content-Type", "multipart/form-data").body("no boundary either".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles").then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)));
    }

    @Test
    void deeplyNestedRssIsRejectedAndTheGoodFileBesideItInAZipIsImported() throws IOException {
        String deep = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title><item><title>Deep</title>"
                + "<description>" + "<x>".repeat(3000) + "text" + "</x>".repeat(3000)
                + "</description></item></channel></rss>";
        given().contentType("application/rss+xml").body(deep.getBytes(StandardCharsets.UTF_8)).when().post("/api/articles").then().statusCode(400)
                .body("rejections[0].reason", containsString("nest"));
        String unique = Long.toString(System.nanoTime());
        byte[] zip = IngestApiTest.zip(List.of(
                new IngestApiTest.Entry("deep.xml", deep.getBytes(StandardCharsets.UTF_8)),
                new IngestApiTest.Entry("good.txt", ("Good neighbour " + unique
                        + "\n\nFinnish K9 Thunder howitzers fired.").getBytes(StandardCharsets.UTF_8))));
        given().contentType("application/zip").body(zip).when().post("/api/articles").then().statusCode(200)
                .body("created", is(1)).body("rejected", is(1))
                .body("rejections[0].origin", containsString("deep.xml"))
                .body("rejections[0].reason", not(containsString("Exception")));
    }
}
