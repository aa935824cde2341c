package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.query.QueryCancelledException;
import org.w3id.e2eekg.graph.Iris;

/**
 * The index of what the graph names, under {@code /id/}: {@code /id/} lists the kinds of
 * resource with how many of each there are ({@link Kinds}), {@code /id/org/} the
 * organisations by label, and so on, a page of {@value #PAGE} at a time ({@code ?page=2}).
 * Only labelled resources are listed; statements and selectors are reached from the pages of
 * what they are about.
 */
final class IdIndexServlet extends HttpServlet {
    static final String PATH = "/id/";
    static final int PAGE = 500;

    private final transient ResourceDescriber describer;
    private final transient Kinds kinds;
    private final transient LocalPaths paths;
    private final transient String idBase;

    IdIndexServlet(ResourceDescriber describer, Kinds kinds, LocalPaths paths, Iris iris) {
        this.describer = describer;
        this.kinds = kinds;
        this.paths = paths;
        this.idBase = iris.idBase();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = ServletSupport.path(request);
        try {
            if (path.equals(PATH)) {
                ServletSupport.html(response, Html.page("Index", "", kindList()));
                return;
            }
            String segment = path.substring(PATH.length(), path.length() - 1);
            int page = pageNumber(request.getParameter("page"));
            List<ResourceDescriber.Member> members = describer.members(kinds.namespace(segment), (long) (page - 1) * PAGE, PAGE + 1);
            if (members.isEmpty() && page == 1) {
                ServletSupport.notFound(request, response, "The graph names nothing under " + path);
                return;
            }
            ServletSupport.html(response, Html.page(Kinds.named(segment).plural(), "", memberList(segment, members, page)));
        } catch (QueryCancelledException e) {
            ServletSupport.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The index took too long.");
        }
    }

    private static int pageNumber(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private String kindList() {
        StringBuilder b = new StringBuilder("<h1>Index</h1>\n<p>Everything the graph names, by kind. ")
                .append("To find something by name or by a word of a sentence, search.</p>\n<table><tr><th>Kind</th><th>How many</th></tr>\n");
        for (ResourceDescriber.Member kind : describer.kinds(idBase)) {
            String segment = kind.iri();
            b.append("<tr><td>").append(Html.link(PATH + segment + "/", Kinds.named(segment).plural())).append("</td><td>")
                    .append(Html.text(kind.label())).append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    private String memberList(String segment, List<ResourceDescriber.Member> members, int page) {
        boolean more = members.size() > PAGE;
        StringBuilder b = new StringBuilder("<h1>").append(Html.text(Kinds.named(segment).plural())).append("</h1>\n<p>")
                .append(Html.link(PATH, "Index")).append(page > 1 ? " · page " + page : "").append("</p>\n<ul>\n");
        members.stream().limit(PAGE).forEach(m -> b.append("<li>").append(Html.link(paths.href(m.iri()), m.label()))
                .append("</li>\n"));
        b.append("</ul>\n");
        if (page > 1 || more) {
            b.append("<p>");
            if (page > 1) {
                b.append(Html.link("?page=" + (page - 1), "previous")).append(' ');
            }
            if (more) {
                b.append(Html.link("?page=" + (page + 1), "next"));
            }
            b.append("</p>\n");
        }
        return b.toString();
    }
}
