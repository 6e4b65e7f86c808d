package io.sightline.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Result order. Relevance mixes text score with a mild preference for recent articles. */
public enum Sort {
    RELEVANCE, NEWEST, OLDEST;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Sort> byParam(String value) {
        return Arrays.stream(values()).filter(sort -> sort.param().equals(value)).findFirst();
    }
}
