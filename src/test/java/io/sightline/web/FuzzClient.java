package io.sightline.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The HTTP side of the property-based tests: sends a request to the running app whose address
 * {@link HttpFuzzTest} puts in the system property {@value #BASE_PROPERTY}, and answers the
 * status with the start of the body (for the failure report).
 */
final class FuzzClient {

    static final String BASE_PROPERTY = "sightline.fuzz.base-url";

    /** One answer: status and the first characters of the body. */
    record Answer(int status, String body) {
        boolean isServerError() {
            return status >= 500;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FuzzClient() {
    }

    static String base() {
        String base = System.getProperty(BASE_PROPERTY);
        if (base == null) {
            throw new IllegalStateException("These properties run against the app started by HttpFuzzTest ("
                    + BASE_PROPERTY + " is not set)");
        }
        return base;
    }

    static Answer get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + sendable(pathAndQuery))).GET());
    }

    /**
     * What a client can put on the wire for a typed address: the fragment (from the first '#')
     * is never sent, and characters a URI may not hold are percent-encoded (a stray '%' too),
     * so that every generated case reaches the server instead of failing in the client.
     */
    static String sendable(String pathAndQuery) {
        int fragment = pathAndQuery.indexOf('#');
        String sent = fragment < 0 ? pathAndQuery : pathAndQuery.substring(0, fragment);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sent.length(); i += Character.charCount(sent.codePointAt(i))) {
            int c = sent.codePointAt(i);
            boolean escape = c == '%' && isHex(sent, i + 1) && isHex(sent, i + 2);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~:/?@!$&'()*+,;=".indexOf(c) >= 0 || escape)) {
                out.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int at) {
        return at < text.length() && Character.digit(text.charAt(at), 16) >= 0;
    }

    static Answer post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = response.body() == null ? "" : response.body();
        return new Answer(response.statusCode(), body.substring(0, Math.min(300, body.length())));
    }
}
