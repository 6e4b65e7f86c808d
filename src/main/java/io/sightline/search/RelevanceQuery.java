package io.sightline.search;

import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.sightline.article.ArticleFields;

/**
 * The engine query (JSON) for an {@link UnderstoodQuery} under a {@link Ranking}, at a matching
 * level: {@code level} of the query's required terms must match (all of them = the strict form).
 * Each term matches as typed, as any of its other forms, or as the extracted entity it names;
 * articles matching more terms rank first when the level is below all, and the query's words close
 * together earn a proximity boost.
 */
final class RelevanceQuery {

    private static final String FLAGS = "OR|AND|NOT|PHRASE|PREFIX|FUZZY|PRECEDENCE|WHITESPACE|ESCAPE";

    private RelevanceQuery() {
    }

    static JsonObject build(UnderstoodQuery query, Ranking ranking, int level) {
        List<UnderstoodQuery.Term> terms = query.required();
        JsonObject bool = new JsonObject();
        JsonArray must = new JsonArray();
        if (terms.isEmpty()) {
            must.add(object("match_all", new JsonObject()));
        } else if (level >= terms.size()) {
            terms.forEach(term -> must.add(term(term, ranking)));
        } else {
            must.add(atLeast(terms, ranking, level));
        }
        bool.add("must", must);
        JsonArray should = new JsonArray();
        if (level < terms.size() && ranking.coverageBoost() > 0) {
            for (UnderstoodQuery.Term term : terms) {
                JsonObject constant = new JsonObject();
                constant.add("filter", term(term, ranking));
                constant.addProperty("boost", ranking.coverageBoost());
                should.add(object("constant_score", constant));
            }
        }
        if (ranking.phraseBoost() > 0 && query.words().size() >= 2) {
            JsonObject phrase = new JsonObject();
            phrase.addProperty("query", String.join(" ", query.words()));
            phrase.addProperty("type", "phrase");
            phrase.addProperty("slop", ranking.phraseSlop());
            phrase.add("fields", fields(ranking));
            phrase.addProperty("boost", ranking.phraseBoost());
            should.add(object("multi_match", phrase));
        }
        if (!should.isEmpty()) {
            bool.add("should", should);
        }
        if (!query.excluded().isEmpty()) {
            JsonArray mustNot = new JsonArray();
            query.excluded().forEach(excluded -> mustNot.add(simpleQuery(excluded, ranking)));
            bool.add("must_not", mustNot);
        }
        JsonObject scored = object("bool", bool);
        return ranking.recencyWeight() > 0 ? withRecency(scored, ranking.recencyWeight()) : scored;
    }

    /** Matches articles holding at least {@code level} of the terms. */
    static JsonObject atLeast(List<UnderstoodQuery.Term> terms, Ranking ranking, int level) {
        JsonArray should = new JsonArray();
        terms.forEach(term -> should.add(term(term, ranking)));
        JsonObject bool = new JsonObject();
        bool.add("should", should);
        bool.addProperty("minimum_should_match", level);
        return object("bool", bool);
    }

    /** Articles without this term, for "also showing articles without X". */
    static JsonObject without(UnderstoodQuery.Term term, Ranking ranking) {
        JsonArray mustNot = new JsonArray();
        mustNot.add(term(term, ranking));
        JsonObject bool = new JsonObject();
        bool.add("must_not", mustNot);
        return object("bool", bool);
    }

    /** One term: as typed, or as one of its other forms (as phrases), or as the entity it names. */
    static JsonObject term(UnderstoodQuery.Term term, Ranking ranking) {
        JsonArray alternatives = new JsonArray();
        alternatives.add(simpleQuery(term.simpleQuery(), ranking));
        if (ranking.aliases()) {
            for (String form : term.otherForms()) {
                alternatives.add(simpleQuery("\"" + form.replace("\"", "").replace("\\", "") + "\"", ranking));
            }
        }
        if (term.entity() != null && ranking.entityBoost() > 0) {
            JsonObject field = new JsonObject();
            field.addProperty(term.entity().facet().field, term.entity().value());
            JsonObject constant = new JsonObject();
            constant.add("filter", object("term", field));
            constant.addProperty("boost", ranking.entityBoost());
            alternatives.add(object("constant_score", constant));
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0).getAsJsonObject();
        }
        JsonObject bool = new JsonObject();
        bool.add("should", alternatives);
        bool.addProperty("minimum_should_match", 1);
        return object("bool", bool);
    }

    private static JsonObject simpleQuery(String text, Ranking ranking) {
        JsonObject simple = new JsonObject();
        simple.add("query", new JsonPrimitive(text));
        simple.add("fields", fields(ranking));
        simple.addProperty("default_operator", "and");
        simple.addProperty("analyze_wildcard", true);
        simple.addProperty("flags", FLAGS);
        return object("simple_query_string", simple);
    }

    private static JsonArray fields(Ranking ranking) {
        JsonArray fields = new JsonArray();
        fields.add(ranking.titleBoost() == 1 ? ArticleFields.TITLE
                : ArticleFields.TITLE + "^" + String.format(Locale.ROOT, "%s", ranking.titleBoost()));
        fields.add(ArticleFields.BODY);
        return fields;
    }

    /**
     * Among equally relevant articles, recent ones rise: a score multiplier between 1 and
     * 1 + weight, halving with every year of age.
     */
    private static JsonObject withRecency(JsonObject query, double weight) {
        JsonObject decay = new JsonObject();
        JsonObject published = new JsonObject();
        published.addProperty("origin", "now");
        published.addProperty("scale", "365d");
        published.addProperty("decay", 0.5);
        decay.add(ArticleFields.PUBLISHED, published);
        JsonObject gauss = new JsonObject();
        gauss.add("gauss", decay);
        gauss.addProperty("weight", weight);
        JsonObject one = new JsonObject();
        one.addProperty("weight", 1);
        JsonArray functions = new JsonArray();
        functions.add(one);
        functions.add(gauss);
        JsonObject functionScore = new JsonObject();
        functionScore.add("query", query);
        functionScore.add("functions", functions);
        functionScore.addProperty("score_mode", "sum");
        functionScore.addProperty("boost_mode", "multiply");
        return object("function_score", functionScore);
    }

    static JsonObject object(String name, JsonElement value) {
        JsonObject object = new JsonObject();
        object.add(name, value);
        return object;
    }
}
