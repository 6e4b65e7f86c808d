package io.sightline.article;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sightline.extract.CountryEntity;
import io.sightline.extract.EntityType;
import io.sightline.extract.ExtractedEntity;
import io.sightline.extract.Extraction;
import io.sightline.extract.Mention;
import io.sightline.extract.OrganisationEntity;
import io.sightline.extract.PersonEntity;
import io.sightline.extract.WeaponEntity;

/**
 * The entity mentions of an article's body as stored in {@code article.mentions}
 * (V100__article_mentions.sql), so that its page marks them without extracting again: extraction
 * of a large article on every view took 31 s for 600 kB (issue 10, finding 4).
 *
 * <p>The form is one JSON object per article, keyed by {@link EntityType#plural}; each entity has
 * the fields of {@code /api/extract} ({@link ExtractedEntity#attributes()}) and its mentions as a
 * flat array {@code [start, end, start, end …]} of character offsets into the body (end
 * exclusive). One text column rather than a row per mention keeps an import to one insert per
 * article: the seed article's 25 entities with 85 mentions take 2.3 kB beside its 4.3 kB body.
 * Only body mentions are kept, because the page marks the body only; values are as the extraction
 * gave them (curated then); the page applies the curation rules in force when it is shown.
 */
public final class ArticleMentions {

    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    private static final ObjectMapper JSON = new ObjectMapper(JSON_FACTORY);
    private static final String MENTIONS = "mentions";

    private ArticleMentions() {
    }

    /**
     * The stored form of the mentions in the body of an extraction of "title\n\nbody".
     *
     * @param bodyOffset where the body starts in the extracted text (mentions before it, in the title, are left out)
     * @param bodyLength the body's length: a mention reaching beyond it is cut
     */
    public static String encode(Extraction extraction, int bodyOffset, int bodyLength) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = JSON_FACTORY.createGenerator(out)) {
            json.writeStartObject();
            for (EntityType type : EntityType.values()) {
                boolean typeOpen = false;
                for (ExtractedEntity entity : extraction.entities(type)) {
                    List<Mention> inBody = entity.mentions().stream()
                            .filter(m -> m.start() >= bodyOffset && m.start() - bodyOffset < bodyLength).toList();
                    if (inBody.isEmpty()) {
                        continue;
                    }
                    if (!typeOpen) {
                        json.writeArrayFieldStart(type.plural);
                        typeOpen = true;
                    }
                    json.writeStartObject();
                    for (Map.Entry<String, Object> field : entity.attributes().entrySet()) {
                        json.writeFieldName(field.getKey());
                        json.writeObject(field.getValue());
                    }
                    json.writeArrayFieldStart(MENTIONS);
                    for (Mention m : inBody) {
                        json.writeNumber(m.start() - bodyOffset);
                        json.writeNumber(Math.min(m.end() - bodyOffset, bodyLength));
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                if (typeOpen) {
                    json.writeEndArray();
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * The stored mentions as an extraction of the body.
     *
     * @throws IllegalArgumentException when the stored form cannot be read (the page then shows no marks)
     */
    public static Extraction decode(String stored) {
        JsonNode root;
        try {
            root = JSON.readTree(stored);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable stored mentions: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("unreadable stored mentions: not a JSON object");
        }
        Map<EntityType, List<ExtractedEntity>> byType = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            List<ExtractedEntity> entities = new ArrayList<>();
            for (JsonNode entity : root.path(type.plural)) {
                List<Mention> mentions = new ArrayList<>();
                JsonNode offsets = entity.path(MENTIONS);
                for (int i = 0; i + 1 < offsets.size(); i += 2) {
                    mentions.add(new Mention(offsets.get(i).asInt(), offsets.get(i + 1).asInt()));
                }
                entities.add(entity(type, entity, List.copyOf(mentions)));
            }
            byType.put(type, entities);
        }
        return new Extraction(byType);
    }

    /** The entity of a type from its {@link ExtractedEntity#attributes()}. */
    private static ExtractedEntity entity(EntityType type, JsonNode fields, List<Mention> mentions) {
        return switch (type) {
            case PERSON -> new PersonEntity(fields.path("name").asText(), mentions);
            case COUNTRY -> new CountryEntity(fields.path("code").asText(), fields.path("name").asText(), mentions);
            case WEAPON -> {
                List<String> origins = new ArrayList<>();
                fields.path("origin").forEach(origin -> origins.add(origin.asText()));
                yield new WeaponEntity(fields.path("name").asText(), fields.path("type").asText(), List.copyOf(origins),
                        mentions);
            }
            case ORGANISATION -> new OrganisationEntity(fields.path("name").asText(), fields.path("kind").asText(),
                    fields.path("country").asText(), mentions);
        };
    }
}
