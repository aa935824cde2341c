package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.query.QueryCancelledException;

/**
 * {@code GET /search?q=words}: full-text search over labels, aliases and sentences
 * ({@link Search}), as an HTML page of ranked results (the search box of every page sends
 * people here) or as JSON ({@code Accept: application/json} or {@code ?format=json}). A
 * sentence links to its place in its article's page; any other hit to its own page.
 */
final class SearchServlet extends HttpServlet {
    static final String PATH = "/search";
    private static final List<String> OFFERS = List.of(Negotiation.HTML, Negotiation.JSON);

    private final transient Search search;
    private final transient LocalPaths paths;
    private final transient Kinds kinds;

    SearchServlet(Search search, LocalPaths paths, Kinds kinds) {
        this.search = search;
        this.paths = paths;
        this.kinds = kinds;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.addHeader("Vary", "Accept");
        Optional<String> type = Negotiation.choose(request, OFFERS);
        if (type.isEmpty()) {
            ServletSupport.notAcceptable(response, OFFERS);
            return;
        }
        String q = Optional.ofNullable(request.getParameter("q")).orElse("");
        List<Search.Hit> hits;
        try {
            hits = search.find(q);
        } catch (QueryCancelledException e) {
            ServletSupport.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The search took too long.");
            return;
        }
        if (type.get().equals(Negotiation.JSON)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.write(out, json(q, hits).build());
            out.write('\n');
            ServletSupport.send(response, "application/json;charset=utf-8", out.toByteArray());
            return;
        }
        ServletSupport.html(response, Html.page(q.isBlank() ? "Search" : "Search: " + q, "", html(q, hits)));
    }

    private JsonBuilder json(String q, List<Search.Hit> hits) {
        JsonBuilder json = JsonBuilder.create().startObject().pair("query", q).key("hits").startArray();
        for (Search.Hit h : hits) {
            json.startObject().pair("iri", h.iri()).pair("page", paths.href(h.iri()))
                    .pair("kind", kinds.of(h.iri()).map(Kinds.Kind::singular).orElse(""))
                    .pair("label", h.label()).pair("text", h.text()).pair("score", h.score());
            h.source().ifPresent(s -> json.key("article").startObject().pair("iri", s.article())
                    .pair("page", sentenceHref(s)).pair("label", s.label()).pair("date", s.date())
                    .pair("start", s.start()).pair("end", s.end()).finishObject());
            json.finishObject();
        }
        return json.finishArray().finishObject();
    }

    private String html(String q, List<Search.Hit> hits) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>\n").append(Html.searchForm(q));
        if (q.isBlank()) {
            b.append("<p>Names, aliases and the words of every sentence the facts come from. "
                    + "SPARQL users have the same index as <code>text:query</code>.</p>\n");
            return b.toString();
        }
        if (hits.isEmpty()) {
            return b.append("<p>Nothing found for <strong>").append(Html.text(q)).append("</strong>.</p>\n").toString();
        }
        b.append("<p>").append(hits.size()).append(hits.size() == 1 ? " result" : " results").append(", best first.</p>\n<ol class=\"hits\">\n");
        for (Search.Hit h : hits) {
            b.append("<li>");
            if (h.source().isPresent()) {
                Search.Source s = h.source().get();
                b.append("<blockquote>").append(h.marked()).append("</blockquote><small>")
                        .append(Html.link(sentenceHref(s), s.label().isEmpty() ? "the article" : s.label()))
                        .append(s.date().isEmpty() ? "" : ", " + Html.text(s.date())).append("</small>");
            } else {
                String label = h.label().isEmpty() ? h.text() : h.label();
                b.append(Html.link(paths.href(h.iri()), label)).append(" <span class=\"dt\">")
                        .append(Html.text(kinds.of(h.iri()).map(Kinds.Kind::singular).orElse(""))).append("</span>");
                if (!h.text().equals(label)) {
                    b.append("<div class=\"dt\">matched: ").append(h.marked()).append("</div>");
                }
            }
            b.append("</li>\n");
        }
        return b.append("</ol>\n").toString();
    }

    /** The sentence's place in its article's page. */
    private String sentenceHref(Search.Source s) {
        return paths.href(s.article()) + "#" + ArticleText.anchor(s.start(), s.end());
    }
}
