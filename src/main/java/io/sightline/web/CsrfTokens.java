package io.sightline.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * Double-submit CSRF tokens for the pages' forms (no JavaScript needed): the page sets a
 * random token in a SameSite=Strict, HttpOnly cookie and writes the same value into a hidden
 * {@value #FORM_FIELD} field; a form post is genuine when both agree. Another site can make
 * the browser send the cookie neither (SameSite) nor read it to fill the field.
 */
final class CsrfTokens {

    static final String COOKIE = "sightline_csrf";
    static final String FORM_FIELD = "csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /** The browser's token, or a new one set as a cookie on the response. */
    static String tokenFor(HttpServerRequest request, HttpServerResponse response) {
        String existing = cookieToken(request);
        if (existing != null) {
            return existing;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        response.addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT));
        return token;
    }

    /** True when the form's token equals the cookie's. */
    static boolean matches(HttpServerRequest request, String formToken) {
        String cookie = cookieToken(request);
        return cookie != null && formToken != null && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII), formToken.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private static String cookieToken(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null || !cookie.getValue().matches("[A-Za-z0-9_-]{32}")) {
            return null;
        }
        return cookie.getValue();
    }
}
