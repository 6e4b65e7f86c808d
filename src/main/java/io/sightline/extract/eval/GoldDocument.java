package io.sightline.extract.eval;

import java.util.Map;
import java.util.Set;

/**
 * One labelled document of a gold set: its text and, per entity type ("people", "countries",
 * "weapons", "organisations"), the names a reader found. A type absent from {@code labels} is
 * not judged for this document (its extractions count neither as right nor as wrong).
 *
 * @param where "file:line", for messages
 */
public record GoldDocument(String id, String where, String title, String body, Map<String, Set<String>> labels) {

    public boolean judges(String type) {
        return labels.containsKey(type);
    }
}
