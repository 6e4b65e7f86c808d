package io.sightline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sightline.article.Article;
import io.sightline.article.ArticleMentions;
import io.sightline.extract.Curator;
import io.sightline.extract.EntityExtractor;
import io.sightline.extract.EntityType;
import io.sightline.extract.Extraction;
import io.sightline.search.EntityProfiles;
import io.sightline.search.Facet;
import io.sightline.search.FacetLabels;
import io.sightline.search.SearchState;

/** One article with its entities; mentions in the text are marked and link to a search. */
@Path("/articles")
public class ArticlePage {

    /** An entity of the article with the search that filters by it. */
    public record EntityLink(String label, String url) {
    }

    /** The article's entities of one type: the label, the CSS class and the links. */
    public record EntityGroup(String label, String kind, List<EntityLink> links) {
    }

    /**
     * What the article page shows; {@code unmarked}: the text is shown without its mentions marked
     * (stored before mentions were kept, and too long to extract while the reader waits).
     */
    public record ArticleView(Article article, List<List<HighlightedText.Segment>> paragraphs,
            List<EntityGroup> entities, List<EntityViews.ArticleLink> related, boolean unmarked) {
    }

    /**
     * The longest body of an article stored without mentions (before V100) that its page extracts,
     * once, and stores; longer ones show unmarked until `sightline reextract`. Extraction is linear
     * (docs/extraction.md, "Linear time": 1 MB of the worst text known in about a second), so
     * 200,000 characters keep the one slow view of such an article to a fraction of a second.
     */
    static final int EXTRACT_ON_VIEW_MAX_CHARS = 200_000;

    private static final Logger LOG = Logger.getLogger(ArticlePage.class);

    /** Articles most like this one (words and shared entities), listed beside it. */
    static final int RELATED_ARTICLES = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(ArticleView view);
    }

    private final EntityExtractor extractor;
    private final Curator curator;
    private final FacetLabels labels;

    private final EntityProfiles profiles;

    ArticlePage(EntityExtractor extractor, Curator curator, FacetLabels labels, EntityProfiles profiles) {
        this.extractor = extractor;
        this.curator = curator;
        this.labels = labels;
        this.profiles = profiles;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance article(@PathParam("id") String id) {
        long articleId;
        try {
            articleId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No article " + id);
        }
        Article article = QuarkusTransaction.requiringNew().call(() -> {
            Article found = Article.findById(articleId);
            if (found != null) {
                // touch the lazy sets while the session is open
                for (EntityType type : EntityType.values()) {
                    found.entities(type).size();
                }
            }
            return found;
        });
        if (article == null) {
            throw new NotFoundException("No article " + id);
        }
        Extraction mentions = storedMentions(article);
        List<EntityGroup> groups = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            Set<String> values = article.entities(type);
            if (!values.isEmpty()) {
                groups.add(new EntityGroup(type.label, type.singular, links(Facet.of(type), values)));
            }
        }
        List<EntityViews.ArticleLink> related = profiles.moreLikeThis(article, RELATED_ARTICLES).stream()
                .map(EntityViews.ArticleLink::of).toList();
        return Templates.article(new ArticleView(article,
                HighlightedText.of(article.body, mentions == null ? Extraction.EMPTY : mentions), groups, related,
                mentions == null));
    }

    /**
     * The body's mentions as stored with the entities, with the curation rules in force now (null:
     * none stored and the body too long to extract now). Curation is applied here rather than
     * written into every article's stored mentions when a curator merges, renames or hides a value:
     * those changes then cost no rewrite of the mentions (a merge touches only the entity sets, as
     * measured in docs/benchmarks.md), rules from other nodes hold at their next reload, and the
     * page always agrees with the rules the entity sets follow. (Aliases and undos re-extract their
     * articles, which stores their mentions again.)
     */
    private Extraction storedMentions(Article article) {
        String stored = article.mentions;
        if (stored == null) {
            if (article.body.length() > EXTRACT_ON_VIEW_MAX_CHARS) {
                return null;
            }
            stored = ArticleMentions.encode(extractor.extract(article.title, article.body),
                    EntityExtractor.bodyOffset(article.title), article.body.length());
            storeMentions(article, stored);
        }
        try {
            return curator.curate(ArticleMentions.decode(stored), article.body);
        } catch (IllegalArgumentException e) {
            LOG.warnf("Article %d: %s; shown without marks (`sightline reextract` stores them again)", article.id,
                    e.getMessage());
            return null;
        }
    }

    /** Keeps mentions extracted for an article stored without them, unless it changed meanwhile. */
    private static void storeMentions(Article article, String stored) {
        try {
            QuarkusTransaction.requiringNew().run(() -> Article.update(
                    "mentions = ?1 where id = ?2 and contentHash = ?3 and mentions is null",
                    stored, article.id, article.contentHash));
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not store the mentions of article %d; they are extracted again next time", article.id);
        }
    }

    private List<EntityLink> links(Facet facet, Set<String> values) {
        return values.stream().sorted()
                .map(value -> new EntityLink(labels.label(facet, value), EntityLinks.url(facet, value)))
                .toList();
    }
}
