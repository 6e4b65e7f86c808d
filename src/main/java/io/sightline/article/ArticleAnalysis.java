package io.sightline.article;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;

/**
 * Text analysis of the article index. English stemming so "missiles" finds "missile";
 * ASCII folding so "Zelenskyy's" and "Türkiye" match what people type; no stop words, so that
 * quoted phrases keep their exact words.
 */
@SearchExtension
public class ArticleAnalysis implements ElasticsearchAnalysisConfigurer {

    public static final String TEXT = "article_text";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(TEXT).custom()
                .tokenizer("standard")
                .tokenFilters("english_possessive", "lowercase", "asciifolding", "english_stemmer");
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("english_stemmer").type("stemmer").param("language", "light_english");
    }
}
