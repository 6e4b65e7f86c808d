package io.sightline.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A country by ISO 3166-1 alpha-2 code and English short name. */
public record CountryEntity(String code, String name, List<Mention> mentions) implements ExtractedEntity {

    @Override
    public EntityType entityType() {
        return EntityType.COUNTRY;
    }

    @Override
    public String value() {
        return code;
    }

    @Override
    public String description() {
        return name + " (" + code + ")";
    }

    @Override
    public Map<String, Object> attributes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", name);
        return fields;
    }
}
