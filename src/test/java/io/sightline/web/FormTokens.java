package io.sightline.web;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** The pages' CSRF token, as a browser gets it from a page, for tests that post their forms. */
final class FormTokens {

    private FormTokens() {
    }

    static String fromAPage() {
        return given().when().get("/import").then().statusCode(200).extract().cookie(CsrfTokens.COOKIE);
    }

    /** A url-encoded form post that carries the token in its cookie and its field. */
    static RequestSpecification form() {
        String token = fromAPage();
        return given().cookie(CsrfTokens.COOKIE, token).formParam(CsrfTokens.FORM_FIELD, token);
    }

    /** A multipart form post that carries the token in its cookie and its field. */
    static RequestSpecification multipart() {
        String token = fromAPage();
        return given().cookie(CsrfTokens.COOKIE, token).multiPart(CsrfTokens.FORM_FIELD, token);
    }
}
