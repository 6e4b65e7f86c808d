package io.sightline.search;

import java.util.List;

/**
 * A reader's query as Sightline understands it: the terms an article should contain (each with
 * the other forms that count as the same term, and the entity it names, if any), the excluded
 * terms, and the plain words for the proximity boost.
 *
 * @param required  terms every article of the strict result holds (in the text, or as an extracted entity)
 * @param excluded  simple_query_string terms no article may hold
 * @param words     the plain words in the order typed, for the phrase/proximity boost
 */
public record UnderstoodQuery(List<Term> required, List<String> excluded, List<String> words) {

    /** An entity named in the query, as its facet value. */
    public record Entity(Facet facet, String value, String label) {
    }

    /**
     * One unit of the query.
     *
     * @param label          as the reader typed it ("Kiev", "North Korea")
     * @param simpleQuery    the term in simple_query_string syntax
     * @param otherForms     spelling variants and aliases that count as the same term (matched as phrases)
     * @param entity         the entity the term names, or null
     */
    public record Term(String label, String simpleQuery, List<String> otherForms, Entity entity) {
    }

    public boolean isBlank() {
        return required.isEmpty() && excluded.isEmpty();
    }

    public List<Entity> entities() {
        return required.stream().map(Term::entity).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
