package org.w3id.e2eekg.ingest.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.w3id.e2eekg.ingest.ArticleMetadata;

/**
 * What a page says about its article, read from the places news sites put it, first found
 * wins:
 * <ul>
 *   <li>headline: JSON-LD {@code headline} of a {@code NewsArticle} (or another
 *       {@code *Article}, or {@code BlogPosting}), the first {@code <h1>},
 *       {@code og:title}, {@code twitter:title}, {@code <title>};</li>
 *   <li>date: {@code article:published_time}, JSON-LD {@code datePublished},
 *       {@code itemprop="datePublished"}, the first {@code <time datetime>}, the
 *       {@code date}, {@code pubdate} and Dublin Core meta tags; the calendar date as the
 *       page writes it, in the page's own time zone;</li>
 *   <li>authors: {@code <meta name="author">}, JSON-LD {@code author} (a name, a
 *       {@code Person} or a list of them), {@code article:author} when it is a name and not
 *       an address, {@code rel="author"} and {@code itemprop="author"} elements;</li>
 *   <li>address: {@code <link rel="canonical">}, {@code og:url}, JSON-LD {@code url} or
 *       {@code mainEntityOfPage}, the {@code saved from url=} comment browsers write; only an
 *       absolute http(s) address is taken.</li>
 * </ul>
 *
 * <p>Malformed metadata (JSON-LD that does not parse, a date that is not a date) is passed
 * over, never an error: the text is what the graph is made from, and a page is not refused
 * for its metadata.
 *
 * <p>JSON-LD is read as plain JSON with Jena's own parser, not expanded as JSON-LD: a page's
 * {@code @context} would have to be fetched from the web, and the loader makes no network
 * connection. The terms read are schema.org's, which pages write in compact form.
 *
 * @param metadata headline, authors and address
 * @param date     the publication date, or null
 */
