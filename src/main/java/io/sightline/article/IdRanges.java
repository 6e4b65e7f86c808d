package io.sightline.article;

import java.util.List;

/** Writes sorted ids as ranges, "3–7, 12, 20–21", so that a log line stays short. */
final class IdRanges {

    private IdRanges() {
    }

    static String describe(List<Long> sortedIds) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sortedIds.size()) {
            int j = i;
            while (j + 1 < sortedIds.size() && sortedIds.get(j + 1) == sortedIds.get(j) + 1) {
                j++;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(sortedIds.get(i));
            if (j > i) {
                out.append('–').append(sortedIds.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }
}
