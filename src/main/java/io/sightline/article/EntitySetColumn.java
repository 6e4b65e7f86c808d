package io.sightline.article;

import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * One entity set of an article (people, countries, weapons, ...) as one text column of the
 * article row, its values sorted and separated by line feeds; the empty set is null
 * (V110__article_entity_columns.sql).
 *
 * <p>Why a column rather than a table per type (issue 13): an article was one row in
 * {@code article} plus one row per value in six element-collection tables, each with its own
 * primary-key index. A JFR profile of a 10,000-article import showed the import writer and
 * indexer threads spending 228 of 276 samples in Hibernate ORM and H2: flushing those rows, and
 * loading the six collections again to index the articles. As columns, an article is one row
 * written and one row read. The index is unaffected: the fields stay multi-valued keywords.
 *
 * <p>Entity values are names, codes and types found on one line of text; a line break inside one
 * (none is known) would split it, so it is written as a space instead.
 */
@Converter
public class EntitySetColumn implements AttributeConverter<Set<String>, String> {

    static final char SEPARATOR = '\n';

    @Override
    public String convertToDatabaseColumn(Set<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        StringBuilder column = new StringBuilder();
        for (String value : new TreeSet<>(values)) {
            if (column.length() > 0) {
                column.append(SEPARATOR);
            }
            column.append(value.replace('\r', ' ').replace(SEPARATOR, ' '));
        }
        return column.toString();
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        Set<String> values = new TreeSet<>();
        if (column != null && !column.isEmpty()) {
            for (String value : column.split(String.valueOf(SEPARATOR))) {
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
