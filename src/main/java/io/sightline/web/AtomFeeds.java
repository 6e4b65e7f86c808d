package io.sightline.web;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sightline.article.Article;
import io.sightline.search.ArticleHit;
import io.sightline.search.ArticleSearch;
import io.sightline.search.SearchState;

/**
 * Atom feeds of searches, so a reader can follow a search in any feed reader: the newest
 * matches of a {@link SearchState}, newest first. Any page that shows a search (the search
 * page, an entity's page) can offer one through {@link #answer}; the feed is a function of the
 * state alone, so equal searches have equal feeds.
 *
 * <p>Pollers are cheap: the answer carries an ETag (a hash of the listed articles) and a
 * Last-Modified (when the newest-imported of them was imported), and a request that presents
 * either unchanged gets a bodiless 304 after one small engine query and no rendering.
 */
@ApplicationScoped
public class AtomFeeds {

    public static final String MEDIA_TYPE = "application/atom+xml";
    /** Entries per feed: feed readers keep what they saw, so a day's news of a busy search fits. */
    public static final int ENTRIES = 30;
    /** Pollers may reuse an answer this long without asking again. */
    static final int MAX_AGE_SECONDS = 60;

    /** What a feed is about, beside its state: title and the page it mirrors. */
    public record FeedSpec(SearchState state, String title, String selfPath, String pagePath) {
    }

    private final ArticleSearch search;

    AtomFeeds(ArticleSearch search) {
        this.search = search;
    }

    /** The feed, or 304 Not Modified when the request's validators still hold. */
    public Response answer(FeedSpec spec, UriInfo uri, HttpHeaders headers) {
        List<ArticleHit> hits = search.newest(spec.state(), ENTRIES);
        Map<Long, Instant> imported = importTimes(hits);
        Instant lastImport = imported.values().stream().max(Instant::compareTo).orElse(null);
        EntityTag etag = new EntityTag(fingerprint(spec, hits), true);
        Response.ResponseBuilder response;
        if (notModified(headers, etag, lastImport)) {
            response = Response.notModified();
        } else {
            response = Response.ok(render(spec, hits, imported, lastImport, uri.getBaseUri()))
                    .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"));
        }
        response.tag(etag).header(HttpHeaders.CACHE_CONTROL, "max-age=" + MAX_AGE_SECONDS);
        if (lastImport != null) {
            response.lastModified(java.util.Date.from(lastImport));
        }
        return response.build();
    }

    /**
     * RFC 9110: If-None-Match wins when present (weak comparison); otherwise If-Modified-Since
     * at whole seconds, the resolution of HTTP dates.
     */
    static boolean notModified(HttpHeaders headers, EntityTag etag, Instant lastImport) {
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String opaque = tag.strip().replaceFirst("^W/", "");
                if (opaque.equals("*") || opaque.equals("\"" + etag.getValue() + "\"")) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null || lastImport == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastImport.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored, as RFC 9110 says
        }
    }

    private static Map<Long, Instant> importTimes(List<ArticleHit> hits) {
        Map<Long, Instant> times = new HashMap<>();
        if (hits.isEmpty()) {
            return times;
        }
        List<Long> ids = hits.stream().map(ArticleHit::id).toList();
        QuarkusTransaction.requiringNew().run(() -> Article.getEntityManager()
                .createQuery("select a.id, a.importedAt from Article a where a.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> times.put((Long) row[0], (Instant) row[1])));
        return times;
    }

    private static String fingerprint(FeedSpec spec, List<ArticleHit> hits) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(spec.selfPath().getBytes(StandardCharsets.UTF_8));
            digest.update(spec.title().getBytes(StandardCharsets.UTF_8));
            for (ArticleHit hit : hits) {
                digest.update((";" + hit.id() + "@" + hit.published() + ":" + hit.title()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String render(FeedSpec spec, List<ArticleHit> hits, Map<Long, Instant> imported, Instant lastImport, URI base) {
        String root = base.toString().replaceAll("/+$", "");
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(xml, "title", spec.title());
            element(xml, "subtitle", "The newest articles of this search, newest first.");
            element(xml, "id", root + spec.selfPath());
            link(xml, "self", root + spec.selfPath(), MEDIA_TYPE);
            link(xml, "alternate", root + spec.pagePath(), "text/html");
            element(xml, "updated", timestamp(lastImport == null ? Instant.EPOCH : lastImport));
            xml.writeStartElement("author");
            element(xml, "name", "Sightline");
            xml.writeEndElement();
            element(xml, "generator", "Sightline");
            for (ArticleHit hit : hits) {
                String page = root + "/articles/" + hit.id();
                Instant importedAt = imported.getOrDefault(hit.id(), Instant.EPOCH);
                xml.writeStartElement("entry");
                element(xml, "title", hit.title());
                element(xml, "id", page);
                link(xml, "alternate", page, "text/html");
                if (hit.url() != null && !hit.url().isBlank()) {
                    link(xml, "related", hit.url(), null);
                }
                element(xml, "published", timestamp(hit.published() == null ? importedAt : hit.published()));
                element(xml, "updated", timestamp(importedAt));
                if (hit.source() != null) {
                    xml.writeStartElement("author");
                    element(xml, "name", hit.source());
                    xml.writeEndElement();
                }
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(xmlText(hit.snippet()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /** Characters XML 1.0 cannot carry (controls other than tab and line breaks) are dropped. */
    private static String xmlText(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
