package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped people model, its training and its combination with the rules. */
class PersonTaggerTest {

    private static final PersonTagger MODEL = PersonTagger.shipped();
    private static final DefaultEntityExtractor RULES = new DefaultEntityExtractor();

    private static Set<String> spans(String text) {
        return MODEL.find(text).stream().map(s -> text.substring(s.start(), s.end())).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The militants were led by Abu Hamza al-Tikriti, a former officer.; Abu Hamza al-Tikriti",
            "The cleric Yusuf Qaradawi died on Monday.; Yusuf Qaradawi",
            "Egyptian-born militant Khaled Ashour was arrested.; Khaled Ashour"})
    void theShippedModelTagsNamesInTheirContexts(String text, String name) {
        assertTrue(spans(text).contains(name), spans(text).toString());
    }

    @Test
    void trainingIsDeterministicAndLearnsFromSilverLabels() throws IOException {
        List<PersonTaggerTrainer.Example> examples = List.of(
                PersonTaggerTrainer.label("Minister Daro Velkin said the talks ended.",
                        RULES.extract("Minister Daro Velkin said the talks ended.")),
                PersonTaggerTrainer.label("Foreign Minister Sergei Lavrov met Antony Blinken.",
                        RULES.extract("Foreign Minister Sergei Lavrov met Antony Blinken.")));
        Map<String, float[]> first = new PersonTaggerTrainer().train(examples, 3);
        Map<String, float[]> second = new PersonTaggerTrainer().train(examples, 3);
        assertEquals(write(first), write(second));
        // a known given name learnt as the start of a name
        float[] given = first.get("g=given+known");
        assertTrue(given[PersonTagger.Tag.B.ordinal()] > given[PersonTagger.Tag.O.ordinal()], first.keySet().toString());
    }

    @Test
    void aMalformedModelFileNamesTheLine() {
        byte[] bad = "# header\nw=putin\t0.1\t0.2\n".getBytes(StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PersonTagger.read(new ByteArrayInputStream(bad)));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
    }

    @Test
    void theCombinationAddsNoPlaceCompanyOrPartOfAKnownName() {
        PeopleModelCombiner both = new PeopleModelCombiner(RULES, PeopleModelCombiner.Mode.BOTH);
        Extraction x = both.extract("Flights resumed at Ben Gurion Airport. Lockheed Martin Corporation won. "
                + "Egyptian President Abdel Fattah al-Sisi met the envoy; Sisi said little.");
        assertEquals(Set.of("Abdel Fattah el-Sisi"), x.personNames());
    }

    @Test
    void theCombinationKeepsTheRulesExtraction() {
        PeopleModelCombiner both = new PeopleModelCombiner(RULES, PeopleModelCombiner.Mode.BOTH);
        String text = "Chinese Defence Minister Li Shangfu met Russian President Vladimir Putin in Moscow.";
        Extraction rules = RULES.extract(text);
        Extraction combined = both.extract(text);
        assertEquals(rules.personNames(), combined.personNames());
        assertEquals(rules.countryCodes(), combined.countryCodes());
    }

    private static String write(Map<String, float[]> weights) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PersonTagger.write(weights, out);
        return java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
