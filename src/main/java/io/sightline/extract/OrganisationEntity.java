package io.sightline.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation by canonical name ("Islamic State", "U.S. Department of Defense"), its kind
 * (alliance, international-body, armed-group, armed-force, government-body, defence-company) and
 * the country it belongs to (ISO code, "" for international bodies and groups).
 */
public record OrganisationEntity(String name, String kind, String country, List<Mention> mentions)
        implements ExtractedEntity {

    @Override
    public EntityType entityType() {
        return EntityType.ORGANISATION;
    }

    @Override
    public String value() {
        return name;
    }

    @Override
    public String description() {
        return name + " — " + kind.replace('-', ' ');
    }

    @Override
    public Map<String, Object> attributes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", kind);
        fields.put("country", country);
        return fields;
    }
}
