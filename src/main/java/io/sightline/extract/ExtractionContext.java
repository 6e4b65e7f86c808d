package io.sightline.extract;

import io.sightline.extract.ExtractionData.CountryForm;
import io.sightline.extract.ExtractionData.OrganisationForm;
import io.sightline.extract.ExtractionData.PersonForm;
import io.sightline.extract.ExtractionData.TitleKind;
import io.sightline.extract.ExtractionData.WeaponForm;

/**
 * What the finders of one extraction share, like a tree builder's state: the tokenised text, the
 * dictionary spans each finder matched in the first phase (other finders look at them: a country
 * inside a person's name, a weapon inside a capitalised run), and the tokens claimed by people in
 * the second phase (a claimed token is no country or weapon). One per text; not shared between
 * threads.
 */
final class ExtractionContext {

    final ExtractionData data;
    final TokenisedText text;

    /** Countries and their blocking phrases ("South China Sea"): set by {@link CountryFinder#match}. */
    SpanIndex<CountryForm> countries;
    /** Weapons, family designations and blocking phrases: set by {@link WeaponFinder#match}. */
    SpanIndex<WeaponForm> weapons;
    /** Organisation names and aliases: set by {@link OrganisationFinder#match}. */
    SpanIndex<OrganisationForm> organisations;
    /** Known people's full names and aliases: set by {@link PersonFinder#match}. */
    SpanIndex<PersonForm> knownPeople;
    /** Tokens inside a person title ("Defence Minister", "Lt. Gen."): set by {@link PersonFinder#match}. */
    final boolean[] inTitle;
    /** The kind of the title ending right before each token (exclusive end), null for none. */
    final TitleKind[] titleEndingAt;
    /** Tokens claimed by a person mention: set by {@link PersonFinder#resolve}. */
    final boolean[] personToken;
    /**
     * Work done on this text, in steps: tokens visited by the finders' passes and scans, names
     * compared. ExtractionWorkTest checks that it grows linearly with the text for inputs built
     * to defeat per-token scans and pairwise comparisons (issue 10, finding 4), a check that,
     * unlike a timing, holds on a loaded machine.
     */
    long steps;

    ExtractionContext(ExtractionData data, TokenisedText text) {
        this.data = data;
        this.text = text;
        inTitle = new boolean[text.size];
        titleEndingAt = new TitleKind[text.size + 1];
        personToken = new boolean[text.size];
    }

    boolean claimedByPerson(int start, int end) {
        for (int k = start; k < end; k++) {
            steps++;
            if (personToken[k]) {
                return true;
            }
        }
        return false;
    }
}
