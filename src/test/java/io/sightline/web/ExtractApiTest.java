package io.sightline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.sightline.extract.EntityType;

@QuarkusTest
class ExtractApiTest {

    @Test
    void answersEntitiesWithMentionOffsets() {
        String text = "Chinese Defence Minister Li Shangfu met Russian President Vladimir Putin; Li praised the S-400.";
        given().contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("people.name", hasItems("Li Shangfu", "Vladimir Putin"))
                .body("people.find { it.name == 'Li Shangfu' }.mentions.text", hasItems("Li Shangfu", "Li"))
                .body("people.find { it.name == 'Vladimir Putin' }.mentions[0].start", equalTo(text.indexOf("Vladimir")))
                .body("countries.code", hasItems("CN", "RU"))
                .body("countries.find { it.code == 'CN' }.name", equalTo("China"))
                .body("countries.find { it.code == 'CN' }.mentions[0].text", equalTo("Chinese"))
                .body("weapons.find { it.name == 'S-400' }.type", equalTo("surface-to-air missile system"))
                .body("weapons.find { it.name == 'S-400' }.mentions[0].text", equalTo("S-400"));
    }

    @Test
    void everyEntityTypeHasItsKeyEvenWhenNothingIsFound() {
        var answer = given().contentType("text/plain").body("Nothing to see here.".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/extract").then().statusCode(200);
        for (EntityType type : EntityType.values()) {
            answer.body(type.plural, empty());
        }
    }

    @Test
    void badInputIsA400WithAMessage() {
        given().contentType("text/plain").body(new byte[0]).when().post("/api/extract")
                .then().statusCode(400).body("error", containsString("empty"));
        given().contentType("text/plain").body("   \n ".getBytes(StandardCharsets.UTF_8)).when().post("/api/extract")
                .then().statusCode(400).body("error", containsString("empty"));
        given().contentType("text/plain").body(new byte[] { (byte) 0xC3, (byte) 0x28, 0x41 }).when().post("/api/extract")
                .then().statusCode(400).body("error", containsString("UTF-8"));
        given().contentType("text/plain").body(new byte[] { 0x41, 0x00, 0x42 }).when().post("/api/extract")
                .then().statusCode(400).body("error", containsString("binary"));
        given().contentType("text/plain").body(new byte[ExtractApi.MAX_BYTES + 1]).when().post("/api/extract")
                .then().statusCode(400).body("error", containsString("larger than"));
        given().contentType("application/json").body("{}".getBytes(StandardCharsets.UTF_8)).when().post("/api/extract")
                .then().statusCode(400).body("error", containsString("text/plain"));
    }
}
