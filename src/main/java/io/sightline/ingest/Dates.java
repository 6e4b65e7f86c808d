package io.sightline.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lenient parsing of the publication dates that news sources write. Times without a zone are UTC.
 * Whether a parsed date is acceptable is {@link io.sightline.article.PublicationDates}' business.
 */
public final class Dates {

    private static final List<DateTimeFormatter> DATE_ONLY = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            formatter("EEE MMM d yyyy"),
            formatter("EEE, MMM d, yyyy"),
            formatter("EEEE, MMMM d, yyyy"),
            formatter("MMMM d, yyyy"),
            formatter("MMM d, yyyy"),
            formatter("d MMMM yyyy"),
            formatter("d MMM yyyy"),
            formatter("MMM. d, yyyy"),
            formatter("yyyy/MM/dd"),
            formatter("dd.MM.yyyy"));

    private Dates() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim().replaceAll("\\s+", " ");
        for (var attempt : List.<java.util.function.Supplier<Instant>>of(
                () -> OffsetDateTime.parse(value).toInstant(),
                () -> ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
                () -> Instant.parse(value),
                () -> LocalDateTime.parse(value).toInstant(ZoneOffset.UTC))) {
            try {
                return Optional.of(attempt.get());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        String dateOnly = value.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter formatter : DATE_ONLY) {
            try {
                return Optional.of(LocalDate.parse(dateOnly, formatter).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
