package io.sightline.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sightline.article.PublicationDates;

/**
 * A saved news page: title, publication date, canonical URL, publisher and the article body
 * without the page's clutter (see {@link HtmlText#mainContent}).
 *
 * <p>Metadata comes from what publishers write for search engines and social networks, in
 * this order: Open Graph and article meta tags, JSON-LD (schema.org NewsArticle), other common
 * meta names, then the page itself (h1, &lt;time datetime&gt;, &lt;title&gt;).
 */
public final class HtmlFormat implements ArticleFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Meta tags that carry the publication date, most specific first. */
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time",
            "datePublished", "pubdate", "publishdate", "publish-date", "publication_date", "date", "dc.date",
            "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
            "article.published", "cxenseparse:recs:publishtime");

    /** Below this many characters, a page's "body" is a teaser or an error page, not an article. */
    static final int MIN_BODY_CHARS = 80;

    @Override
    public List<ParsedItem> parse(String content, String origin, String defaultSource) {
        Document page = Jsoup.parse(content);
        List<JsonNode> linkedData = linkedData(page);
        String title = title(page, linkedData);
        if (title == null) {
            return List.of(ParsedItem.rejected(origin, "no title found (no og:title, headline, h1 or <title>)"));
        }
        String url = canonicalUrl(page);
        Instant published = publicationDate(page, linkedData);
        String source = firstNonBlank(meta(page, "og:site_name"), publisherName(linkedData), defaultSource);
        String body = HtmlText.mainContent(page);
        if (body.length() < MIN_BODY_CHARS) {
            return List.of(ParsedItem.rejected(origin, body.isEmpty() ? "no article text found in the page"
                    : "too little article text in the page (" + body.length() + " characters)"));
        }
        // The headline often opens the extracted text too; keep it once.
        if (body.startsWith(title + "\n\n")) {
            body = body.substring(title.length() + 2);
        }
        return List.of(ParsedItem.accepted(new ArticleDraft(title, body, url, source, published, origin)));
    }

    private static String title(Document page, List<JsonNode> linkedData) {
        String fromMeta = firstNonBlank(meta(page, "og:title"), meta(page, "twitter:title"),
                linkedDataText(linkedData, "headline"));
        if (fromMeta != null) {
            return fromMeta;
        }
        Element h1 = page.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String title = page.title().strip();
        return title.isEmpty() ? null : title;
    }

    private static String canonicalUrl(Document page) {
        for (String candidate : new String[] {attribute(page, "link[rel=canonical]", "href"), meta(page, "og:url")}) {
            if (candidate != null && (candidate.startsWith("http://") || candidate.startsWith("https://"))
                    && candidate.length() <= ArticleImporter.MAX_URL_CHARS) {
                try {
                    new java.net.URI(candidate);
                    return candidate;
                } catch (java.net.URISyntaxException e) {
                    // not usable: try the next one
                }
            }
        }
        return null;
    }

    private static Instant publicationDate(Document page, List<JsonNode> linkedData) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(page, DATE_METAS.get(0)));
        candidates.add(linkedDataText(linkedData, "datePublished"));
        for (String name : DATE_METAS.subList(1, DATE_METAS.size())) {
            candidates.add(meta(page, name));
        }
        candidates.add(attribute(page, "[itemprop=datePublished]", "content"));
        candidates.add(attribute(page, "[itemprop=datePublished]", "datetime"));
        candidates.add(attribute(page, "time[pubdate]", "datetime"));
        candidates.add(attribute(page, "article time[datetime]", "datetime"));
        candidates.add(attribute(page, "time[datetime]", "datetime"));
        for (String candidate : candidates) {
            // A page's date is a guess among its metadata: an implausible one is skipped, not fatal.
            Optional<Instant> date = Dates.parse(candidate).filter(PublicationDates::isPlausible);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    /** A meta tag's content, by property (Open Graph), name or itemprop. */
    private static String meta(Document page, String key) {
        for (Element meta : page.select("meta[content]")) {
            if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
                    || key.equalsIgnoreCase(meta.attr("itemprop"))) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String attribute(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        if (element == null) {
            return null;
        }
        String value = element.attr(attribute).strip();
        return value.isEmpty() ? null : value;
    }

    /** The JSON-LD objects of the page, flattened out of arrays and @graph. Broken JSON-LD is ignored. */
    private static List<JsonNode> linkedData(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                flatten(JSON.readTree(script.data()), nodes);
            } catch (java.io.IOException e) {
                // publishers do ship invalid JSON-LD; the page's other metadata still counts
            }
        }
        return nodes;
    }

    private static void flatten(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> flatten(child, into));
        } else if (node.isObject()) {
            into.add(node);
            flatten(node.get("@graph"), into);
        }
    }

    private static String linkedDataText(List<JsonNode> nodes, String field) {
        for (JsonNode node : nodes) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return Jsoup.parse(value.asText()).text().strip();
            }
        }
        return null;
    }

    private static String publisherName(List<JsonNode> nodes) {
        for (JsonNode node : nodes) {
            JsonNode publisher = node.get("publisher");
            if (publisher != null && publisher.isObject() && publisher.path("name").isTextual()) {
                return publisher.get("name").asText().strip();
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