record PageMetadata(ArticleMetadata metadata, LocalDate date) {
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i)(\\w*Article|BlogPosting|Report)");
    private static final int MAX_AUTHORS = 20;
    private static final int MAX_HEADLINE = 500;

    /** Reads the page's metadata; call before anything is removed from the page. */
    static PageMetadata of(Document page) {
        JsonObject ld = jsonLdArticle(page);
        String headline = first(PageMetadata::clip,
                ld == null ? null : string(ld.get("headline")),
                text(page.selectFirst("h1")),
                meta(page, "meta[property=og:title]"),
                meta(page, "meta[name=twitter:title]"),
                page.title());
        LocalDate date = first(PageMetadata::isoDate,
                meta(page, "meta[property=article:published_time]"),
                ld == null ? null : string(ld.get("datePublished")),
                attribute(page, "[itemprop=datePublished]", "content", "datetime"),
                attribute(page, "time[datetime]", "datetime"),
                meta(page, "meta[name=date], meta[name=pubdate], meta[name=publishdate], meta[name=dc.date], "
                        + "meta[name=DC.date.issued], meta[name=dcterms.created]"));
        String url = first(PageMetadata::absoluteHttpUrl,
                attribute(page, "link[rel=canonical]", "href"),
                meta(page, "meta[property=og:url]"),
                ld == null ? null : string(ld.get("url")),
                ld == null ? null : idOf(ld.get("mainEntityOfPage")),
                savedFrom(page));
        return new PageMetadata(new ArticleMetadata(headline, authors(page, ld), url), date);
    }

    // ---------------------------------------------------------------- JSON-LD

    /** The first JSON-LD object typed as an article, looked for in arrays and {@code @graph}s. */
    private static JsonObject jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonValue value;
            try {
                value = JSON.parseAny(script.data());
            } catch (RuntimeException e) {
                continue; // malformed JSON-LD says nothing
            }
            JsonObject found = findArticle(value);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonObject findArticle(JsonValue root) {
        List<JsonValue> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            JsonValue v = todo.remove(0);
            if (v.isArray()) {
                todo.addAll(v.getAsArray());
            } else if (v.isObject()) {
                JsonObject o = v.getAsObject();
                if (isArticleType(o.get("@type"))) {
                    return o;
                }
                if (o.hasKey("@graph")) {
                    todo.add(o.get("@graph"));
                }
            }
        }
        return null;
    }

    private static boolean isArticleType(JsonValue type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            return type.getAsArray().stream().anyMatch(PageMetadata::isArticleType);
        }
        String s = string(type);
        return s != null && ARTICLE_TYPE.matcher(s.substring(s.lastIndexOf('/') + 1)).matches();
    }

    private static String string(JsonValue v) {
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    /** A string, or the {@code @id} or {@code url} of an object. */
    private static String idOf(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isObject()) {
            String id = string(v.getAsObject().get("@id"));
            return id != null ? id : string(v.getAsObject().get("url"));
        }
        return string(v);
    }

    /** Names from a JSON-LD {@code author}: a string, an object with a name, or an array of them. */
    private static void names(JsonValue v, Set<String> out) {
        if (v == null) {
            return;
        }
        if (v.isArray()) {
            JsonArray a = v.getAsArray();
            a.forEach(x -> names(x, out));
        } else if (v.isObject()) {
            add(out, string(v.getAsObject().get("name")));
        } else {
            add(out, string(v));
        }
    }

    // ---------------------------------------------------------------- authors

    private static List<String> authors(Document page, JsonObject ld) {
        Set<String> out = new LinkedHashSet<>();
        page.select("meta[name=author]").forEach(m -> add(out, m.attr("content")));
        if (ld != null) {
            names(ld.get("author"), out);
        }
        page.select("meta[property=article:author]").forEach(m -> {
            String a = m.attr("content");
            if (!a.contains("/")) {
                add(out, a);
            }
        });
        page.select("[rel=author], [itemprop=author]").forEach(e -> add(out, e.hasAttr("content") ? e.attr("content") : e.text()));
        return out.stream().limit(MAX_AUTHORS).toList();
    }

    private static void add(Set<String> out, String name) {
        String clean = clip(name);
        if (clean != null) {
            out.add(clean);
        }
    }

    // ---------------------------------------------------------------- plain HTML

    private static String meta(Document page, String query) {
        Element e = page.selectFirst(query);
        return e == null ? null : e.attr("content");
    }

    private static String attribute(Document page, String query, String... names) {
        for (Element e : page.select(query)) {
            for (String name : names) {
                if (!e.attr(name).isBlank()) {
                    return e.attr(name);
                }
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String savedFrom(Document page) {
        for (Node n : page.childNodes()) {
            if (n instanceof Comment c) {
                Matcher m = SAVED_FROM.matcher(c.getData());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- values

    /** The first of {@code values} that {@code read} makes something of (a non-null result); or null. */
    private static <T> T first(Function<String, T> read, String... values) {
        for (String v : values) {
            T found = v == null ? null : read.apply(v);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** White space collapsed, at most {@value #MAX_HEADLINE} chars; null for nothing. */
    private static String clip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("(?U)\\s+", " ").strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() > MAX_HEADLINE ? t.substring(0, MAX_HEADLINE) : t;
    }

    /** The calendar date an ISO date or date-time starts with; null when there is none. */
    private static LocalDate isoDate(String value) {
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null; // not a calendar date: the next source is tried
        }
    }

    /** {@code s}, without a fragment, when it is an absolute http(s) URL with a host; else null. */
    static String absoluteHttpUrl(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String candidate = s.strip();
        int hash = candidate.indexOf('#');
        if (hash >= 0) {
            candidate = candidate.substring(0, hash);
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            if (!http || uri.getHost() == null) {
                return null;
            }
            String ascii = uri.toASCIIString();
            IRIx.create(ascii); // the graph's own check of an IRI: refuses what RDF writers would
            return ascii;
        } catch (URISyntaxException | IRIException e) {
            return null;
        }
    }
}
