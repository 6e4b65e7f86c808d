package io.sightline.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The range of publication dates Sightline stores and charts: from {@link #EARLIEST} to one year
 * after today ({@link #latest()}).
 *
 * <p>Wave 1 accepted any date: one article dated 9999-06-01 made the engine's date histogram of
 * every search without words run for minutes, and one dated year +10000000 made every search
 * fail. News from before 1900 or more than a year ahead is a typo or a hostile input, so imports
 * refuse it, and the histogram only ever looks inside this range whatever is stored.
 */
public final class PublicationDates {

    /** The earliest publication date accepted (inclusive). */
    public static final Instant EARLIEST = LocalDate.of(1900, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private PublicationDates() {
    }

    /** The latest publication date accepted (inclusive): one year after now. */
    public static Instant latest() {
        return OffsetDateTime.now(ZoneOffset.UTC).plusYears(1).toInstant();
    }

    /** Whether a publication date lies in the accepted range. */
    public static boolean isPlausible(Instant published) {
        return !published.isBefore(EARLIEST) && !published.isAfter(latest());
    }

    /** Why a publication date is refused, or null when it is absent or plausible. */
    public static String implausibility(Instant published) {
        if (published == null || isPlausible(published)) {
            return null;
        }
        return "the publication date " + published + " is outside the accepted range "
                + LocalDate.ofInstant(EARLIEST, ZoneOffset.UTC) + " to "
                + LocalDate.ofInstant(latest(), ZoneOffset.UTC) + " (one year ahead)";
    }
}
