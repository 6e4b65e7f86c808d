package io.sightline.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One article write whose index update is not confirmed yet: written in the same database
 * transaction as the article change, deleted once the engine has acknowledged the index write
 * (see {@link ArticleIndex}). Whatever is left after a crash is replayed. No foreign key to the
 * article: a deleted article keeps its entry until its document is purged.
 */
@Entity
@Table(name = "index_outbox", indexes = @Index(name = "index_outbox_article_idx", columnList = "article_id"))
public class IndexOutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public long articleId;

    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;
}
