package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.sightline.extract.EntityType;

@QuarkusTest
class EntityStylesTest {

    @ParameterizedTest
    @EnumSource(EntityType.class)
    void everyTypeHasItsColourRule(EntityType type) {
        given().when().get("/entities.css").then().statusCode(200).contentType(containsString("text/css"))
                .body(containsString(".mention." + type.singular + " { background: " + type.colour + "; }"));
    }
}
