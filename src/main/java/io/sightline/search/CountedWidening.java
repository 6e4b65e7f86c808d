package io.sightline.search;

/** A {@link SearchState.Widening} with the number of articles the wider search finds. */
public record CountedWidening(SearchState.Widening widening, long count) {
}
