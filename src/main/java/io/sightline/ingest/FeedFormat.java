package io.sightline.ingest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jsoup.Jsoup;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read by Rome: one article per item, with its title, link,
 * date and text. The text is the item's full content when the feed carries it
 * ({@code content:encoded}, Atom {@code <content>}), else its description or summary, turned
 * from HTML into paragraphs like a saved page.
 *
 * <p>Many feeds carry only a teaser. Such items are still imported, as title and summary with
 * the link to the full story: the article is findable and the link leads to the rest. An item
 * with no text at all gets its title as body, for the same reason.
 *
 * <p>A feed that is not well-formed XML (or not a feed) is rejected as a whole, with the line
 * of the error. Document type declarations are refused (Rome's default), which rules out XML
 * entity expansion attacks.
 */
public final class FeedFormat implements ArticleFormat {

    /**
     * Deepest element nesting read. Rome builds a JDOM tree recursively: 3,000 nested elements
     * overflowed the stack (issue 10). Real feeds nest fewer than 10 levels.
     */
    static final int MAX_DEPTH = 200;

    @Override
    public List<ParsedItem> parse(String content, String origin, String defaultSource) {
        String tooDeep = nestingProblem(content);
        if (tooDeep != null) {
            return List.of(ParsedItem.rejected(origin, tooDeep));
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(content));
        } catch (ParsingFeedException e) {
            return List.of(ParsedItem.rejected(origin, "not a valid feed: invalid XML"
                    + (e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "") + ": " + rootMessage(e)));
        } catch (FeedException | IllegalArgumentException e) {
            return List.of(ParsedItem.rejected(origin, "not an RSS or Atom feed: " + rootMessage(e)));
        }
        String source = feed.getTitle() != null && !feed.getTitle().isBlank()
                ? plain(feed.getTitle()) : defaultSource;
        if (source.length() > 300) {
            source = source.substring(0, 300);
        }
        List<ParsedItem> items = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String where = origin + " item " + n;
            String title = entry.getTitle() == null ? "" : plain(entry.getTitle());
            if (title.isEmpty()) {
                items.add(ParsedItem.rejected(where, "the item has no title"));
                continue;
            }
            String body = text(entry);
            if (body.isEmpty()) {
                body = title;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(ParsedItem.accepted(new ArticleDraft(title, body, link(entry), source,
                    date == null ? null : date.toInstant(), where)));
        }
        if (items.isEmpty()) {
            items.add(ParsedItem.rejected(origin, "the feed has no items"));
        }
        return items;
    }

    /** Full content when present, else the description/summary. */
    private static String text(SyndEntry entry) {
        StringBuilder full = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            String text = toText(content);
            if (!text.isEmpty()) {
                full.append(full.length() > 0 ? "\n\n" : "").append(text);
            }
        }
        if (full.length() > 0) {
            return full.toString();
        }
        return entry.getDescription() == null ? "" : toText(entry.getDescription());
    }

    private static String toText(SyndContent content) {
        if (content.getValue() == null) {
            return "";
        }
        String type = content.getType() == null ? "html" : content.getType();
        if ("text".equals(type) || "text/plain".equals(type)) {
            return content.getValue().strip();
        }
        return HtmlText.fragmentToText(content.getValue());
    }

    private static String link(SyndEntry entry) {
        String link = entry.getLink();
        if (link == null || link.isBlank()) {
            for (SyndLink candidate : entry.getLinks()) {
                if (candidate.getRel() == null || "alternate".equals(candidate.getRel())) {
                    link = candidate.getHref();
                    break;
                }
            }
        }
        if (link == null || link.isBlank()) {
            // RSS guid is often the permalink
            String uri = entry.getUri();
            link = uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
        }
        // A relative or odd link would reject the whole item; the item is worth more without it.
        return link != null && link.strip().matches("(?i)https?://\\S+") ? link.strip() : null;
    }

    private static String plain(String maybeHtml) {
        return Jsoup.parse(maybeHtml).text().strip();
    }

    /** A message when the XML nests deeper than {@link #MAX_DEPTH}; a streaming pass, no tree, no DTD. */
    static String nestingProblem(String content) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int depth = 0;
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(content));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                        return "not a usable feed: elements nest more than " + MAX_DEPTH + " levels deep (line "
                                + reader.getLocation().getLineNumber() + ")";
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return null; // not well-formed: Rome's parse says where
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
