package io.sightline.extract;

import java.util.List;
import java.util.Map;

/** A person by canonical full name ("Vladimir Putin"), with all its mentions (also bare "Putin"). */
public record PersonEntity(String name, List<Mention> mentions) implements ExtractedEntity {

    @Override
    public EntityType entityType() {
        return EntityType.PERSON;
    }

    @Override
    public String value() {
        return name;
    }

    @Override
    public String description() {
        return name;
    }

    @Override
    public Map<String, Object> attributes() {
        return Map.of("name", name);
    }
}
