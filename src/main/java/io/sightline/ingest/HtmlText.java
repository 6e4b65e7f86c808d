package io.sightline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML to article text, shared by saved pages and feed items.
 *
 * <p>{@link #mainContent} finds an article's body in a whole page the way Readability does:
 * clutter (navigation, share buttons, cookie banners, related links, ads, comments, footers) is
 * removed by tag, ARIA role and class/id words; then every paragraph gives points to its parent
 * and grandparent (more for long text with commas), containers whose class/id say
 * article/content/story gain points and those that say nav/share/comment lose them, link-heavy
 * containers are discounted, and the best container wins, with its sibling paragraphs when
 * they look like more of the same story.
 *
 * <p>The text keeps paragraphs: one paragraph per block element, separated by a blank line.
 */
public final class HtmlText {

    /** Elements that never hold article text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "button, input, select, textarea, nav, footer, aside, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
            + "[aria-hidden=true], [hidden]";

    /** Words in class or id that mark clutter. Whole words only: "ad" must not match "header". */
    private static final Set<String> CLUTTER_WORDS = Set.of("ad", "ads", "advert", "adverts", "advertisement",
            "advertising", "sponsor", "sponsored", "promo", "promoted", "share", "sharing", "sharebar", "social",
            "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup", "related",
            "recommended", "recirculation", "outbrain", "taboola", "comment", "comments", "disqus", "footer",
            "nav", "navbar", "navigation", "menu", "sidebar", "breadcrumb", "breadcrumbs", "popup", "modal",
            "banner", "masthead", "toolbar", "tags", "widget", "paywall", "skip", "print", "most", "popular",
            "trending");

    /** Words in class or id that mark the article itself. */
    private static final Set<String> CONTENT_WORDS = Set.of("article", "content", "story", "body", "entry", "main",
            "post", "text", "prose", "blog", "news", "page", "column");

    /** Whole paragraphs that are page furniture, not text. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(advertisement|sponsored( content)?|share( this( article| story)?)?( on \\w+)?|read more|"
                    + "continue reading|skip to (main )?content|related( articles| stories)?|"
                    + "(sign up|subscribe)( to our newsletter| now)?|accept( all)?( cookies)?)[.:!]?$");

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "br", "hr", "header", "figure", "figcaption", "address");

    private static final int MIN_PARAGRAPH_CHARS = 25;

    private HtmlText() {
    }

    /** Text of an HTML fragment (a feed item's content), paragraphs kept. */
    public static String fragmentToText(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select(NEVER_TEXT).remove();
        return paragraphs(document.body());
    }

    /**
     * The article body of a whole page, without clutter. The document is changed (clutter removed).
     *
     * @return the text, paragraphs separated by blank lines; empty when the page has no text
     */
    public static String mainContent(Document document) {
        Element body = document.body();
        if (body == null) {
            return "";
        }
        removeClutter(body);
        Element best = bestContainer(body);
        return best == null ? paragraphs(body) : paragraphs(best);
    }

    private static void removeClutter(Element body) {
        body.select(NEVER_TEXT).remove();
        // The site's own header (logo, menu); an article's <header> (headline, byline) stays.
        body.select("body > header, body > div > header:not(article header)").remove();
        for (Element element : new ArrayList<>(body.getAllElements())) {
            if (element == body || element.parent() == null || isArticleTag(element)) {
                continue;
            }
            int words = classWeight(element);
            boolean clutter = hasWord(element, CLUTTER_WORDS);
            // "article-share" is clutter but "article-body ad-free" is not: a clutter word removes
            // an element unless content words vouch for it and it holds real text.
            if (clutter && (words <= 0 || element.text().length() < 200)) {
                element.remove();
            }
        }
    }

    private static boolean isArticleTag(Element element) {
        return element.nameIs("article") || element.nameIs("main");
    }

    private static Element bestContainer(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : body.select("p, pre, td, blockquote, div:not(:has(p, div, section, article, table))")) {
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double points = 1 + countCommas(text) + Math.min(text.length() / 100.0, 3);
            Element parent = paragraph.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, points, Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) {
                scores.merge(grandparent, points / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
            Element element = candidate.getKey();
            double score = (candidate.getValue() + tagWeight(element) + classWeight(element))
                    * (1 - linkDensity(element));
            candidate.setValue(score);
            if (score > bestScore) {
                best = element;
                bestScore = score;
            }
        }
        if (best == null || best == body) {
            return best;
        }
        return withSiblings(best, bestScore, scores);
    }

    /** The best container, or its parent when sibling blocks look like more of the same story. */
    private static Element withSiblings(Element best, double bestScore, Map<Element, Double> scores) {
        Element parent = best.parent();
        if (parent == null || parent.nameIs("body")) {
            return best;
        }
        double threshold = Math.max(10, bestScore * 0.2);
        int siblingsWithText = 0;
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                continue;
            }
            double score = scores.getOrDefault(sibling, 0.0);
            String text = sibling.text();
            if (score >= threshold || (sibling.nameIs("p") && text.length() > 80 && linkDensity(sibling) < 0.25)) {
                siblingsWithText++;
            }
        }
        return siblingsWithText > 0 ? parent : best;
    }

    private static double tagWeight(Element element) {
        return switch (element.normalName()) {
            case "article" -> 10;
            case "main", "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "form", "ol", "ul", "dl", "li" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    private static int classWeight(Element element) {
        int weight = 0;
        if (hasWord(element, CONTENT_WORDS)) {
            weight += 25;
        }
        if (hasWord(element, CLUTTER_WORDS)) {
            weight -= 25;
        }
        return weight;
    }

    private static boolean hasWord(Element element, Set<String> words) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String word : names.split("[^a-z0-9]+")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int linkLength = 0;
        for (Element link : element.select("a")) {
            linkLength += link.text().length();
        }
        return Math.min(1, (double) linkLength / length);
    }

    private static int countCommas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                commas++;
            }
        }
        return commas;
    }

    /** One paragraph per block element, blank lines between; link lists and furniture dropped. */
    static String paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(root, current, paragraphs);
        endParagraph(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void collect(Node node, StringBuilder current, List<String> paragraphs) {
        if (node instanceof TextNode text) {
            current.append(text.getWholeText());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        boolean block = BLOCKS.contains(element.normalName());
        if (block) {
            endParagraph(current, paragraphs);
            if (isLinkList(element)) {
                return;
            }
        }
        for (Node child : element.childNodes()) {
            collect(child, current, paragraphs);
        }
        if (block) {
            endParagraph(current, paragraphs);
        }
    }

    /** A list or block that is nearly all links ("Related: a, b, c") is navigation, not text. */
    private static boolean isLinkList(Element element) {
        if (!(element.nameIs("ul") || element.nameIs("ol") || element.nameIs("div") || element.nameIs("p")
                || element.nameIs("li"))) {
            return false;
        }
        return element.select("a").size() > 0 && linkDensity(element) > 0.6;
    }

    private static void endParagraph(StringBuilder current, List<String> paragraphs) {
        String text = current.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        current.setLength(0);
        if (!text.isEmpty() && !FURNITURE.matcher(text).matches()) {
            paragraphs.add(text);
        }
    }
}
