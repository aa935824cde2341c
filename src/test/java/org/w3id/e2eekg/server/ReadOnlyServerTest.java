package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.e2eekg.store.QueryResult;
import org.w3id.e2eekg.vocab.E2K;

/**
 * The server as the world sees it, over HTTP, on a free port over a real TDB2 store holding
 * the bundled article: SPARQL in every format, the graph store, the UI, named queries,
 * linked data, VoID, and the refusals of a read-only server.
 */
class ReadOnlyServerTest {
    private static final String NSPCC = TestServer.IRIS.id("org/nspcc");
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String CONSTRUCT = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "CONSTRUCT { <" + NSPCC + "> rdfs:label ?l } WHERE { <" + NSPCC + "> rdfs:label ?l }";

    @TempDir
    static Path dir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir.resolve("store"),
                ServerSettings.readOnly(0, dir.resolve("backups"))
                        .withLimits(Limits.DEFAULT.withMaxRequestSize(64 * 1024)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ------------------------------------------------------------ SPARQL

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json, RS_JSON",
            "application/sparql-results+xml, application/sparql-results+xml, RS_XML",
            "text/csv, text/csv, RS_CSV",
            "text/tab-separated-values, text/tab-separated-values, RS_TSV"})
    void selectAnswersInEveryResultFormat(String accept, String contentType, String lang) {
        HttpResponse<String> r = server.query(COUNT, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(TestServer.contentType(r).startsWith(contentType), TestServer.contentType(r));
        Lang l = switch (lang) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), l);
        long n = Long.parseLong(rs.next().get("n").asLiteral().getLexicalForm());
        assertEquals(unionSize(), n, "the default graph is the union of the named graphs");
    }

    private static long unionSize() {
        QueryResult.Rows rows = (QueryResult.Rows) server.store.query(QueryFactory.create(COUNT));
        return rows.rows().next().getLiteral("n").getLong();
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/n-triples, NTRIPLES", "application/ld+json, JSONLD",
            "application/rdf+xml, RDFXML"})
    void constructAnswersInEveryGraphFormat(String accept, String lang) {
        HttpResponse<String> r = server.query(CONSTRUCT, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(TestServer.contentType(r).startsWith(accept), TestServer.contentType(r));
        Model m = parse(r.body(), lang(lang));
        assertTrue(m.contains(m.createResource(NSPCC), RDFS.label,
                "National Society for the Prevention of Cruelty to Children"), r.body());
    }

    @Test
    void queriesComeByPostToo() {
        HttpResponse<String> direct = server.send(server.request("/kg/sparql")
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { <" + NSPCC + "> ?p ?o }")));
        assertEquals(200, direct.statusCode(), direct.body());
        assertTrue(direct.body().contains("\"boolean\" : true"), direct.body());
        HttpResponse<String> form = server.send(server.request("/kg")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8))));
        assertEquals(200, form.statusCode(), form.body());
        assertEquals("n", form.body().lines().findFirst().orElseThrow());
    }

    @Test
    void theGraphStoreReadsTheUnionAsDefaultGraphAndEachNamedGraph() {
        HttpResponse<String> union = server.get("/kg/get?default", "text/turtle");
        assertEquals(200, union.statusCode(), union.body());
        Model m = parse(union.body(), Lang.TURTLE);
        assertEquals(unionSize(), m.size(), "?default is the union of the named graphs");

        String graph = TestServer.IRIS.ontologyGraph();
        HttpResponse<String> named = server.get("/kg/get?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8),
                "application/n-triples");
        assertEquals(200, named.statusCode(), named.body());
        assertTrue(parse(named.body(), Lang.NTRIPLES).contains(E2K.Actor, RDF.type, (org.apache.jena.rdf.model.RDFNode) null));

        HttpResponse<String> all = server.get("/kg/get", "application/trig");
        assertEquals(200, all.statusCode());
        assertTrue(TestServer.contentType(all).startsWith("application/trig"), TestServer.contentType(all));
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(all.body(), Lang.TRIG).parse(dsg);
        assertTrue(dsg.containsGraph(NodeFactory.createURI(graph)));
        assertTrue(dsg.containsGraph(NodeFactory.createURI(TestServer.IRIS.voidGraph())));
    }

    // ------------------------------------------------------------ UI, named queries

    @Test
    void theUiLoadsWithItsScripts() {
        HttpResponse<String> page = server.get("/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(TestServer.contentType(page).startsWith("text/html"), TestServer.contentType(page));
        assertTrue(page.body().contains("Fuseki"), page.body());
        Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(page.body());
        assertTrue(script.find(), page.body());
        HttpResponse<String> js = server.get("/" + script.group(1), null);
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length() > 10_000);
        // what the UI asks the server for: the datasets and their endpoints, and a ping
        HttpResponse<String> status = server.get("/$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/kg\""), status.body());
        assertEquals(200, server.get("/$/ping", null).statusCode());
        assertEquals(200, server.get("/$/stats/kg", "application/json").statusCode());
    }

    @Test
    void metricsAreServedForPrometheus() {
        HttpResponse<String> r = server.get("/$/metrics", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("fuseki_requests_good"), r.body().substring(0, Math.min(500, r.body().length())));
    }

    @Test
    void theNamedQueriesAreListed() throws IOException {
        HttpResponse<String> r = server.get("/queries", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        List<String> files = queryFiles();
        assertFalse(files.isEmpty());
        for (String name : files) {
            assertTrue(r.body().contains("\"name\" : \"" + name + "\""), name + " in " + r.body());
            assertTrue(r.body().contains("\"url\" : \"/queries/" + name + "\""), r.body());
        }
        assertTrue(r.body().contains("\"question\" : \"Who opposes and who supports end-to-end encryption?\""), r.body());
        HttpResponse<String> html = server.get("/queries", "text/html");
        assertTrue(html.body().contains("<a href=\"/queries/stances\">Stances on end-to-end encryption</a>"), html.body());
    }

    @Test
    void eachNamedQueryRunsAndAnswersAsTheStoreDoes() throws IOException {
        for (String name : queryFiles()) {
            Query q = QueryFactory.create(Files.readString(Path.of("queries", name + ".rq")));
            HttpResponse<String> r = server.get("/queries/" + name, "application/sparql-results+json");
            assertEquals(200, r.statusCode(), name + ": " + r.body());
            assertTrue(TestServer.contentType(r).startsWith("application/sparql-results+json"));
            ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
            assertEquals(q.getResultVars(), rs.getResultVars(), name);
            long rows = 0;
            while (rs.hasNext()) {
                rs.next();
                rows++;
            }
            QueryResult.Rows local = (QueryResult.Rows) server.store.query(q);
            assertEquals(local.rows().size(), rows, name + ": the server and the store disagree");
        }
        HttpResponse<String> csv = server.get("/queries/stances?format=csv", null);
        assertTrue(csv.body().startsWith("entity,actor,stance,topic,sentences"), csv.body());
        assertTrue(csv.body().contains("National Society for the Prevention of Cruelty to Children,opposes"), csv.body());
        HttpResponse<String> html = server.get("/queries/stances", "text/html");
        assertTrue(html.body().contains("<a href=\"/id/org/nspcc\">"), html.body());
        assertEquals(404, server.get("/queries/no-such-query", null).statusCode());
    }

    private static List<String> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    // ------------------------------------------------------------ linked data

    @Test
    void aResourceIsAPageForPeople() {
        HttpResponse<String> r = server.get("/id/org/nspcc", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(TestServer.contentType(r).startsWith("text/html"), TestServer.contentType(r));
        String page = r.body();
        assertTrue(page.contains("<h1>National Society for the Prevention of Cruelty to Children</h1>"), page);
        assertTrue(page.contains("<a href=\"/ontology#NonProfit\">non-profit organisation</a>"), "types as links: " + page);
        assertTrue(page.contains("<a href=\"/ontology#opposes\">opposes</a>"), page);
        assertTrue(page.contains("<blockquote>Citing child safety online, 129 signatories"), "evidence sentence: " + page);
        assertTrue(page.contains("Linked from"), "incoming links: " + page);
        assertTrue(page.contains("href=\"/id/article/"), page);
    }

    @Test
    void aResourceIsItsDescriptionForMachines() {
        for (String accept : List.of("text/turtle", "application/ld+json", "application/n-triples")) {
            HttpResponse<String> r = server.get("/id/org/nspcc", accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(TestServer.contentType(r).startsWith(accept), TestServer.contentType(r));
            Model m = parse(r.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(accept));
            org.apache.jena.rdf.model.Resource nspcc = m.createResource(NSPCC);
            assertTrue(m.contains(nspcc, RDF.type, m.createResource(E2K.NS + "NonProfit")), accept);
            assertTrue(m.contains(nspcc, E2K.opposes, E2K.EndToEndEncryption), accept);
            assertTrue(m.contains(E2K.EndToEndEncryption, org.apache.jena.vocabulary.SKOS.prefLabel,
                    (org.apache.jena.rdf.model.RDFNode) null), "labels of linked nodes: " + accept);
            assertTrue(m.contains(null, RDF.subject, nspcc), "incoming links: " + accept);
        }
        HttpResponse<String> any = server.get("/id/org/nspcc", "*/*");
        assertTrue(TestServer.contentType(any).startsWith("text/turtle"), TestServer.contentType(any));
        assertEquals(406, server.get("/id/org/nspcc", "image/png").statusCode());
    }

    @Test
    void anUnknownIriIsNotFound() {
        assertEquals(404, server.get("/id/org/no-such-organisation", "text/html").statusCode());
        assertEquals(404, server.get("/id/org/no-such-organisation", "text/turtle").statusCode());
    }

    @Test
    void theOntologyAndTheGraphsDereferenceToo() {
        HttpResponse<String> ontology = server.get("/ontology", "text/html");
        assertEquals(200, ontology.statusCode());
        assertTrue(ontology.body().contains("<tr id=\"Person\">"), ontology.body());
        Model terms = parse(server.get("/ontology", "text/turtle").body(), Lang.TURTLE);
        assertTrue(terms.contains(E2K.Person, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null));
        String articleGraph = TestServer.IRIS.articleGraph("000-4633c21910299fa8");
        HttpResponse<String> graph = server.get(articleGraph.substring(TestServer.IRIS.root().length() - 1), "text/html");
        assertEquals(200, graph.statusCode(), articleGraph);
        assertTrue(graph.body().contains("/kg/get?graph="), graph.body());
    }

    @Test
    void theVoidDescriptionIsServed() {
        HttpResponse<String> r = server.get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r.body(), Lang.TURTLE);
        org.apache.jena.rdf.model.Resource ds = m.createResource(TestServer.IRIS.dataset());
        assertTrue(m.contains(ds, RDF.type, VOID.Dataset));
        assertTrue(m.contains(ds, RDF.type, org.apache.jena.vocabulary.DCAT.Dataset));
        assertTrue(m.contains(ds, DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(m.contains(ds, VOID.sparqlEndpoint, m.createResource(TestServer.IRIS.root() + "kg/sparql")));
        assertTrue(m.contains(ds, VOID.dataDump, (org.apache.jena.rdf.model.RDFNode) null));
        assertTrue(m.contains(ds, VOID.vocabulary, m.createResource(E2K.ONTOLOGY_IRI)));
        assertTrue(m.contains(ds, VOID.exampleResource, (org.apache.jena.rdf.model.RDFNode) null));
        long triples = m.getProperty(ds, VOID.triples).getLong();
        long described = unionSize() - server.store.graph(TestServer.IRIS.voidGraph()).size();
        assertEquals(described, triples, "void:triples counts the dataset without its description");
        HttpResponse<String> html = server.get("/.well-known/void", "text/html");
        assertTrue(html.body().contains("e2ee-kg: the public debate"), html.body());
        HttpResponse<String> dump = server.get("/dump/e2ee-kg.trig", null);
        assertEquals(200, dump.statusCode());
        assertTrue(TestServer.contentType(dump).startsWith("application/trig"));
    }

    // ------------------------------------------------------------ safety

    @Test
    void aReadOnlyServerHasNoWriteAndNoAdministration() {
        HttpResponse<String> update = server.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }", null);
        assertRefused(update);
        HttpResponse<String> put = server.send(server.request("/kg/data?graph=urn:x").header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertRefused(put);
        HttpResponse<String> post = server.send(server.request("/kg/data?default").header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertRefused(post);
        HttpResponse<String> datasetPut = server.send(server.request("/kg?graph=urn:x").header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertRefused(datasetPut);
        assertEquals(404, server.get("/$/datasets", null).statusCode());
        assertRefused(server.send(server.request("/$/compact/kg").POST(HttpRequest.BodyPublishers.noBody())));
        assertRefused(server.send(server.request("/$/backup/kg").POST(HttpRequest.BodyPublishers.noBody())));
        assertEquals(404, server.get("/$/tasks", null).statusCode());
        HttpResponse<String> ask = server.query("ASK { <urn:a> ?p ?o }", "application/sparql-results+json");
        assertTrue(ask.body().contains("\"boolean\" : false"), ask.body());
    }

    /** A refusal that no credentials could turn into a success: 4xx, and no challenge. */
    private static void assertRefused(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500 && r.statusCode() != 401, r.statusCode() + " " + r.body());
    }

    @Test
    void anOversizedRequestIsRefused() {
        String big = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(100 * 1024);
        HttpResponse<String> r = server.send(server.request("/kg/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertEquals(413, r.statusCode());
        assertEquals(200, server.query(COUNT, "text/csv").statusCode(), "and the server goes on serving");
    }

    // ------------------------------------------------------------ helpers

    private static Lang lang(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }

    private static Model parse(String body, Lang lang) {
        Graph g = ModelFactory.createDefaultModel().getGraph();
        RDFParser.fromString(body, lang).parse(g);
        return ModelFactory.createModelForGraph(g);
    }
}
