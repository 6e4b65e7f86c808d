package io.sightline.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import io.sightline.extract.EntityExtractor;
import io.sightline.extract.EntityType;
import io.sightline.extract.ExtractedEntity;
import io.sightline.extract.Extraction;
import io.sightline.extract.Mention;

/**
 * Entity extraction as a service: {@code POST /api/extract} with a {@code text/plain} body
 * (UTF-8, at most {@value #MAX_BYTES} bytes) answers the entities of every {@link EntityType}
 * (people, countries, weapons systems ...) with every mention's offsets (characters, end
 * exclusive) and text.
 */
@Path("/api/extract")
public class ExtractApi {

    static final int MAX_BYTES = 1_000_000;

    /** A mention: [start, end) in the posted text, and the text there. */
    public record MentionJson(int start, int end, String text) {
    }

    /**
     * The answer: one key per {@link EntityType} (its plural: "people", "countries" ...), each a list
     * of entities with their own fields ({@link ExtractedEntity#attributes()}) and "mentions".
     */
    public record Answer(@JsonIgnore Map<EntityType, List<Map<String, Object>>> entities) {

        @JsonAnyGetter
        public Map<String, List<Map<String, Object>>> byPlural() {
            Map<String, List<Map<String, Object>>> byName = new LinkedHashMap<>();
            entities.forEach((type, list) -> byName.put(type.plural, list));
            return byName;
        }
    }

    private final EntityExtractor extractor;

    ExtractApi(EntityExtractor extractor) {
        this.extractor = extractor;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Answer extract(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain")) {
            throw new BadRequest("Send the text as Content-Type: text/plain (UTF-8).");
        }
        if (body == null || body.length == 0) {
            throw new BadRequest("The text is empty.");
        }
        if (body.length > MAX_BYTES) {
            throw new BadRequest("The text is larger than " + MAX_BYTES + " bytes; split it.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest("The body is not UTF-8 text.");
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadRequest("The body is binary data, not text.");
        }
        if (text.isBlank()) {
            throw new BadRequest("The text is empty.");
        }
        Extraction extraction = extractor.extract(text);
        Map<EntityType, List<Map<String, Object>>> entities = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ExtractedEntity entity : extraction.entities(type)) {
                Map<String, Object> json = new LinkedHashMap<>(entity.attributes());
                json.put("mentions", mentions(text, entity.mentions()));
                list.add(json);
            }
            entities.put(type, list);
        }
        return new Answer(entities);
    }

    private static List<MentionJson> mentions(String text, List<Mention> mentions) {
        return mentions.stream().map(m -> new MentionJson(m.start(), m.end(), text.substring(m.start(), m.end())))
                .toList();
    }
}
