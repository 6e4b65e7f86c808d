package io.sightline.extract;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Applies the curators' rules ({@link CurationTable}) after the finders, wherever the extractor
 * is injected: imports, {@code reextract}, the extract API and article pages all see the curated
 * entities, so a merge or a hidden false positive survives every later extraction.
 */
@Decorator
@Priority(10)
@Dependent
public class CuratedExtractor implements EntityExtractor {

    private final EntityExtractor finders;
    private final CurationSource curation;
    private final Countries countries;
    private final WeaponKnowledgeBase weapons;

    @Inject
    CuratedExtractor(@Delegate EntityExtractor finders, CurationSource curation, Countries countries,
            WeaponKnowledgeBase weapons) {
        this.finders = finders;
        this.curation = curation;
        this.countries = countries;
        this.weapons = weapons;
    }

    @Override
    public Extraction extract(String text) {
        return curation.current().apply(finders.extract(text), text, this::entity);
    }

    /** An entity for a curated value: facts from the knowledge bases, else from the entity it came from. */
    private ExtractedEntity entity(EntityType type, String value, List<Mention> mentions, ExtractedEntity from) {
        return switch (type) {
            case PERSON -> new PersonEntity(value, mentions);
            case COUNTRY -> new CountryEntity(value, countries.name(value)
                    .orElse(from instanceof CountryEntity country ? country.name() : value), mentions);
            case WEAPON -> weapons.lookup(value)
                    .map(entry -> new WeaponEntity(value, entry.type(), entry.origins(), mentions))
                    .orElseGet(() -> from instanceof WeaponEntity weapon
                            ? new WeaponEntity(value, weapon.type(), weapon.origins(), mentions)
                            : new WeaponEntity(value, "weapons system", List.of(), mentions));
            case ORGANISATION -> from instanceof OrganisationEntity organisation
                    ? new OrganisationEntity(value, organisation.kind(), organisation.country(), mentions)
                    : new OrganisationEntity(value, "organisation", "", mentions);
        };
    }
}
