package io.sightline.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import io.sightline.article.ArticleFields;
import io.sightline.extract.EntityType;

/**
 * One exported article, projected from the index with its entity sets (one per
 * {@link EntityType}, written as the type's plural: "people", "countries", ...).
 */
public record ExportRow(Long id, String title, Instant published, String source, String url,
        @JsonIgnore Map<EntityType, List<String>> entities) {

    /** The projection that builds a row: the article's fields, then one multi-valued field per entity type. */
    static ProjectionFinalStep<ExportRow> projection(SearchProjectionFactory<?, ?> f) {
        List<SearchProjection<?>> parts = new ArrayList<>(List.of(
                f.id(Long.class).toProjection(),
                f.field(ArticleFields.TITLE, String.class).toProjection(),
                f.field(ArticleFields.PUBLISHED, Instant.class).toProjection(),
                f.field(ArticleFields.SOURCE, String.class).toProjection(),
                f.field(ArticleFields.URL, String.class).toProjection()));
        for (EntityType type : EntityType.values()) {
            parts.add(f.field(type.plural, String.class).list().toProjection());
        }
        return f.composite().from(parts.toArray(SearchProjection<?>[]::new)).asList(ExportRow::of);
    }

    @SuppressWarnings("unchecked")
    private static ExportRow of(List<?> values) {
        Map<EntityType, List<String>> entities = new EnumMap<>(EntityType.class);
        int i = 5;
        for (EntityType type : EntityType.values()) {
            entities.put(type, (List<String>) values.get(i++));
        }
        return new ExportRow((Long) values.get(0), (String) values.get(1), (Instant) values.get(2),
                (String) values.get(3), (String) values.get(4), entities);
    }

    /** The values of one entity type (empty, never null). */
    public List<String> values(EntityType type) {
        List<String> values = entities.get(type);
        return values == null ? List.of() : values;
    }

    /** The entity sets as JSON properties after the article's fields, in type order. */
    @JsonAnyGetter
    public Map<String, List<String>> entitiesByPlural() {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            byName.put(type.plural, values(type));
        }
        return byName;
    }
}
