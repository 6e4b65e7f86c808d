package io.sightline.article;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.sightline.extract.EntityType;
import io.sightline.extract.WeaponKnowledgeBase;

/**
 * One news article as stored in the database and indexed in the search engine.
 *
 * <p>The entities extracted from the text are plain multi-valued keyword fields on the article
 * document, not child documents: that keeps every facet an ordinary terms aggregation.
 * People and weapons are stored by canonical name, countries by ISO 3166-1 alpha-2 code.
 * In the database each set is one text column of the article row ({@link EntitySetColumn}).
 *
 * <p>There is one field per {@link EntityType} because the mapping annotations are static (each
 * field's name is its type's {@link EntityType#plural}); everything else reads them through
 * {@link #entities(EntityType)}.
 */
@Entity
@Table(name = "article", indexes = @Index(name = "article_published_idx", columnList = "published"))
@Indexed(index = ArticleFields.INDEX)
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    // Highlighting uses the unified highlighter only, which reads offsets stored in the postings:
    // cheaper to index and smaller than term vectors (measured in docs/benchmarks.md).
    @FullTextField(analyzer = ArticleAnalysis.TEXT, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @Column(nullable = false, length = 1000)
    public String title;

    // "text": unbounded character data on H2 and PostgreSQL alike, so one Flyway history serves
    // both (Hibernate's own choice differs: clob on H2, text on PostgreSQL). The importer bounds
    // the length (ArticleImporter.MAX_BODY_CHARS).
    @FullTextField(analyzer = ArticleAnalysis.TEXT, highlightable = Highlightable.UNIFIED)
    @Column(nullable = false, columnDefinition = "text")
    public String body;

    /** Where the article was published; unique when present. */
    @KeywordField(projectable = Projectable.YES)
    @Column(unique = true, length = 2048)
    public String url;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false, length = 300)
    public String source;

    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    public Instant published;

    /** SHA-256 of the normalised title and body: the same text imported twice is one article. */
    @Column(name = "content_hash", nullable = false, unique = true, length = 64)
    public String contentHash;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Convert(converter = EntitySetColumn.class)
    @Column(name = "people", columnDefinition = "text")
    public Set<String> people = new TreeSet<>();

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Convert(converter = EntitySetColumn.class)
    @Column(name = "countries", columnDefinition = "text")
    public Set<String> countries = new TreeSet<>();

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Convert(converter = EntitySetColumn.class)
    @Column(name = "weapons", columnDefinition = "text")
    public Set<String> weapons = new TreeSet<>();

    /** Organisations by canonical name (since V10__article_organisation.sql). */
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Convert(converter = EntitySetColumn.class)
    @Column(name = "organisations", columnDefinition = "text")
    public Set<String> organisations = new TreeSet<>();

    /** Types of the weapons above ("main battle tank"), copied from the knowledge base. */
    @KeywordField(name = ArticleFields.WEAPON_TYPES, aggregable = Aggregable.YES)
    @Convert(converter = EntitySetColumn.class)
    @Column(name = "weapon_types", columnDefinition = "text")
    public Set<String> weaponTypes = new TreeSet<>();

    /** Countries of origin of the weapons above (ISO codes, SU for Soviet designs). */
    @KeywordField(name = ArticleFields.WEAPON_ORIGINS, aggregable = Aggregable.YES)
    @Convert(converter = EntitySetColumn.class)
    @Column(name = "weapon_origins", columnDefinition = "text")
    public Set<String> weaponOrigins = new TreeSet<>();

    // --- weapon families (issue 9) ------------------------------------------------------------------

    /** Read once per JVM (ExtractionData); static because Hibernate Search calls the getter below on the entity. */
    private static final WeaponKnowledgeBase WEAPON_KNOWLEDGE = new WeaponKnowledgeBase();

    /**
     * The weapons together with the families of the variants among them ("Leopard 2A8" also gives
     * "Leopard 2"), derived from the knowledge base when the article is indexed and not stored:
     * the weapon filter and the weapons facet read this field, so an article naming only the
     * Leopard 2A8 is found and counted under Leopard 2. A knowledge-base change reaches it with a
     * re-extraction or rebuild; a new installation of this field is filled by IndexSchema's rebuild.
     */
    @Transient
    @KeywordField(name = ArticleFields.WEAPONS_WITH_FAMILIES, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "weapons")))
    public Set<String> getWeaponsWithFamilies() {
        return WEAPON_KNOWLEDGE.withFamilies(weapons);
    }

    // --- offsets (issue 10, finding 4): the body's entity mentions, stored with the entities -----
    /**
     * Where the body mentions its entities ({@link ArticleMentions}, V100__article_mentions.sql):
     * written wherever the entity sets are, so the article page marks them without extracting.
     * Null for articles stored before V100 until `sightline reextract` or their page fills it.
     */
    @Column(name = "mentions", columnDefinition = "text")
    public String mentions;
    // --- end offsets ---------------------------------------------------------------------------

    /** The stored set of one entity type (mutable: importers replace its contents). */
    public Set<String> entities(EntityType type) {
        return switch (type) {
            case PERSON -> people;
            case COUNTRY -> countries;
            case WEAPON -> weapons;
            case ORGANISATION -> organisations;
        };
    }
}
