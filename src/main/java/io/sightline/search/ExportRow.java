package io.sightline.search;

import java.time.Instant;
import java.util.List;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** One exported article, projected from the index with its entity sets. */
@ProjectionConstructor
public record ExportRow(
        @IdProjection Long id,
        @FieldProjection String title,
        @FieldProjection Instant published,
        @FieldProjection String source,
        @FieldProjection String url,
        @FieldProjection List<String> people,
        @FieldProjection List<String> countries,
        @FieldProjection List<String> weapons) {
}
