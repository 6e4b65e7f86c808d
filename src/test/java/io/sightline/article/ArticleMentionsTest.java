package io.sightline.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.sightline.Fixtures;
import io.sightline.extract.DefaultEntityExtractor;
import io.sightline.extract.EntityExtractor;
import io.sightline.extract.EntityType;
import io.sightline.extract.ExtractedEntity;
import io.sightline.extract.Extraction;
import io.sightline.extract.Mention;

/** The stored form of an article's mentions: what is read back is the extraction's body part, unchanged. */
class ArticleMentionsTest {

    static final EntityExtractor EXTRACTOR = new DefaultEntityExtractor();

    /** Each mention as "type value description start-end", in the body's offsets. */
    static List<String> marks(Extraction extraction, int shift) {
        List<String> marks = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            for (ExtractedEntity entity : extraction.entities(type)) {
                for (Mention m : entity.mentions()) {
                    if (m.start() >= shift) {
                        marks.add(type + " " + entity.value() + " " + entity.description() + " " + entity.attributes()
                                + " " + (m.start() - shift) + "-" + (m.end() - shift));
                    }
                }
            }
        }
        return marks;
    }

    @Test
    void theSeedsBodyMentionsComeBackWithEveryAttributeAndTheTitleIsLeftOut() {
        String seed = Fixtures.seed().strip();
        String title = seed.substring(0, seed.indexOf('\n'));
        String body = seed.substring(seed.indexOf('\n')).strip();
        Extraction extraction = EXTRACTOR.extract(title, body);
        int offset = EntityExtractor.bodyOffset(title);

        String stored = ArticleMentions.encode(extraction, offset, body.length());
        Extraction read = ArticleMentions.decode(stored);

        assertEquals(marks(extraction, offset), marks(read, 0));
        // the title's mentions ("US", "Chinese", "Putin") are not body mentions
        assertTrue(marks(extraction, 0).size() > marks(read, 0).size(), stored);
        for (String mark : marks(read, 0)) {
            String[] range = mark.substring(mark.lastIndexOf(' ') + 1).split("-");
            String text = body.substring(Integer.parseInt(range[0]), Integer.parseInt(range[1]));
            // offsets point at a name in the body: it starts with a capital ("Li Shangfu", "Chinese", "S-400")
            assertTrue(Character.isUpperCase(text.charAt(0)), mark + ": " + text);
        }
    }

    @Test
    void anArticleWithoutEntitiesStoresAnEmptyObject() {
        assertEquals("{}", ArticleMentions.encode(Extraction.EMPTY, 0, 10));
        assertEquals(Extraction.EMPTY, ArticleMentions.decode("{}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "not json", "{\"people\": [{\"name\": \"A\", \"mentions\": [1, 2]}"})
    void anUnreadableStoredFormIsAClearError(String stored) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleMentions.decode(stored));
        assertTrue(e.getMessage().startsWith("unreadable stored mentions"), e.getMessage());
    }
}
