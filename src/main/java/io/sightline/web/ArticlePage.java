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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sightline.article.Article;
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

    /** What the article page shows. */
    public record ArticleView(Article article, List<List<HighlightedText.Segment>> paragraphs,
            List<EntityGroup> entities, List<EntityViews.ArticleLink> related) {
    }

    /** Articles most like this one (words and shared entities), listed beside it. */
    static final int RELATED_ARTICLES = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(ArticleView view);
    }

    private final EntityExtractor extractor;
    private final FacetLabels labels;

    private final EntityProfiles profiles;

    ArticlePage(EntityExtractor extractor, FacetLabels labels, EntityProfiles profiles) {
        this.extractor = extractor;
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
        // Offsets are re-computed on the body alone: extraction is deterministic and fast.
        Extraction mentions = extractor.extract(article.body);
        List<EntityGroup> groups = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            Set<String> values = article.entities(type);
            if (!values.isEmpty()) {
                groups.add(new EntityGroup(type.label, type.singular, links(Facet.of(type), values)));
            }
        }
        List<EntityViews.ArticleLink> related = profiles.moreLikeThis(article, RELATED_ARTICLES).stream()
                .map(EntityViews.ArticleLink::of).toList();
        return Templates.article(new ArticleView(article, HighlightedText.of(article.body, mentions), groups, related));
    }

    private List<EntityLink> links(Facet facet, Set<String> values) {
        return values.stream().sorted()
                .map(value -> new EntityLink(labels.label(facet, value), EntityLinks.url(facet, value)))
                .toList();
    }
}
