package io.sightline.extract;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What an {@link EntityExtractor} found in one text: per {@link EntityType}, the entities sorted
 * by value. Downstream code loops over {@link EntityType#values()} and reads
 * {@link #entities(EntityType)} / {@link #values(EntityType)}; the typed accessors are for code
 * that needs a type's own fields (a weapon's type and origins).
 */
public final class Extraction {

    public static final Extraction EMPTY = new Extraction(Map.of());

    private final Map<EntityType, List<? extends ExtractedEntity>> byType;

    /** Types missing from the map have no entities. */
    public Extraction(Map<EntityType, ? extends List<? extends ExtractedEntity>> byType) {
        Map<EntityType, List<? extends ExtractedEntity>> copy = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            List<? extends ExtractedEntity> entities = byType.get(type);
            copy.put(type, entities == null ? List.of() : List.copyOf(entities));
        }
        this.byType = Collections.unmodifiableMap(copy);
    }

    public List<? extends ExtractedEntity> entities(EntityType type) {
        return byType.get(type);
    }

    /** The values stored for the article: canonical names, or country codes. */
    public Set<String> values(EntityType type) {
        return collect(entities(type), ExtractedEntity::value);
    }

    @SuppressWarnings("unchecked")
    public List<PersonEntity> people() {
        return (List<PersonEntity>) entities(EntityType.PERSON);
    }

    @SuppressWarnings("unchecked")
    public List<CountryEntity> countries() {
        return (List<CountryEntity>) entities(EntityType.COUNTRY);
    }

    @SuppressWarnings("unchecked")
    public List<WeaponEntity> weapons() {
        return (List<WeaponEntity>) entities(EntityType.WEAPON);
    }

    @SuppressWarnings("unchecked")
    public List<OrganisationEntity> organisations() {
        return (List<OrganisationEntity>) entities(EntityType.ORGANISATION);
    }

    public Set<String> personNames() {
        return values(EntityType.PERSON);
    }

    public Set<String> countryCodes() {
        return values(EntityType.COUNTRY);
    }

    public Set<String> weaponNames() {
        return values(EntityType.WEAPON);
    }

    public Set<String> weaponTypes() {
        return collect(weapons(), WeaponEntity::type);
    }

    public Set<String> weaponOrigins() {
        Set<String> origins = new TreeSet<>();
        weapons().forEach(weapon -> origins.addAll(weapon.origins()));
        return origins;
    }

    private static <T> Set<String> collect(List<? extends T> entities, Function<T, String> key) {
        Set<String> keys = new TreeSet<>();
        for (T entity : entities) {
            String value = key.apply(entity);
            if (value != null && !value.isBlank()) {
                keys.add(value);
            }
        }
        return keys;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Extraction that && byType.equals(that.byType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byType);
    }

    @Override
    public String toString() {
        return "Extraction" + byType;
    }
}
