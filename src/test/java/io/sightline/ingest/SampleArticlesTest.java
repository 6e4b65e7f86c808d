package io.sightline.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SampleArticlesTest {

    @Inject
    SampleArticles samples;

    @Test
    void theSampleArticlesLoadCompletelyAndOnlyOnce() {
        ImportReport first = samples.load();
        assertEquals(0, first.getRejected(), () -> first.getRejections().toString());
        int total = first.getCreated() + first.getAlreadyPresent();
        assertTrue(total >= 30, "at least 30 sample articles, got " + total);
        ImportReport again = samples.load();
        assertEquals(0, again.getCreated());
        assertEquals(total, again.getAlreadyPresent());
        given().queryParam("source", "Sightline sample (fictional)").when().get("/api/search")
                .then().statusCode(200).body("total", is(total));
    }
}
