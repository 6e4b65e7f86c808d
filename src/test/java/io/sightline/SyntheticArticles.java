package io.sightline;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Articles written by the test itself (no corpus text), as JSON Lines: unique titles, bodies
 * and URLs, a few known entities so that extraction has work to do.
 */
public final class SyntheticArticles {

    private static final String[] COUNTRIES = {"Ukraine", "Poland", "Japan", "Brazil", "Kenya", "Norway"};
    private static final String[] WEAPONS = {"S-400", "HIMARS", "Leopard 2", "F-35", "Patriot", "Bayraktar TB2"};

    private SyntheticArticles() {
    }

    /** {@code count} articles numbered from {@code first}, tagged with {@code tag} in title and URL. */
    public static String jsonLines(String tag, int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> line(tag, i)).collect(Collectors.joining("\n")) + "\n";
    }

    public static String line(String tag, int i) {
        String country = COUNTRIES[i % COUNTRIES.length];
        String weapon = WEAPONS[i % WEAPONS.length];
        return "{\"title\":\"" + tag + " report " + i + " on " + country + "\",\"published\":\"2024-0" + (1 + i % 9)
                + "-1" + (i % 10) + "T08:00:00Z\",\"url\":\"https://example.org/" + tag + "/" + i
                + "\",\"source\":\"" + tag + "\",\"body\":\"Officials in " + country + " said on Monday that the "
                + weapon + " deliveries numbered " + i + " would continue. The ministry of defence of " + country
                + " confirmed the schedule for item " + tag + "-" + i + " and declined further comment.\"}";
    }
}
