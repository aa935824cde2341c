package org.w3id.e2eekg.ingest.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Takes the article's own text out of a parsed page, leaving the page's furniture behind
 * (navigation, cookie banners, advertisements, share buttons, related links, footers).
 *
 * <p>The container is found in the order in which pages say it: an element marked
 * {@code itemprop="articleBody"}, else the {@code <article>} with the most paragraph text,
 * else {@code <main>} (or {@code role="main"}), else the element with the highest
 * readability-style score: the text of the paragraphs directly below it (half for those
 * one level further down), less the share of that text that sits in links. Inside it,
 * elements that are furniture by their tag ({@code nav}, {@code aside}, {@code form},
 * {@code script}...), their ARIA role, their being hidden, or their class or id
 * ({@code cookie}, {@code advert}, {@code related}, {@code share}...) are dropped, and the
 * rest is written out one paragraph per block element, separated by blank lines, which is
 * how the plain-text articles are laid out.
 *
 * <p>Trade-off: a few fixed rules rather than Mozilla's full Readability algorithm (see the
 * README for why no port of it was taken). They suit news pages, which mark their article
 * well; a page that marks nothing and scatters its text over many small blocks may lose
 * some paragraphs. All traversals are iterative ({@link NodeTraversor}), so a deeply nested
 * page cannot exhaust the stack.
 */
final class MainText {
    private static final String FURNITURE_TAGS = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "form, button, input, select, textarea, nav, aside, footer, dialog, figure, figcaption, picture, video, "
            + "audio, map, menu";
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "alert", "marquee", "timer");
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "cookie|consent|gdpr|banner|advert|(^|[-_ ])ads?($|[-_ ])|sponsor|promo|related|recommend|share|sharing"
                    + "|social|newsletter|subscri|signup|sign-up|comment|breadcrumb|popup|modal|overlay|paywall"
                    + "|outbrain|taboola|masthead|sidebar|widget|skip-link|most-read|trending|read-more|tags|byline"
                    + "|kicker|timestamp|author-bio");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "hr", "address", "center", "details", "summary", "body");
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    private MainText() {}

    /**
     * The article's text, paragraphs separated by blank lines; the page is modified (its
     * furniture removed).
     *
     * @param headline the page's headline, put first when the container has no {@code <h1>}
     *                 of its own and does not start with it (scraped plain-text articles
     *                 start with their headline); or null
     */
    static String of(Document page, String headline) {
        Element body = page.body();
        body.select(FURNITURE_TAGS).remove();
        TextLengths lengths = TextLengths.of(body);
        Element container = container(body, lengths);
        removeFurniture(container, lengths);
        List<String> paragraphs = paragraphs(container);
        boolean startsWithHeadline = !paragraphs.isEmpty() && paragraphs.get(0).equals(headline);
        if (headline != null && !headline.isBlank() && !startsWithHeadline && container.selectFirst("h1") == null) {
            paragraphs.add(0, headline);
        }
        return String.join("\n\n", paragraphs);
    }

    private static Element container(Element body, TextLengths lengths) {
        Elements marked = body.select("[itemprop=articleBody]");
        if (!marked.isEmpty()) {
            return largest(marked, lengths);
        }
        Elements articles = body.select("article");
        if (!articles.isEmpty()) {
            return withHeadline(largest(articles, lengths));
        }
        Element main = body.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        Element scored = highestScoring(body, lengths);
        return scored != null ? scored : body;
    }

    /** The {@code <article>} itself, or its parent when its headline sits just outside it. */
    private static Element withHeadline(Element article) {
        Element parent = article.parent();
        if (article.selectFirst("h1") == null && parent != null && parent.selectFirst("h1") != null
                && parent.select("article").size() == 1) {
            return parent;
        }
        return article;
    }

    private static Element largest(Elements candidates, TextLengths lengths) {
        return candidates.stream().max(Comparator.comparingInt(lengths::paragraphs)).orElseThrow();
    }

    /** The readability-style pick: paragraph text credited to parents and grandparents, less link text. */
    private static Element highestScoring(Element body, TextLengths lengths) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            int length = lengths.text(p);
            if (length < 25) {
                continue;
            }
            double score = 1 + Math.min(3, length / 100.0) + p.text().split(",").length;
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - lengths.linkDensity(e.getKey()));
            if (s > bestScore) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * Drops, below the container, what is furniture by role, by being hidden or by class or
     * id. A class or id alone never drops an element that holds half of the container's text
     * or more: names are a guess ({@code commentary-body} is not a comment box).
     */
    private static void removeFurniture(Element container, TextLengths lengths) {
        int half = lengths.text(container) / 2;
        List<Element> doomed = new ArrayList<>();
        for (Element e : container.getAllElements()) {
            if (e != container && (isFurniture(e) || isFurnitureByName(e) && lengths.text(e) < half)) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    private static boolean isFurnitureByName(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return FURNITURE_NAME.matcher(names).find();
    }

    private static boolean isFurniture(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return true;
        }
        return FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
    }

    /** The text of the container, one entry per block, white space collapsed, empty blocks skipped. */
    private static List<String> paragraphs(Element container) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof Element e && (BLOCK_TAGS.contains(e.normalName()) || e.is("br"))) {
                    flush(current, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush(current, out);
                }
            }
        }, container);
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        String text = SPACES.matcher(current).replaceAll(" ").strip();
        if (!text.isEmpty()) {
            out.add(text);
        }
        current.setLength(0);
    }
}
