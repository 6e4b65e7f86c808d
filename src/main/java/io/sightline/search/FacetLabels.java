package io.sightline.search;

import jakarta.enterprise.context.ApplicationScoped;

import io.sightline.extract.Countries;

/** What a person reads for a facet value: country names for ISO codes, other values as stored. */
@ApplicationScoped
public class FacetLabels {

    private final Countries countries;

    FacetLabels(Countries countries) {
        this.countries = countries;
    }

    public String label(Facet facet, String value) {
        return facet.valuesAreCountryCodes() ? countries.name(value).orElse(value) : value;
    }
}
