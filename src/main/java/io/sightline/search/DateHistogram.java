package io.sightline.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.sightline.article.PublicationDates;

/**
 * Articles per period over the publication dates of a result set. The engine chooses the
 * period (a day, a week, a month, a quarter, a year …) so that there are at most
 * {@link #TARGET_BARS} bars, whatever the span.
 */
public record DateHistogram(String interval, List<Bar> bars) {

    static final int TARGET_BARS = 36;

    /** One period [from, to] (both inclusive) with its article count. */
    public record Bar(LocalDate from, LocalDate to, long count) {
        public String label() {
            return from.equals(to) ? from.toString() : from + " – " + to;
        }
    }

    public static final DateHistogram EMPTY = new DateHistogram("", List.of());

    public long maxCount() {
        return bars.stream().mapToLong(Bar::count).max().orElse(0);
    }

    /**
     * The histogram only looks at dates inside {@link PublicationDates}' range, whatever is stored:
     * one stored article dated 9999 would otherwise stretch the auto interval over eight thousand
     * years of empty buckets (minutes of engine time for every search), and one dated beyond year
     * 292,278,994 overflows it.
     */
    static String aggregationJson() {
        return "{\"filter\": {\"range\": {\"published\": {\"gte\": " + PublicationDates.EARLIEST.toEpochMilli()
                + ", \"lte\": " + PublicationDates.latest().toEpochMilli() + ", \"format\": \"epoch_millis\"}}},"
                + " \"aggs\": {\"" + BARS + "\": {\"auto_date_histogram\": {\"field\": \"published\", \"buckets\": "
                + TARGET_BARS + ", \"format\": \"yyyy-MM-dd\"}}}}";
    }

    private static final String BARS = "bars";

    private static final Pattern INTERVAL = Pattern.compile("(\\d+)([smhdMy])");

    static DateHistogram fromAggregation(JsonObject filtered) {
        JsonObject aggregation = filtered == null ? null : filtered.getAsJsonObject(BARS);
        if (aggregation == null || !aggregation.has("buckets")) {
            return EMPTY;
        }
        return fromBuckets(aggregation.has("interval") ? aggregation.get("interval").getAsString() : "1d", aggregation);
    }

    /** Bars from a date histogram's buckets, each {@code interval} ("7d", "1M", "1y") long. */
    static DateHistogram fromBuckets(String interval, JsonObject aggregation) {
        List<Bar> bars = new ArrayList<>();
        for (JsonElement element : aggregation.getAsJsonArray("buckets")) {
            JsonObject bucket = element.getAsJsonObject();
            LocalDate from = Instant.ofEpochMilli(bucket.get("key").getAsLong()).atZone(ZoneOffset.UTC).toLocalDate();
            bars.add(new Bar(from, end(from, interval), bucket.get("doc_count").getAsLong()));
        }
        return new DateHistogram(interval, bars);
    }

    private static LocalDate end(LocalDate from, String interval) {
        Matcher matcher = INTERVAL.matcher(interval);
        if (!matcher.matches()) {
            return from;
        }
        int n = Integer.parseInt(matcher.group(1));
        return switch (matcher.group(2)) {
            case "d" -> from.plusDays(n).minusDays(1);
            case "M" -> from.plusMonths(n).minusDays(1);
            case "y" -> from.plusYears(n).minusDays(1);
            default -> from;
        };
    }
}
