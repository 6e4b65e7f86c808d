package io.sightline.search;

import java.util.List;

/** One page of a facet's values, for the "More" listing with its own paging and filter. */
public record FacetPage(Facet facet, String filter, int page, int pageSize, List<FacetValue> values, boolean hasMore) {
}
