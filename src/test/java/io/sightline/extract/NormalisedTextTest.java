package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.sightline.extract.NormalisedText.CharacterKind;

/**
 * The normaliser before tokenising: each row is an input (Java escapes written as \\uXXXX in the
 * table), the character kind it shows and the normalised text; every mention keeps the ORIGINAL
 * offsets.
 */
class NormalisedTextTest {

    private static final DefaultEntityExtractor EXTRACTOR = new DefaultEntityExtractor();

    /** "\\u200B" in a table cell becomes the character U+200B. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // invisible marks: removed inside a word, a space at a lower/upper junction
            "Li\\u200BShangfu|INVISIBLE|Li Shangfu",
            "Shang\\u00ADfu|INVISIBLE|Shangfu",
            "Friedrich\\u00ADMerz|INVISIBLE|Friedrich Merz",
            "Peskov\\u200F said|INVISIBLE|Peskov said",
            "Price:\\u200E\\u202A Secretary|INVISIBLE|Price: Secretary",
            "\\uFEFFWashington|INVISIBLE|Washington",
            "Zel\\u200Denskyy and Kh\\u200Camenei|INVISIBLE|Zelenskyy and Khamenei",
            "Su\\u2060-35|INVISIBLE|Su-35",
            "al-\\u2066Baghdadi\\u2069|INVISIBLE|al-Baghdadi",
            // space variants
            "Antony J.\\u00A0Blinken|SPACE|Antony J. Blinken",
            "Kim\\u202FJong\\u2009Un|SPACE|Kim Jong Un",
            "Xi\\u3000Jinping|SPACE|Xi Jinping",
            // apostrophes and primes
            "O\\u2019Brien\\u2019s|APOSTROPHE|O'Brien's",
            "\\u2018quoted\\u2019|APOSTROPHE|'quoted'",
            "Ma\\u02BCmun and \\u201Blow\\u201A|APOSTROPHE|Ma'mun and 'low'",
            "Hawai\\u02BBi 5\\u2032|APOSTROPHE|Hawai'i 5'",
            // double quotes
            "\\u201CBayraktar\\u201D and \\u201Elow\\u201F|QUOTE|\"Bayraktar\" and \"low\"",
            // hyphen variants
            "Su\\u201135 and MiG\\u201029|HYPHEN|Su-35 and MiG-29",
            "F\\u201216 at \\u22125 C|HYPHEN|F-16 at -5 C",
            // an en dash joins only between letters or digits
            "Su\\u201335 in 1990\\u201395|JOINING_DASH|Su-35 in 1990-95",
            "Kyiv \\u2013 Russia|JOINING_DASH|Kyiv \\u2013 Russia",
            // fullwidth forms
            "\\uFF33\\uFF55\\uFF0D\\uFF13\\uFF15|FULLWIDTH|Su-35",
            // decomposed accents are composed
            "Erdog\\u0306an|KEPT|Erdo\\u011Fan",
            "Nause\\u0307da and Macro\\u0301n|KEPT|Naus\\u0117da and Macr\\u00F3n",
            "plain ASCII text|KEPT|plain ASCII text",
    })
    void normalises(String input, CharacterKind kind, String expected) {
        String original = unescape(input);
        NormalisedText n = NormalisedText.of(original);
        assertEquals(unescape(expected), n.text());
        assertTrue(original.chars().anyMatch(c -> CharacterKind.of((char) c) == kind)
                || kind == CharacterKind.KEPT, "the row shows its kind");
        // round trip: every normalised character maps inside the original, in order, and a kept
        // character maps to itself
        int previousEnd = 0;
        for (int i = 0; i < n.text().length(); i++) {
            Mention m = n.toOriginal(i, i + 1);
            assertTrue(m.start() >= previousEnd - 1 && m.end() <= original.length() && m.start() < m.end(), "char " + i);
            if (m.end() - m.start() == 1 && CharacterKind.of(original.charAt(m.start())) == CharacterKind.KEPT) {
                assertEquals(original.charAt(m.start()), n.text().charAt(i));
            }
            previousEnd = m.end();
        }
        Mention whole = n.toOriginal(0, n.text().length());
        assertTrue(whole.end() <= original.length());
    }

    @Test
    void everyCharacterOfAKindIsClassifiedSo() {
        assertEquals(CharacterKind.INVISIBLE, CharacterKind.of('\u200B'));
        assertEquals(CharacterKind.SPACE, CharacterKind.of('\u00A0'));
        assertEquals(CharacterKind.APOSTROPHE, CharacterKind.of('\u2019'));
        assertEquals(CharacterKind.QUOTE, CharacterKind.of('\u201C'));
        assertEquals(CharacterKind.HYPHEN, CharacterKind.of('\u2011'));
        assertEquals(CharacterKind.JOINING_DASH, CharacterKind.of('\u2013'));
        assertEquals(CharacterKind.FULLWIDTH, CharacterKind.of('\uFF21'));
        assertEquals(CharacterKind.KEPT, CharacterKind.of('\u2014'));
    }

    /**
     * Each row: a text with invisible or variant characters, the entity value expected, and the
     * ORIGINAL surface every mention of it must cover (with its marks), so pages highlight the right
     * characters.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Defence Minister Li\\u200BShangfu met officials.|PERSON|Li Shangfu|Li\\u200BShangfu",
            "President Recep Tayyip Erdog\\u0306an spoke.|PERSON|Recep Tayyip Erdogan|Recep Tayyip Erdog\\u0306an",
            "\\u200E\\u200FPresident Vladimir\\u00A0Putin\\u200F said.|PERSON|Vladimir Putin|Vladimir\\u00A0Putin",
            "Secretary Antony\\u00ADBlinken\\u2019s visit.|PERSON|Antony Blinken|Antony\\u00ADBlinken",
            "India bought the Su\\u201130MKI and the Su\\u201130MKI fleet grew.|WEAPON|Su-30MKI|Su\\u201130MKI",
            "Russia fired a Kh\\u2212101 at Kyiv.|WEAPON|Kh-101|Kh\\u2212101",
            "Troops from \\uFF26\\uFF52\\uFF41\\uFF4E\\uFF43\\uFF45 arrived.|COUNTRY|FR|\\uFF26\\uFF52\\uFF41\\uFF4E\\uFF43\\uFF45",
            "\\u201CUkraine\\u201D said|COUNTRY|UA|Ukraine",
    })
    void mentionsKeepOriginalOffsets(String input, EntityType type, String value, String surface) {
        String original = unescape(input);
        Extraction x = EXTRACTOR.extract(original);
        List<? extends ExtractedEntity> found = x.entities(type).stream().filter(e -> e.value().equals(value)).toList();
        assertEquals(1, found.size(), () -> type + " " + value + " in " + x);
        List<String> surfaces = found.get(0).mentions().stream().map(m -> original.substring(m.start(), m.end()))
                .distinct().collect(Collectors.toList());
        assertEquals(List.of(unescape(surface)), surfaces);
    }

    @Test
    void longRunsOfMarksAreKeptNotComposed() {
        String original = "a" + "\u0301".repeat(NormalisedText.MAX_CLUSTER * 4) + " Vladimir Putin";
        NormalisedText n = NormalisedText.of(original);
        assertEquals(original, n.text());
        assertEquals(new Mention(original.length() - 14, original.length()), n.toOriginal(n.text().length() - 14, n.text().length()));
    }
}
