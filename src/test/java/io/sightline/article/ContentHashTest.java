package io.sightline.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The ASCII shortcut of the normalisation gives exactly what the general path gives: stored hashes stay valid. */
class ContentHashTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Oil", "  Oil prices ROSE, 3.5%\n\tin May -- said Reuters.  ", "a_b", "x--y",
            "\u0000ctl\u001fchars\u007f", "OPEC's 12 members", "...", "F/A-18 Super Hornet", "12 34\r\n56"})
    void asciiShortcutEqualsTheGeneralPath(String text) {
        assertEquals(ContentHash.normaliseUnicode(text), ContentHash.normaliseAscii(text));
        assertEquals(ContentHash.normaliseUnicode(text), ContentHash.normalise(text));
    }

    @Test
    void randomAsciiTextsNormaliseAlikeBothWays() {
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) {
                text[i] = (char) random.nextInt(128);
            }
            String ascii = new String(text);
            assertEquals(ContentHash.normaliseUnicode(ascii), ContentHash.normaliseAscii(ascii), "text: " + ascii);
        }
    }

    @Test
    void nonAsciiTextStillFoldsAccentsAndCase() {
        assertEquals("zelensky s cafe", ContentHash.normalise("ZELENSKY’S Café"));
        assertEquals(ContentHash.of("Cafe", "Zelensky"), ContentHash.of("Café", "ZELENSKY"));
    }
}
