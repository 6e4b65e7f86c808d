package io.sightline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import io.sightline.extract.WeaponKnowledgeBase;
import io.sightline.search.ArticleHit;
import io.sightline.search.ArticleSearch;
import io.sightline.search.DateHistogram;
import io.sightline.search.EntityProfiles;
import io.sightline.search.EntityProfiles.Companion;
import io.sightline.search.EntityProfiles.EntityProfile;
import io.sightline.search.Facet;
import io.sightline.search.FacetLabels;
import io.sightline.search.FacetPage;
import io.sightline.search.FacetValue;
import io.sightline.search.SearchState;
import io.sightline.search.Sort;

/**
 * What the entity pages ({@link EntityPage}) and their JSON ({@link EntityApi}) show: one bean
 * builds both, so the page and the API never disagree.
 *
 * <p>A page per person, country, organisation and weapons system ({@code /people/Vladimir%20Putin},
 * see {@link EntityLinks}) and an index page per type ({@code /people}), each also as JSON at the
 * same path under {@code /api}. An unknown key answers 404 with the closest values that exist.
 */
@ApplicationScoped
public class EntityViews {

    static final int INDEX_PAGE_SIZE = 50;
    static final int TIMELINE_WIDTH = 600;
    static final int TIMELINE_HEIGHT = 80;

    /** A knowledge-base fact shown on the page ("Type": "main battle tank"). */
    public record Fact(String label, String value) {
    }

    /** An entity that appears together with this one: its page, and the search filtered by both. */
    public record CompanionLink(String type, String value, String name, long together, String url, String searchUrl) {
    }

    /** One period of the timeline; {@code url} is the search narrowed to the period and the entity. */
    public record Period(LocalDate from, LocalDate to, long count, String url) {
    }

    /** An article in one of the page's lists. {@code snippet} is HTML with matches in {@code <mark>}. */
    public record ArticleLink(long id, String title, Instant published, String source, String url, String snippet) {
        static ArticleLink of(ArticleHit hit) {
            return new ArticleLink(hit.id(), hit.title(), hit.published(), hit.source(), "/articles/" + hit.id(),
                    hit.snippet());
        }
    }

    /**
     * The JSON of an entity page (and what its template shows). Weapons systems (issue 9):
     * {@code family} links a variant to its family's page (null otherwise); {@code variants} lists a
     * family's variants named in articles, whose articles {@code articles} includes.
     */
    public record Entity(String type, String value, String name, long articles, String url, String searchUrl,
            String feedUrl, List<Fact> facts, List<Period> timeline, Map<String, List<CompanionLink>> companions,
            List<ArticleLink> latest, List<ArticleLink> relevant,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            IndexEntry family, List<IndexEntry> variants) {
    }

    /** A value on an index page. */
    public record IndexEntry(String value, String name, long count, String url) {
    }

    /** The JSON of an index page. */
    public record Index(String type, String label, String filter, int page, List<IndexEntry> values, String previousUrl,
            String nextUrl) {
    }

    /** What the 404 page and its JSON say: no such entity, and the closest ones that exist. */
    public record Missing(String error, String type, String key, List<IndexEntry> suggestions) {
    }

    /** The page's view: the entity and its timeline as SVG bars. */
    public record EntityView(Facet facet, Entity entity, List<SearchView.BarView> bars, int width, int height) {
        public String firstDate() {
            return entity.timeline().isEmpty() ? "" : entity.timeline().get(0).from().toString();
        }

        public String lastDate() {
            return entity.timeline().isEmpty() ? "" : entity.timeline().get(entity.timeline().size() - 1).to().toString();
        }

        /** Companion lists in entity-facet order, with their headings. */
        public List<Map.Entry<String, List<CompanionLink>>> companionLists() {
            List<Map.Entry<String, List<CompanionLink>>> lists = new ArrayList<>();
            for (Facet other : EntityProfiles.ENTITY_FACETS) {
                List<CompanionLink> links = entity.companions().get(other.jsonKey);
                if (links != null && !links.isEmpty()) {
                    lists.add(Map.entry(other.label, links));
                }
            }
            return lists;
        }
    }

    private final EntityProfiles profiles;
    private final ArticleSearch search;
    private final FacetLabels labels;
    private final WeaponKnowledgeBase weapons;

    EntityViews(EntityProfiles profiles, ArticleSearch search, FacetLabels labels, WeaponKnowledgeBase weapons) {
        this.profiles = profiles;
        this.search = search;
        this.labels = labels;
        this.weapons = weapons;
    }

    java.util.Optional<Entity> entity(Facet facet, String key) {
        return profiles.profile(facet, key).map(this::entity);
    }

    static Facet facet(String type) {
        return EntityLinks.facet(type).orElseThrow(() -> new NotFoundException("No entity type " + type));
    }

