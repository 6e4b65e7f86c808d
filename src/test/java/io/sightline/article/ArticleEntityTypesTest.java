package io.sightline.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.sightline.extract.EntityType;

/**
 * Every entity type has its field on the article, named by the type's plural (which is also the
 * index field, since the mapping takes the property name), and {@link Article#entities} reads it.
 */
class ArticleEntityTypesTest {

    @ParameterizedTest
    @EnumSource(EntityType.class)
    void eachTypeHasItsFieldNamedByItsPlural(EntityType type) throws ReflectiveOperationException {
        Article article = new Article();
        Object field = Article.class.getField(type.plural).get(article);
        assertSame(field, article.entities(type));
        article.entities(type).add("x");
        assertEquals(1, ((java.util.Set<?>) Article.class.getField(type.plural).get(article)).size());
    }
}
