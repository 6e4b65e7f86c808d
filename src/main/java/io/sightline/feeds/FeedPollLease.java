package io.sightline.feeds;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;

/**
 * Makes scheduled feed polling run on one Sightline node at a time when several share a
 * database (there is no Hibernate Search coordination between nodes). The row
 * {@code node_lease('feed-poll')} names the node that polls and until when: that node renews
 * it at every poll; another node takes it only once it has expired, i.e. after the holder
 * missed two polls (stopped, crashed, lost the database). A node that stops releases it, so
 * the next scheduled poll of another node takes over at once.
 *
 * <p>Taking the lease is one conditional UPDATE: the database's row lock makes two nodes that
 * try at once see one winner. Expiry compares the nodes' clocks, so they must roughly agree
 * (NTP); a skew of seconds is harmless against a lease of twice the poll interval.
 */
@ApplicationScoped
public class FeedPollLease {

    static final String NAME = "feed-poll";

    private static final Logger LOG = Logger.getLogger(FeedPollLease.class);

    /** This process, e.g. {@code 4711@host-a/1f3e2c}: unique even for two nodes on one machine. */
    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final EntityManager entityManager;
    private volatile boolean held;

    FeedPollLease(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Takes or renews the lease until {@code now + validity}; false while another node holds an
     * unexpired one.
     */
    public boolean acquire(Duration validity) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                update node_lease set holder = :holder, expires_at = :until
                where name = :name and (holder is null or holder = :holder or expires_at < :now)""")
                .setParameter("holder", holder)
                .setParameter("until", now.plus(validity))
                .setParameter("name", NAME)
                .setParameter("now", now)
                .executeUpdate());
        boolean acquired = updated == 1;
        if (acquired != held) {
            LOG.infof(acquired ? "This node (%s) polls the feeds now" : "Another node polls the feeds; %s stops", holder);
        }
        held = acquired;
        return acquired;
    }

    /** Gives the lease up (if this node holds it), so that another node polls next. */
    public void release() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update node_lease set holder = null, expires_at = null where name = :name and holder = :holder")
                .setParameter("name", NAME)
                .setParameter("holder", holder)
                .executeUpdate());
        held = false;
    }

    String holder() {
        return holder;
    }

    /** Who holds the lease and until when, for tests and diagnostics; holder null when free. */
    public record State(String holder, Instant expiresAt) {
    }

    public State state() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery(
                    "select holder, expires_at from node_lease where name = :name")
                    .setParameter("name", NAME)
                    .getSingleResult();
            return new State((String) row[0], row[1] == null ? null : toInstant(row[1]));
        });
    }

    private static Instant toInstant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (held) {
            try {
                release();
            } catch (RuntimeException e) {
                // the lease then expires by itself
                LOG.warnf("Could not release the feed-poll lease: %s", e.getMessage());
            }
        }
    }
}
