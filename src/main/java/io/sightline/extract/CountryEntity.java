package io.sightline.extract;

import java.util.List;

/** A country by ISO 3166-1 alpha-2 code and English short name. */
public record CountryEntity(String code, String name, List<Mention> mentions) {
}
