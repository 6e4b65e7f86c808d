package io.sightline;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.restassured.response.ValidatableResponse;

/** Test fixtures shared by the HTTP scenarios. */
public final class Fixtures {

    public static final String SEED_TITLE = "US-Sanctioned Chinese Defence Minister Calls on Putin";

    private Fixtures() {
    }

    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String seed() {
        return resource("seed/000_4a3cdf3e49b9654c.txt");
    }

    /** Imports (or finds already present) the seed article. */
    public static ValidatableResponse importSeed() {
        return given().contentType("text/plain").body(seed())
                .queryParam("source", "Seed")
                .when().post("/api/articles")
                .then().statusCode(200);
    }

    /** The id of the seed article, importing it first if needed. */
    public static long seedId() {
        importSeed();
        return given().queryParam("q", "\"" + SEED_TITLE + "\"").when().get("/api/search")
                .then().statusCode(200).extract().jsonPath().getLong("hits[0].id");
    }

    /** Imports a JSON Lines fixture from src/test/resources/fixtures (idempotent). */
    public static void importFixture(String name) {
        given().contentType("application/x-ndjson")
                .body(resource("fixtures/" + name).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(200);
    }

    /** Deletes an article's rows with plain SQL: Hibernate Search and the index outbox see nothing. */
    public static void deleteRowsBehindTheIndex(long id) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            var em = io.sightline.article.Article.getEntityManager();
            // the entity sets are columns of the row (V110)
            em.createNativeQuery("delete from article where id = " + id).executeUpdate();
        });
    }
}
