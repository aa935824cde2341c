package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * The named queries over HTTP. {@code GET /queries} lists them (name, title, question,
 * description, URL) as JSON or as an HTML page; {@code GET /queries/{name}} runs one over
 * the store and answers by content negotiation: SPARQL results in JSON (the default), XML,
 * CSV or TSV, or an HTML table whose IRIs link to their pages. A CONSTRUCT or DESCRIBE
 * query answers in the RDF formats.
 *
 * <p>The query runs under the server's timeout (503 when it runs out) and the anonymous
 * {@link AnswerBudget} (422 past it), inside one read transaction (TDB2 hands out nodes
 * lazily, and reading them after the transaction lost values), and its answer streams to
 * the client as it is written ({@link StreamedAnswer}: whole with its length when small, cut
 * off rather than ended when it fails after its first part has gone). Answers carry an
 * entity tag and a date of the store's version ({@link StoreVersion}), so a client asking
 * again gets 304 until the store changes, without the query being run.
 */
final class NamedQueryServlet extends HttpServlet {
    private static final int UNPROCESSABLE = 422;
    private static final List<String> LIST_OFFERS = List.of(Negotiation.JSON, Negotiation.HTML);
    private static final List<String> RESULT_OFFERS = List.of(Negotiation.SPARQL_JSON, Negotiation.JSON,
            Negotiation.SPARQL_XML, Negotiation.CSV, Negotiation.TSV, Negotiation.HTML);
    private static final Map<String, Lang> RESULT_LANGS = Map.of(Negotiation.SPARQL_JSON, ResultSetLang.RS_JSON,
            Negotiation.JSON, ResultSetLang.RS_JSON, Negotiation.SPARQL_XML, ResultSetLang.RS_XML,
            Negotiation.CSV, ResultSetLang.RS_CSV, Negotiation.TSV, ResultSetLang.RS_TSV);

    private final transient NamedQueries queries;
    private final transient DatasetGraph dataset;
    private final transient long timeoutMillis;
    private final transient ResourcePage page;
    private final transient RdfOutput rdf;
    private final transient AnswerBudget budget;
    private final transient PrefixMapping prefixes;
    private final transient StoreVersion versions;

    NamedQueryServlet(NamedQueries queries, DatasetGraph dataset, long timeoutMillis, AnswerBudget budget, ResourcePage page,
                      RdfOutput rdf, PrefixMapping prefixes, StoreVersion versions) {
        this.budget = budget;
        this.prefixes = prefixes;
        this.versions = versions;
        this.queries = queries;
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
        this.page = page;
        this.rdf = rdf;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.addHeader("Vary", "Accept");
        String path = ServletSupport.path(request);
        if (path.equals("/queries") || path.equals("/queries/")) {
            list(request, response);
            return;
        }
        String name = path.substring("/queries/".length());
        Optional<NamedQuery> query = queries.get(name);
        if (query.isEmpty()) {
            ServletSupport.notFound(request, response, "No named query '" + name + "'; see /queries");
            return;
        }
        run(query.get(), request, response);
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> type = Negotiation.choose(request, LIST_OFFERS);
        if (type.isEmpty()) {
            ServletSupport.notAcceptable(response, LIST_OFFERS);
            return;
        }
        if (type.get().equals(Negotiation.HTML)) {
            StringBuilder b = new StringBuilder("<h1>Named queries</h1>\n<p>The questions the knowledge graph answers. "
                    + "Each link runs its query; add <code>?format=csv</code> (or json, xml, tsv) for data.</p>\n<dl>\n");
            for (NamedQuery q : queries.all()) {
                b.append("<dt>").append(Html.link("/queries/" + q.name(), q.title())).append(" <span class=\"dt\">")
                        .append(Html.text(q.name())).append("</span></dt><dd>").append(Html.text(q.question()))
                        .append("</dd>\n");
            }
            ServletSupport.html(response, Html.page("Named queries", "", b.append("</dl>").toString()));
            return;
        }
        JsonBuilder json = JsonBuilder.create().startObject().key("queries").startArray();
        for (NamedQuery q : queries.all()) {
            json.startObject().pair("name", q.name()).pair("title", q.title()).pair("question", q.question())
                    .pair("description", q.description()).pair("url", "/queries/" + q.name()).finishObject();
        }
        json.finishArray().finishObject();
        response.setContentType("application/json;charset=utf-8");
        OutputStream out = response.getOutputStream();
        JSON.write(out, json.build());
        out.write('\n');
    }

