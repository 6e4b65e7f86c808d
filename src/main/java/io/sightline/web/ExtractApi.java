package io.sightline.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import io.sightline.extract.EntityExtractor;
import io.sightline.extract.Extraction;
import io.sightline.extract.Mention;

/**
 * Entity extraction as a service: {@code POST /api/extract} with a {@code text/plain} body
 * (UTF-8, at most {@value #MAX_BYTES} bytes) answers the people, countries and weapons systems
 * with every mention's offsets (characters, end exclusive) and text.
 */
@Path("/api/extract")
public class ExtractApi {

    static final int MAX_BYTES = 1_000_000;

    /** A mention: [start, end) in the posted text, and the text there. */
    public record MentionJson(int start, int end, String text) {
    }

    public record PersonJson(String name, List<MentionJson> mentions) {
    }

    public record CountryJson(String code, String name, List<MentionJson> mentions) {
    }

    public record WeaponJson(String name, String type, List<String> origin, List<MentionJson> mentions) {
    }

    public record Answer(List<PersonJson> people, List<CountryJson> countries, List<WeaponJson> weapons) {
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
        return new Answer(
                extraction.people().stream().map(p -> new PersonJson(p.name(), mentions(text, p.mentions()))).toList(),
                extraction.countries().stream()
                        .map(c -> new CountryJson(c.code(), c.name(), mentions(text, c.mentions()))).toList(),
                extraction.weapons().stream()
                        .map(w -> new WeaponJson(w.name(), w.type(), w.origins(), mentions(text, w.mentions()))).toList());
    }

    private static List<MentionJson> mentions(String text, List<Mention> mentions) {
        return mentions.stream().map(m -> new MentionJson(m.start(), m.end(), text.substring(m.start(), m.end())))
                .toList();
    }
}
