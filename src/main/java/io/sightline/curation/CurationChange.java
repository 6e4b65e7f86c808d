package io.sightline.curation;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.sightline.extract.CurationTable;
import io.sightline.extract.EntityType;

/** One entry of the curation log: who changed which entity how, and when it was undone. */
@Entity
@Table(name = "curation_change")
public class CurationChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false, length = 30)
    public EntityType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public CurationTable.Action action;

    @Column(name = "from_value", nullable = false, length = 200)
    public String from;

    @Column(name = "to_value", length = 200)
    public String to;

    @Column(name = "made_by", nullable = false, length = 200)
    public String madeBy;

    @Column(name = "made_at", nullable = false)
    public Instant madeAt;

    /** How many articles the change altered when it was made. */
    @Column(nullable = false)
    public int articles;

    @Column(name = "undone_by", length = 200)
    public String undoneBy;

    @Column(name = "undone_at")
    public Instant undoneAt;

    /** The articles the change altered: an undo re-extracts exactly these. */
    @ElementCollection
    @CollectionTable(name = "curation_change_article", joinColumns = @JoinColumn(name = "change_id"))
    @Column(name = "article_id", nullable = false)
    public Set<Long> articleIds = new TreeSet<>();

    public boolean active() {
        return undoneAt == null;
    }

    CurationTable.Rule rule() {
        return new CurationTable.Rule(type, action, from, to);
    }
}
