package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.store.QueryResult;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.TestArticles;

/** {@code e2ee-kg query} over a real store holding the main article. */
class QueryCommandTest {
    private static final String PEOPLE = """
            PREFIX e2k:  <https://w3id.org/e2ee-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?person ?label
            WHERE { GRAPH ?g { ?person a e2k:Person ; rdfs:label ?label } }
            ORDER BY ?label
            """;
    private static final String PEOPLE_GRAPH = """
            PREFIX e2k:  <https://w3id.org/e2ee-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            CONSTRUCT { ?person rdfs:label ?label }
            WHERE { GRAPH ?g { ?person a e2k:Person ; rdfs:label ?label } }
            """;

    @TempDir
    static Path shared;

    private static Path store;
    private static Path peopleFile;
    private static List<String> expectedPeople;

    @BeforeAll
    static void load() throws IOException {
        store = shared.resolve("store");
        Cli.Result r = Cli.run("load", "--store", store.toString(), TestArticles.file(TestArticles.MAIN).toString());
        assertEquals(0, r.exit(), r.toString());
        peopleFile = Files.writeString(shared.resolve("people.rq"), PEOPLE);
        expectedPeople = new ArrayList<>();
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, Iris.standard())) {
            ResultSet rs = ((QueryResult.Rows) s.query(QueryFactory.create(PEOPLE))).rows();
            rs.forEachRemaining(q -> expectedPeople.add(q.getLiteral("label").getString()));
        }
        assertFalse(expectedPeople.isEmpty(), "the main article names people");
    }

    private static Cli.Result query(String... args) {
        List<String> all = new ArrayList<>(List.of("query", "--store", store.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private static List<String> labels(String output, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)), lang);
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(q -> out.add(q.getLiteral("label").getString()));
        return out;
    }

    @Test
    void jsonIsW3cSparqlResults() {
        Cli.Result r = query("--format", "json", peopleFile.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err());
        assertTrue(r.out().contains("\"bindings\""), r.out());
        assertEquals(expectedPeople, labels(r.out(), ResultSetLang.RS_JSON));
    }

    @Test
    void xmlIsW3cSparqlResults() {
        Cli.Result r = query("--format", "xml", peopleFile.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(expectedPeople, labels(r.out(), ResultSetLang.RS_XML));
    }

    @Test
    void csvAndTsvHaveAHeaderAndOneLinePerRow() {
        Cli.Result csv = query("--format", "csv", peopleFile.toString());
        assertEquals(0, csv.exit(), csv.toString());
        List<String> lines = csv.outLines();
        assertEquals("person,label", lines.get(0));
        assertEquals(expectedPeople.size() + 1, lines.size(), csv.out());
        assertTrue(lines.get(1).endsWith("," + expectedPeople.get(0)), csv.out());

        Cli.Result tsv = query("-f", "TSV", peopleFile.toString());
        assertEquals(0, tsv.exit(), tsv.toString());
        assertEquals("?person\t?label", tsv.outLines().get(0));
        assertEquals(expectedPeople.size() + 1, tsv.outLines().size(), tsv.out());
        assertEquals(expectedPeople, labels(tsv.out(), ResultSetLang.RS_TSV));
    }

    @Test
    void textIsATableAndTheDefault() {
        Cli.Result r = query(peopleFile.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(r.out(), query("--format", "text", peopleFile.toString()).out());
        assertTrue(r.outLines().get(1).matches("\\| person +\\| label +\\|"), r.out());
        for (String label : expectedPeople) {
            assertTrue(r.out().contains("\"" + label + "\""), r.out());
        }
    }

    @Test
    void constructGivesSortedTurtleByDefault() {
        Cli.Result r = query("--query", PEOPLE_GRAPH);
        assertEquals(0, r.exit(), r.toString());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out()).lang(Lang.TURTLE).parse(g);
        assertEquals(expectedPeople.size(), g.size(), r.out());
        assertEquals(r.out(), query("--format", "turtle", "--query", PEOPLE_GRAPH).out(), "the same answer prints the same way");
        Cli.Result nt = query("--format", "ntriples", "--query", PEOPLE_GRAPH);
        assertEquals(expectedPeople.size(), nt.outLines().size(), nt.out());
    }

    @Test
    void constructAnswersReadBackInEveryRdfFormat() {
        Map<String, Lang> formats = Map.of("jsonld", Lang.JSONLD11, "rdfxml", Lang.RDFXML, "trig", Lang.TRIG, "nquads", Lang.NQUADS);
        formats.forEach((name, lang) -> {
            Cli.Result r = query("--format", name, "--query", PEOPLE_GRAPH);
            assertEquals(0, r.exit(), r.toString());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.out()).lang(lang).parse(g);
            assertEquals(expectedPeople.size(), g.size(), name + ":\n" + r.out());
        });
    }

    @Test
    void askAndPredeclaredPrefixes() {
        Cli.Result yes = query("--format", "json", "--query", "ASK { ?a a e2k:Article }");
        assertEquals(0, yes.exit(), yes.toString());
        assertTrue(yes.out().contains("\"boolean\" : true"), yes.out());
        Cli.Result no = query("--query", "ASK { ?a a e2k:NoSuchClass }");
        assertEquals(0, no.exit(), no.toString());
        assertEquals("no", no.out().strip());
        assertEquals("yes", query("--query", "ASK { ?a a e2k:Article }").out().strip());
    }

    @Test
    void aMissingQueryFileIsOneLine() {
        Path missing = shared.resolve("missing.rq");
        Cli.Result r = query(missing.toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(List.of("e2ee-kg: " + missing + ": no such query file"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void aSyntaxErrorIsOneLineWithLineAndColumn() throws IOException {
        Path bad = Files.writeString(shared.resolve("bad.rq"), "SELECT ?x\nWHERE {\n  ?x ?y }\n");
        Cli.Result r = query(bad.toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("e2ee-kg: " + bad + ": syntax error at line 3, column "), line);

        Cli.Result prefix = query("--query", "SELECT * { ?s nope:p ?o }");
        assertEquals(1, prefix.exit(), prefix.toString());
        assertEquals(List.of("e2ee-kg: --query: syntax error at line 1, column 15: Unresolved prefixed name: nope:p"), prefix.errLines());
    }

    @Test
    void aMissingStoreIsOneLineAndIsNotCreated() {
        Path missing = shared.resolve("no-store");
        Cli.Result r = Cli.run("query", "--store", missing.toString(), "--format", "json", peopleFile.toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(List.of("e2ee-kg: " + missing + ": no such store (load articles into it first)"), r.errLines());
        assertFalse(Files.exists(missing));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, query().exit(), "neither a file nor --query");
        assertEquals(2, query("--query", PEOPLE, peopleFile.toString()).exit(), "both");
        Cli.Result mismatch = query("--format", "turtle", peopleFile.toString());
        assertEquals(2, mismatch.exit(), mismatch.toString());
        assertTrue(mismatch.err().contains("format turtle does not fit a SELECT query"), mismatch.err());
        assertEquals(2, query("--format", "yaml", peopleFile.toString()).exit());
        assertEquals(2, query("--format", "json", "--query", PEOPLE_GRAPH).exit());
    }
}
