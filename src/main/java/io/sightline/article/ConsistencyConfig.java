package io.sightline.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How Sightline keeps the index equal to the database. The two intervals are read by
 * {@code @Scheduled} expressions; their values are in application.properties only.
 */
@ConfigMapping(prefix = "sightline.consistency")
public interface ConsistencyConfig {

    /**
     * Compare database and index when the server starts, and repair the difference in the
     * background (searches answer meanwhile, possibly with partial results).
     */
    @WithDefault("true")
    boolean repairOnStart();

    /** How often index writes left in the outbox (engine down, disk full) are retried. */
    String replayInterval();

    /** How often database and index are compared and repaired. */
    String checkInterval();
}
