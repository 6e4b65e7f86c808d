package io.sightline.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Fingerprint of an article's text that survives re-formatting: case, accents, punctuation,
 * quotes and white space are normalised away before hashing, so the same story saved as
 * HTML and as plain text counts as one article.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String title, String body) {
        String text = normalise(title) + "\n" + normalise(body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return isAscii(text) ? normaliseAscii(text) : normaliseUnicode(text);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same result as the general path for ASCII text (no decompositions or marks there; letters
     * and digits are [A-Za-z0-9]), in one pass instead of a normalisation and two regular
     * expressions: every import hashes each article's title and body, and the general path was 30
     * of ~1,200 samples of a 10,000-article import's profile (issue 13). ContentHashTest compares the two.
     */
    static String normaliseAscii(String text) {
        StringBuilder normal = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
            if (!letterOrDigit) {
                gap = normal.length() > 0;
                continue;
            }
            if (gap) {
                normal.append(' ');
                gap = false;
            }
            normal.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return normal.toString();
    }

    /** Accents and other marks dropped (NFKD), lower case, every run of other characters one space. */
    static String normaliseUnicode(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
