package io.sightline.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How Sightline ranks a text query: the features measured in docs/relevance.md with
 * {@code bin/evaluate-relevance}, with the values that won there as {@link #DEFAULT}.
 *
 * @param titleBoost     weight of title matches over body matches (1 = none)
 * @param recencyWeight  extra score factor for a just-published article, decaying with a one-year half-life (0 = none)
 * @param widen          when fewer than {@link ArticleSearch#WIDEN_BELOW} articles hold every word, also show
 *                       articles that miss some, ranked after those that miss fewer
 * @param coverageBoost  score per query word (or entity) an article matches, so that articles matching more
 *                       of the query rank first when results are widened
 * @param aliases        also match spelling variants and gazetteer aliases of the query's words
 * @param entityBoost    score of an article whose extracted entities hold an entity named in the query
 * @param phraseBoost    weight of the query's words appearing close together (0 = none)
 * @param phraseSlop     how many positions apart the words may be for the phrase boost
 */
public record Ranking(double titleBoost, double recencyWeight, boolean widen, double coverageBoost,
        boolean aliases, double entityBoost, double phraseBoost, int phraseSlop) {

    /** What Sightline did before issue 15: every word required, title x3, recency up to x1.5. */
    public static final Ranking BEFORE = new Ranking(3, 0.5, false, 0, false, 0, 0, 0);

    /**
     * Chosen on the judged set (docs/relevance.md, 48 queries): widening (+0.12 nDCG@10) and
     * aliases (+0.04) carry the gain; the title boost stays x3 (x2 measured 0.005 higher, within
     * noise, but let a body match on a short article outrank a title match); the recency decay is
     * dropped: it changed no ranking (its one-year half-life from today leaves nothing of it for
     * older news, and readers who want the newest first sort by date).
     */
    public static final Ranking DEFAULT = new Ranking(3, 0, true, 10, true, 2, 1, 2);

    /** The variants compared in docs/relevance.md, by name: each changes one feature of {@link #DEFAULT}. */
    public static Map<String, Ranking> compared() {
        Ranking d = DEFAULT;
        Map<String, Ranking> variants = new LinkedHashMap<>();
        variants.put("before-issue-15", BEFORE);
        variants.put("no-widening", new Ranking(d.titleBoost, d.recencyWeight, false, d.coverageBoost, d.aliases,
                d.entityBoost, d.phraseBoost, d.phraseSlop));
        variants.put("coverage-0", new Ranking(d.titleBoost, d.recencyWeight, d.widen, 0, d.aliases,
                d.entityBoost, d.phraseBoost, d.phraseSlop));
        variants.put("coverage-2", new Ranking(d.titleBoost, d.recencyWeight, d.widen, 2, d.aliases,
                d.entityBoost, d.phraseBoost, d.phraseSlop));
        variants.put("no-aliases", new Ranking(d.titleBoost, d.recencyWeight, d.widen, d.coverageBoost, false,
                d.entityBoost, d.phraseBoost, d.phraseSlop));
        variants.put("no-entities", new Ranking(d.titleBoost, d.recencyWeight, d.widen, d.coverageBoost, d.aliases,
                0, d.phraseBoost, d.phraseSlop));
        variants.put("entity-5", new Ranking(d.titleBoost, d.recencyWeight, d.widen, d.coverageBoost, d.aliases,
                5, d.phraseBoost, d.phraseSlop));
        variants.put("no-phrase", new Ranking(d.titleBoost, d.recencyWeight, d.widen, d.coverageBoost, d.aliases,
                d.entityBoost, 0, d.phraseSlop));
        variants.put("phrase-3", new Ranking(d.titleBoost, d.recencyWeight, d.widen, d.coverageBoost, d.aliases,
                d.entityBoost, 3, d.phraseSlop));
        variants.put("title-1", new Ranking(1, d.recencyWeight, d.widen, d.coverageBoost, d.aliases,
                d.entityBoost, d.phraseBoost, d.phraseSlop));
        variants.put("title-2", new Ranking(2, d.recencyWeight, d.widen, d.coverageBoost, d.aliases,
                d.entityBoost, d.phraseBoost, d.phraseSlop));
        variants.put("title-6", new Ranking(6, d.recencyWeight, d.widen, d.coverageBoost, d.aliases,
                d.entityBoost, d.phraseBoost, d.phraseSlop));
        variants.put("no-recency", new Ranking(d.titleBoost, 0, d.widen, d.coverageBoost, d.aliases,
                d.entityBoost, d.phraseBoost, d.phraseSlop));
        variants.put("recency-2", new Ranking(d.titleBoost, 2, d.widen, d.coverageBoost, d.aliases,
                d.entityBoost, d.phraseBoost, d.phraseSlop));
        return variants;
    }
}
