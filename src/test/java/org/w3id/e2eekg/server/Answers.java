package org.w3id.e2eekg.server;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Query answers as text that is equal exactly when the answers are: the variables, then one
 * line per row with its terms in N-Triples form (rows sorted unless the query orders them);
 * a graph as its sorted triples. A test compares two answers with {@code assertEquals} and
 * sees the rows that differ.
 */
final class Answers {
    private Answers() {}

    /** A SPARQL JSON answer: SELECT rows, or an ASK's boolean. */
    static String ofResults(String json, boolean ordered) {
        if (json.contains("\"boolean\"")) {
            return json.replaceAll("\\s", "");
        }
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(row -> {
            TreeSet<String> terms = new TreeSet<>();
            row.varNames().forEachRemaining(v -> terms.add(v + "=" + row.get(v).asNode()));
            rows.add(String.join(" ", terms));
        });
        if (!ordered) {
            Collections.sort(rows);
        }
        return rs.getResultVars() + "\n" + String.join("\n", rows);
    }

    /** An N-Triples graph. */
    static String ofNTriples(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, Lang.NTRIPLES).parse(g);
        TreeSet<String> lines = new TreeSet<>();
        g.find().forEachRemaining(t -> lines.add(t.toString()));
        return String.join("\n", lines);
    }

    /** Any other text answer (CSV), as its sorted lines. */
    static String ofLines(String body) {
        return String.join("\n", new TreeSet<>(body.lines().toList()));
    }
}