    Index index(Facet facet, String filter, String pageParam) {
        int page = 1;
        try {
            page = pageParam == null ? 1 : Math.max(1, Math.min(10_000, Integer.parseInt(pageParam.strip())));
        } catch (NumberFormatException e) {
            // page 1: an index page is browsed, a bad page number is no reason to fail
        }
        String text = filter == null ? "" : filter.strip();
        FacetPage values = search.facetPage(SearchState.empty(), facet, text, page, INDEX_PAGE_SIZE);
        String base = EntityLinks.index(facet) + "?" + (text.isEmpty() ? ""
                : "filter=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8) + "&");
        return new Index(facet.jsonKey, facet.label, text, page,
                values.values().stream().map(value -> entry(facet, value)).toList(),
                page > 1 ? base + "page=" + (page - 1) : null,
                values.hasMore() ? base + "page=" + (page + 1) : null);
    }

    Missing missing(Facet facet, String key) {
        return new Missing("No " + facet.label.toLowerCase(java.util.Locale.ROOT) + " “" + key + "” in any article",
                facet.jsonKey, key, profiles.closeMatches(facet, key, 8).stream().map(v -> entry(facet, v)).toList());
    }

    private static IndexEntry entry(Facet facet, FacetValue value) {
        return new IndexEntry(value.value(), value.label(), value.count(), EntityLinks.url(facet, value.value()));
    }

    Entity entity(EntityProfile profile) {
        Facet facet = profile.facet();
        SearchState only = SearchState.empty().with(facet, profile.value());
        List<Period> timeline = profile.timeline().bars().stream()
                .map(bar -> new Period(bar.from(), bar.to(), bar.count(),
                        only.withDates(bar.from(), bar.to()).withSort(Sort.NEWEST).url(SearchView.PATH)))
                .toList();
        Map<String, List<CompanionLink>> companions = new LinkedHashMap<>();
        profile.companions().forEach((other, list) -> companions.put(other.jsonKey, list.stream()
                .map(c -> companion(only, c)).toList()));
        return new Entity(facet.jsonKey, profile.value(), profile.label(), profile.articles(),
                EntityLinks.url(facet, profile.value()), only.url(SearchView.PATH),
                only.withSort(Sort.NEWEST).url("/search.atom"), facts(facet, profile.value()), timeline, companions,
                profile.latest().stream().map(ArticleLink::of).toList(),
                profile.relevant().stream().map(ArticleLink::of).toList(),
                profile.family() == null ? null : new IndexEntry(profile.family(), labels.label(facet, profile.family()),
                        search.count(SearchState.empty().with(facet, profile.family())),
                        EntityLinks.url(facet, profile.family())),
                profile.variants().stream().map(value -> entry(facet, value)).toList());
    }

    private static CompanionLink companion(SearchState only, Companion companion) {
        return new CompanionLink(companion.facet().jsonKey, companion.value(), companion.label(), companion.together(),
                EntityLinks.url(companion.facet(), companion.value()),
                only.with(companion.facet(), companion.value()).url(SearchView.PATH));
    }

    private List<Fact> facts(Facet facet, String value) {
        List<Fact> facts = new ArrayList<>();
        switch (facet) {
            case COUNTRIES -> {
                facts.add(new Fact("ISO 3166-1 code", value));
                String flag = flag(value);
                if (flag != null) {
                    facts.add(new Fact("Flag", flag));
                }
            }
            case WEAPONS -> weapons.lookup(value).ifPresent(entry -> {
                facts.add(new Fact("Type", entry.type()));
                if (!entry.origins().isEmpty()) {
                    facts.add(new Fact("Origin", String.join(", ", entry.origins().stream()
                            .map(code -> labels.label(Facet.COUNTRIES, code)).toList())));
                }
            });
            default -> {
                // people and organisations: no knowledge-base facts yet
            }
        }
        return facts;
    }

    /**
     * The flag emoji of an ISO code (two regional indicator symbols), or null for codes without
     * one: SU (Soviet designs, a former state) has no flag emoji.
     */
    static String flag(String code) {
        if (code == null || code.length() != 2 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')
                || code.equals("SU")) {
            return null;
        }
        int first = 0x1F1E6 + code.charAt(0) - 'A';
        int second = 0x1F1E6 + code.charAt(1) - 'A';
        return new String(Character.toChars(first)) + new String(Character.toChars(second));
    }

    EntityView view(Entity entity) {
        Facet facet = facet(entity.type());
        List<SearchView.BarView> bars = new ArrayList<>();
        List<Period> periods = entity.timeline();
        // The bars link to the search narrowed to their period and the entity (Period.url).
        DateHistogram histogram = new DateHistogram("", periods.stream()
                .map(p -> new DateHistogram.Bar(p.from(), p.to(), p.count())).toList());
        Map<LocalDate, String> urls = new LinkedHashMap<>();
        periods.forEach(p -> urls.put(p.from(), p.url()));
        bars.addAll(SearchView.bars(histogram, TIMELINE_WIDTH, TIMELINE_HEIGHT, bar -> urls.get(bar.from())));
        return new EntityView(facet, entity, bars, TIMELINE_WIDTH, TIMELINE_HEIGHT);
    }
}
