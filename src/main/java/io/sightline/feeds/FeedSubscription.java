package io.sightline.feeds;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A feed that Sightline polls on a schedule, importing its new items. */
@Entity
@Table(name = "feed_subscription")
public class FeedSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(nullable = false, unique = true, length = 2048)
    public String url;

    /** The feed's own title once polled, or what the subscriber named it. */
    @Column(length = 300)
    public String title;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_polled_at")
    public Instant lastPolledAt;

    /** Why the last poll failed; null when it succeeded. */
    @Column(name = "last_error", length = 1000)
    public String lastError;

    /** Articles created from this feed, over all polls. */
    @Column(name = "items_imported", nullable = false)
    public long itemsImported;
}
