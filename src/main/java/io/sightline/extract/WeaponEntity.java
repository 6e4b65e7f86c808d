package io.sightline.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A weapons system by canonical name ("S-400"), its type ("surface-to-air missile system")
 * and countries of origin (ISO codes; "SU" for Soviet designs).
 */
public record WeaponEntity(String name, String type, List<String> origins, List<Mention> mentions)
        implements ExtractedEntity {

    @Override
    public EntityType entityType() {
        return EntityType.WEAPON;
    }

    @Override
    public String value() {
        return name;
    }

    @Override
    public String description() {
        return name + " — " + type;
    }

    @Override
    public Map<String, Object> attributes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("type", type);
        fields.put("origin", origins);
        return fields;
    }
}
