package org.w3id.e2eekg.server;

/**
 * The pieces every page the server writes shares: escaping, and the page around a body.
 * Every string that comes from the data goes through {@link #text} or {@link #attr}; the
 * style sheet is inline, so a page needs nothing else from the server.
 */
final class Html {
    private static final String STYLE = """
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;color:#1d1d1f}
            a{color:#0b57d0;text-decoration:none}a:hover{text-decoration:underline}
            header{border-bottom:1px solid #ddd;margin-bottom:1rem;padding-bottom:.5rem}
            header nav a{margin-right:1rem}h1{margin:.5rem 0 .25rem;font-size:1.6rem}
            .iri{font-family:ui-monospace,monospace;font-size:.85rem;color:#555;word-break:break-all}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
            th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #eee}
            th{background:#f6f8fa;font-weight:600}td.p{white-space:nowrap;width:14rem}
            blockquote{margin:.25rem 0 .5rem;padding:.25rem .75rem;border-left:3px solid #c6d4f0;background:#f7f9fd}
            .lit{color:#333}.dt{color:#888;font-size:.8rem}.types a{margin-right:.5rem}
            details summary{cursor:pointer}footer{margin-top:2rem;color:#777;font-size:.85rem}
            header form{display:inline;float:right}header input[type=search]{width:16rem;padding:.2rem .4rem}
            form.search input[type=search]{width:24rem;max-width:70%;padding:.3rem .5rem}
            mark{background:#fff3a3;padding:0 .1em}ol.hits li{margin-bottom:.75rem}
            .text{white-space:pre-wrap;border:1px solid #eee;padding:.75rem 1rem;background:#fcfcfc}p.lead{color:#444}
            ul.facts li{margin-bottom:.5rem}ul.facts p.fact{margin:.25rem 0}.text mark{background:#fff3a3;scroll-margin-top:4rem}.text mark:target{background:#ffd54f}
            """;

    private Html() {}

    /** Escapes text for an element's content. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Escapes text for a quoted attribute value. */
    static String attr(String s) {
        return text(s);
    }

    /** A link; {@code href} is escaped and only http(s) or server-relative targets become links. */
    static String link(String href, String label) {
        if (!(href.startsWith("/") || href.startsWith("http://") || href.startsWith("https://"))) {
            return text(label);
        }
        return "<a href=\"" + attr(href) + "\">" + text(label) + "</a>";
    }

    /** The search box of the search page, holding {@code q}. */
    static String searchForm(String q) {
        return "<form class=\"search\" action=\"/search\" role=\"search\"><input type=\"search\" name=\"q\" value=\""
                + attr(q) + "\" aria-label=\"Search\" autofocus> <button>Search</button></form>\n";
    }

    /** A whole page. {@code body} is HTML already escaped by the caller. */
    static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + text(title) + " · e2ee-kg</title><style>" + STYLE + "</style>" + head + "</head><body>"
                + "<header><nav><a href=\"/\">SPARQL (Fuseki UI)</a><a href=\"/queries\">Named queries</a>"
                + "<a href=\"/id/\">Index</a><a href=\"/.well-known/void\">About the dataset</a>"
                + "<form action=\"/search\" role=\"search\"><input type=\"search\" name=\"q\" aria-label=\"Search\" "
                + "placeholder=\"Search names and sentences\"></form></nav></header>\n"
                + body
                + "\n<footer>e2ee-kg: a knowledge graph of the public debate over end-to-end encryption and child safety."
                + " SPARQL endpoint: <a href=\"/kg/sparql\">/kg/sparql</a>.</footer></body></html>\n";
    }
}
