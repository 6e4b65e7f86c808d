package io.sightline.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** What an {@link EntityExtractor} found in one text. Lists are sorted by name / code. */
public record Extraction(List<PersonEntity> people, List<CountryEntity> countries, List<WeaponEntity> weapons) {

    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of());

    public Set<String> personNames() {
        return collect(people, PersonEntity::name);
    }

    public Set<String> countryCodes() {
        return collect(countries, CountryEntity::code);
    }

    public Set<String> weaponNames() {
        return collect(weapons, WeaponEntity::name);
    }

    public Set<String> weaponTypes() {
        return collect(weapons, WeaponEntity::type);
    }

    public Set<String> weaponOrigins() {
        Set<String> origins = new TreeSet<>();
        weapons.forEach(weapon -> origins.addAll(weapon.origins()));
        return origins;
    }

    private static <T> Set<String> collect(List<T> entities, Function<T, String> key) {
        Set<String> keys = new TreeSet<>();
        for (T entity : entities) {
            String value = key.apply(entity);
            if (value != null && !value.isBlank()) {
                keys.add(value);
            }
        }
        return keys;
    }
}
