package io.sightline.extract;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies the curators' rules ({@link CurationTable}) to an extraction: the finders' output at
 * every extraction ({@link CuratedExtractor}), and the mentions stored with an article when its
 * page is shown (rules made after the article was stored apply at once, without a write).
 */
@ApplicationScoped
public class Curator {

    private final CurationSource curation;
    private final Countries countries;
    private final WeaponKnowledgeBase weapons;

    Curator(CurationSource curation, Countries countries, WeaponKnowledgeBase weapons) {
        this.curation = curation;
        this.countries = countries;
        this.weapons = weapons;
    }

    /** The extraction of {@code text} with the rules in force now (aliases are looked up in {@code text}). */
    public Extraction curate(Extraction found, String text) {
        return curation.current().apply(found, text, this::entity);
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
