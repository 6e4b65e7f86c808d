package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sightline.FreshDataFolder;

/** Import of pages, feeds, zips and multipart uploads over HTTP, on the real engine and store. */
@QuarkusTest
@QuarkusTestResource(FreshDataFolder.class)
class IngestApiTest {

    static byte[] resource(String name) {
        try (var in = IngestApiTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSavedPageIsStoredWithItsMetadataAndWithoutClutterAndOnlyOnce() {
        byte[] page = resource("ingest/cluttered-article.html");
        JsonPath first = given().contentType("text/html").body(page).when().post("/api/articles")
                .then().statusCode(200).extract().jsonPath();
        // (another test may have imported the page from disk first, decoded a little differently: a correction)
        assertEquals(1, first.getInt("created") + first.getInt("alreadyPresent") + first.getInt("updated"));
        given().contentType("text/html").body(page).when().post("/api/articles")
                .then().statusCode(200).body("created", is(0)).body("alreadyPresent", is(1));
        long id = given().queryParam("q", "\"K9 Vidar\"").when().get("/api/search")
                .then().statusCode(200).body("total", is(1)).extract().jsonPath().getLong("hits[0].id");
        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("title", equalTo("Norway orders 24 more K9 howitzers from Hanwha"))
                .body("url", equalTo("https://ndr.example.test/land/2024/03/norway-k9-order"))
                .body("published", equalTo("2024-03-12T08:30:00Z"))
                .body("source", equalTo("Northern Defence Review"))
                .body("body", containsString("\n\nThe contract, worth about 3.5 billion kroner"))
                .body("body", not(containsString("cookies")))
                .body("body", not(containsString("Share on")))
                .body("body", not(containsString("Great news for the army")));
        // the clutter is not searchable either
        given().queryParam("q", "\"ruggedised laptops\"").when().get("/api/search")
                .then().statusCode(200).body("total", is(0));
    }

    @Test
    void rssAndAtomFeedsImportOneArticlePerItemAndXmlIsSniffed() {
        JsonPath rss = given().contentType("application/rss+xml").body(resource("ingest/feed-rss.xml"))
                .when().post("/api/articles").then().statusCode(200).extract().jsonPath();
        assertEquals(3, rss.getInt("created") + rss.getInt("alreadyPresent"));
        // application/xml: RSS or Atom is told by the root element
        JsonPath atom = given().contentType("application/xml").body(resource("ingest/feed-atom.xml"))
                .when().post("/api/articles").then().statusCode(200).extract().jsonPath();
        assertEquals(2, atom.getInt("created") + atom.getInt("alreadyPresent"));
        given().contentType("application/atom+xml").body(resource("ingest/feed-atom.xml"))
                .when().post("/api/articles").then().statusCode(200)
                .body("created", is(0)).body("alreadyPresent", is(2));
        given().queryParam("q", "\"reciprocal access agreement\"").queryParam("source", "Pacific Defence Notes")
                .when().get("/api/search").then().statusCode(200).body("total", is(1))
                .body("hits[0].title", equalTo("Japan & Philippines sign access agreement"));
        given().queryParam("source", "Baltic Security Wire").when().get("/api/search")
                .then().statusCode(200).body("total", is(3));
    }

    @Test
    void invalidXmlIsA400NamingTheProblem() {
        given().contentType("application/rss+xml").body(resource("ingest/invalid.xml"))
                .when().post("/api/articles").then().statusCode(400)
                .body("rejected", is(1))
                .body("rejections[0].origin", equalTo("request body"))
                .body("rejections[0].reason", containsString("invalid XML at line"));
    }

    @Test
    void undecodableBytesAreRejectedNotStoredAsGarbage() {
        byte[] latin1 = "Title caf\u00e9\n\nBody with caf\u00e9 in Latin-1 but declared UTF-8."
                .getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("text/plain; charset=UTF-8").body(latin1).when().post("/api/articles")
                .then().statusCode(400).body("rejections[0].reason", containsString("not valid UTF-8"));
    }

    @Test
    void aZipBodyImportsEveryFileAndReportsTheBadOnes() throws IOException {
        String unique = Long.toString(System.nanoTime());
        byte[] zip = zip(List.of(
                new Entry("a/first.txt", ("Zip article one " + unique + "\n\n2024-02-01\n\nDanish frigates sailed.")
                        .getBytes(StandardCharsets.UTF_8)),
                new Entry("a/b/second.jsonl", ("{\"title\":\"Zip article two " + unique
                        + "\",\"body\":\"Dutch F-35s landed.\"}\n").getBytes(StandardCharsets.UTF_8)),
                new Entry("broken.xml", resource("ingest/invalid.xml")),
                new Entry("empty.html", new byte[0])));
        given().contentType("application/zip").body(zip).when().post("/api/articles")
                .then().statusCode(200)
                .body("created", is(2))
                .body("rejected", is(2))
                .body("rejections.origin", hasItem("request body!/broken.xml"))
                .body("rejections.reason", hasItem("empty file"));
    }

    @Test
    void multipartUploadsImportManyFilesEachInItsOwnFormat() {
        String unique = Long.toString(System.nanoTime());
        JsonPath answer = given()
                .multiPart("files", "page.html", resource("ingest/jsonld-article.html"), "text/html")
                .multiPart("files", "news.rss", resource("ingest/feed-rss.xml"), "application/octet-stream")
                .multiPart("files", "note.txt", ("Multipart note " + unique + "\n\nA Finnish brigade exercised.")
                        .getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "bad.xml", resource("ingest/invalid.xml"), "application/xml")
                .multiPart("source", "Uploads test")
                .when().post("/api/articles")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(5, answer.getInt("created") + answer.getInt("alreadyPresent"), answer.prettify());
        assertEquals(1, answer.getInt("rejected"));
        assertEquals("upload bad.xml", answer.getString("rejections[0].origin"));
        given().queryParam("q", "\"Multipart note " + unique + "\"").when().get("/api/search")
                .then().statusCode(200).body("total", is(1)).body("hits[0].source", equalTo("Uploads test"));
    }

    @Test
    void theUploadPageImportsFilesAndShowsTheSummary() {
        given().when().get("/import").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("name=\"files\""));
        String unique = Long.toString(System.nanoTime());
        String page = FormTokens.multipart()
                .multiPart("files", "one.txt", ("Upload page article " + unique + "\n\nSwedish Gripen jets flew.")
                        .getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "empty.txt", new byte[0], "text/plain")
                .when().post("/import").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Imported: 1 new, 0 already present, 1 failed."), page);
        assertTrue(page.contains("upload empty.txt"), page);
        assertFalse(page.contains("name=\"apiKey\""), "no key field when no key is configured");
    }

    @Test
    void anUnknownBinaryTypeIsStillA400() {
        given().contentType("image/png").body(new byte[] {1, 2, 3}).when().post("/api/articles")
                .then().statusCode(400).body("error", containsString("Unsupported Content-Type"))
                .body("error", containsString("text/html"));
    }

    record Entry(String name, byte[] content) {
    }

    static byte[] zip(List<Entry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.content());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
