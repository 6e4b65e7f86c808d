package io.sightline.search;

import java.util.List;

/**
 * Why and how a search was widened: fewer than {@link ArticleSearch#WIDEN_BELOW} articles held
 * every term ({@code strictTotal}), so articles missing some terms are shown too, after the others.
 *
 * @param dropped      the terms that some of the shown articles lack, as typed
 * @param strictTotal  how many articles hold every term (the result of the strict form, match=all)
 */
public record Widening(List<String> dropped, long strictTotal) {
}
