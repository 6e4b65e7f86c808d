package io.sightline.search;

import java.time.Instant;
import java.util.List;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

import io.sightline.article.ArticleFields;

/**
 * One result row, projected straight from the index (no database round trip per hit).
 * {@code snippets} are HTML (the query's default highlighter, see ArticleSearch): the engine escapes the text and wraps matches in {@code <mark>}.
 */
@ProjectionConstructor
public record ArticleHit(
        @IdProjection Long id,
        @FieldProjection String title,
        @FieldProjection Instant published,
        @FieldProjection String source,
        @FieldProjection String url,
        @HighlightProjection(path = ArticleFields.BODY) List<String> snippets) {

    /** The snippet HTML: the best fragments joined with an ellipsis. */
    public String snippet() {
        return snippets == null || snippets.isEmpty() ? "" : String.join(" … ", snippets);
    }
}