    private void run(NamedQuery named, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Query query = named.query();
        boolean results = query.isSelectType() || query.isAskType();
        List<String> offers = results ? RESULT_OFFERS : RdfOutput.TYPES;
        Optional<String> type = Negotiation.choose(request, offers);
        if (type.isEmpty()) {
            ServletSupport.notAcceptable(response, offers);
            return;
        }
        Map<String, Node> bindings;
        try {
            bindings = bindings(named, request);
        } catch (IllegalArgumentException e) {
            ServletSupport.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        String contentType = results ? type.get() + ";charset=utf-8" : RdfOutput.contentType(type.get());
        try {
            // written inside the read transaction: TDB2's nodes cannot be read after it
            versions.inSnapshot(stamp -> {
                if (StoreVersion.notModified(request, response, stamp.etag("query-" + type.get()), stamp)) {
                    return;
                }
                StreamedAnswer.begin(response);
                response.setContentType(contentType);
                try {
                    render(named, bindings, type.get(), StreamedAnswer.unflushed(response.getOutputStream()));
                } catch (StreamedAnswer.Stopped stopped) {
                    throw StreamedAnswer.stopped(request, response, stopped);
                }
            });
        } catch (QueryCancelledException e) {
            if (!response.isCommitted()) {
                ServletSupport.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
            }
        } catch (QueryDeniedException e) {
            if (!response.isCommitted()) {
                ServletSupport.error(response, UNPROCESSABLE, e.getMessage());
            }
        }
    }

    /**
     * The values of the query's parameters in the request, each bound to its variable; every
     * other request parameter but {@code format} is refused.
     *
     * @throws IllegalArgumentException naming the parameter and the problem
     */
    private Map<String, Node> bindings(NamedQuery named, HttpServletRequest request) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getKey().equals("format")) {
                continue;
            }
            QueryParameter p = named.parameter(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "no parameter '" + e.getKey() + "' in the query " + named.name() + "; it takes "
                            + (named.parameters().isEmpty() ? "none" : named.parameters().stream().map(QueryParameter::name)
                            .collect(Collectors.joining(", ")))));
            if (e.getValue().length != 1) {
                throw new IllegalArgumentException("parameter " + p.name() + " given " + e.getValue().length + " times");
            }
            out.put(p.variable(), p.bind(e.getValue()[0], prefixes));
        }
        return out;
    }

    /** Writes the whole answer of {@code named} in {@code type} to {@code out}; runs inside the read transaction. */
    private void render(NamedQuery named, Map<String, Node> bindings, String type, OutputStream out) throws IOException {
        Query query = named.query();
        try (QueryExec qe = exec(query, bindings)) {
            if (query.isAskType()) {
                writeAsk(named, qe.ask(), type, out);
            } else if (query.isSelectType()) {
                RowSet rows = budget.counted(qe.select());
                if (type.equals(Negotiation.HTML)) {
                    // a page is made whole before it is sent: a person reads it, and it is bounded by the budget
                    out.write(table(named, rows).getBytes(StandardCharsets.UTF_8));
                } else {
                    ResultsWriter.create().lang(RESULT_LANGS.get(type)).write(out, rows);
                }
            } else {
                Graph graph = query.isDescribeType() ? budget.triples(qe.describeTriples())
                        : budget.triples(qe.constructTriples());
                rdf.write(ModelFactory.createModelForGraph(graph), type, out);
            }
        }
    }

    /** The query with its parameters' variables bound to their values (Jena's substitution, not text). */
    private QueryExec exec(Query query, Map<String, Node> bindings) {
        QueryExecBuilder b = QueryExec.dataset(dataset).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        bindings.forEach(b::substitution);
        return b.build();
    }

    private static void writeAsk(NamedQuery named, boolean answer, String type, OutputStream out) throws IOException {
        if (type.equals(Negotiation.HTML)) {
            String page = Html.page(named.title(), "", "<h1>" + Html.text(named.title()) + "</h1><p>"
                    + Html.text(named.question()) + "</p><p><strong>" + (answer ? "Yes" : "No") + "</strong></p>");
            out.write(page.getBytes(StandardCharsets.UTF_8));
            return;
        }
        ResultsWriter.create().lang(RESULT_LANGS.get(type)).write(out, answer);
    }

    /** A form that runs the query again with its parameters, when it has any. */
    private static String parameterForm(NamedQuery named) {
        if (named.parameters().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<form class=\"parameters\" method=\"get\">");
        for (QueryParameter p : named.parameters()) {
            b.append("<label>").append(Html.text(p.name())).append(" <input name=\"").append(Html.attr(p.name()))
                    .append("\" placeholder=\"").append(Html.attr(p.type())).append("\" title=\"")
                    .append(Html.attr(p.description())).append("\"></label> ");
        }
        return b.append("<button>Run</button></form>\n").toString();
    }

    private String table(NamedQuery named, RowSet rows) {
        List<Var> vars = rows.getResultVars();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.text(named.title())).append("</h1>\n<p>").append(Html.text(named.question()))
                .append("</p>\n<p class=\"dt\">").append(Html.text(named.description())).append("</p>\n")
                .append(parameterForm(named))
                .append("<p>As <a href=\"?format=json\">JSON</a>, <a href=\"?format=xml\">XML</a>, "
                        + "<a href=\"?format=csv\">CSV</a>, <a href=\"?format=tsv\">TSV</a>.</p>\n<table><tr>");
        vars.forEach(v -> b.append("<th>").append(Html.text(v.getVarName())).append("</th>"));
        b.append("</tr>\n");
        long n = 0;
        while (rows.hasNext()) {
            Binding row = rows.next();
            n++;
            b.append("<tr>");
            for (Var v : vars) {
                Node value = row.get(v);
                b.append("<td>").append(value == null ? "" : page.node(ModelFactory.createDefaultModel().asRDFNode(value)))
                        .append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<p>").append(n).append(n == 1 ? " row" : " rows").append(".</p>\n<details><summary>The query</summary><pre>")
                .append(Html.text(named.query().toString())).append("</pre></details>");
        return Html.page(named.title(), "", b.toString());
    }
}
