package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.e2eekg.export.ExportFormat;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.StoreContent;
import org.w3id.e2eekg.support.TestArticles;

/**
 * {@code e2ee-kg export}: deterministic whatever the load order, faithful to the store, and
 * the committed {@code triples/} files are not stale.
 *
 * <p>To regenerate {@code triples/} after a change to extraction, the ontology or the
 * reference data (from the project directory, after {@code mvn -B package}):
 *
 * <pre>
 * rm -rf target/triples-store
 * java -jar target/e2ee-kg.jar load --store target/triples-store
 * java -jar target/e2ee-kg.jar export --store target/triples-store --format trig --output triples/e2ee-kg.trig
 * java -jar target/e2ee-kg.jar export --store target/triples-store --format turtle --output triples/e2ee-kg.ttl
 * for f in graphml gexf dot; do java -jar target/e2ee-kg.jar export --store target/triples-store --format $f --output triples/e2ee-kg.$f; done
 * </pre>
 */
class ExportCommandTest {
    private static final Path TRIPLES = Path.of("triples");

    @TempDir
    static Path shared;

    private static Path forward;
    private static Path backward;

    @BeforeAll
    static void loadInTwoOrders() {
        String main = TestArticles.file(TestArticles.MAIN).toString();
        String dev1 = TestArticles.file(TestArticles.DEV_01).toString();
        String dev2 = TestArticles.file(TestArticles.DEV_02).toString();
        forward = shared.resolve("forward");
        backward = shared.resolve("backward");
        assertEquals(0, Cli.run("load", "--store", forward.toString(), main, dev1, dev2).exit());
        // other order, in separate loads, with a reload in between
        assertEquals(0, Cli.run("load", "--store", backward.toString(), dev2).exit());
        assertEquals(0, Cli.run("load", "--store", backward.toString(), dev1, main).exit());
        assertEquals(0, Cli.run("load", "--store", backward.toString(), dev2).exit());
    }

    private static String export(Path store, ExportFormat format) {
        Cli.Result r = Cli.run("export", "--store", store.toString(), "--format", format.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err(), r.toString());
        return r.out();
    }

    private static DatasetGraph storeContent(Path store) {
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, Iris.standard())) {
            return s.copy();
        }
    }

    private static Lang lang(ExportFormat format) {
        return switch (format) {
            case TRIG -> Lang.TRIG;
            case TURTLE -> Lang.TURTLE;
            case NQUADS -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD11;
            default -> throw new IllegalArgumentException(format + " is not RDF");
        };
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theSameContentExportsToTheSameBytesWhateverTheLoadOrder(ExportFormat format) {
        String a = export(forward, format);
        String b = export(backward, format);
        assertTrue(a.length() > 10_000, "a real export");
        assertEquals(a, b);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQUADS", "JSONLD"})
    void exportsReadBackAsTheStoreContent(ExportFormat format) {
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.fromString(export(forward, format)).lang(lang(format)).parse(back);
        assertTrue(IsoMatcher.isomorphic(storeContent(forward), back), format + " export differs from the store");
    }

    @Test
    void turtleIsTheMergedUnion() {
        Graph union = GraphFactory.createDefaultGraph();
        storeContent(forward).find().forEachRemaining(q -> union.add(q.asTriple()));
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(export(forward, ExportFormat.TURTLE)).lang(Lang.TURTLE).parse(back);
        assertTrue(back.isIsomorphicWith(union));
    }

    @Test
    void outputGoesToAFileWhenAsked() throws IOException {
        Path file = shared.resolve("out.nq");
        Cli.Result r = Cli.run("export", "--store", forward.toString(), "--format", "nquads", "--output", file.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(export(forward, ExportFormat.NQUADS), Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(r.out().contains(file.toString()), r.out());
        try (var files = Files.list(shared)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void exportingAMissingStoreFails() {
        Cli.Result r = Cli.run("export", "--store", shared.resolve("none").toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.errLines().size(), r.toString());
        Cli.Result bad = Cli.run("export", "--store", forward.toString(), "--output", shared.resolve("no/such/dir/x.trig").toString());
        assertEquals(1, bad.exit(), bad.toString());
        assertTrue(bad.errLines().get(0).contains("no such directory"), bad.toString());
    }

    /** See the class comment for how to regenerate the files. */
    @Test
    void theTriplesFolderIsNotStale() throws IOException {
        Path fresh = shared.resolve("bundled-only");
        assertEquals(0, Cli.run("load", "--store", fresh.toString()).exit());

        DatasetGraph committed = DatasetGraphFactory.create();
        RDFParser.source(TRIPLES.resolve("e2ee-kg.trig")).lang(Lang.TRIG).parse(committed);
        DatasetGraph current = DatasetGraphFactory.create();
        RDFParser.fromString(export(fresh, ExportFormat.TRIG)).lang(Lang.TRIG).parse(current);
        assertTrue(IsoMatcher.isomorphic(committed, current),
                "triples/e2ee-kg.trig is stale: regenerate it (see ExportCommandTest's class comment)");

        Graph committedTtl = GraphFactory.createDefaultGraph();
        RDFParser.source(TRIPLES.resolve("e2ee-kg.ttl")).lang(Lang.TURTLE).parse(committedTtl);
        Graph currentTtl = GraphFactory.createDefaultGraph();
        RDFParser.fromString(export(fresh, ExportFormat.TURTLE)).lang(Lang.TURTLE).parse(currentTtl);
        assertTrue(committedTtl.isIsomorphicWith(currentTtl),
                "triples/e2ee-kg.ttl is stale: regenerate it (see ExportCommandTest's class comment)");
        for (ExportFormat graphFormat : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF, ExportFormat.DOT)) {
            Path file = TRIPLES.resolve("e2ee-kg." + graphFormat.extension());
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), export(fresh, graphFormat),
                    file + " is stale: regenerate it (see ExportCommandTest's class comment)");
        }
        assertEquals(List.of("e2ee-kg.dot", "e2ee-kg.gexf", "e2ee-kg.graphml", "e2ee-kg.trig", "e2ee-kg.ttl"),
                Files.list(TRIPLES).map(p -> p.getFileName().toString()).sorted().filter(n -> n.startsWith("e2ee-kg.")).toList());
    }

    @Test
    void oneGraphOrAQueryCanBeExportedForGraphTools() throws IOException {
        Cli.Result all = Cli.run("export", "--store", forward.toString(), "--format", "cytoscape");
        Cli.Result one = Cli.run("export", "--store", forward.toString(), "--format", "cytoscape", "--graph", "000-4633c21910299fa8");
        assertEquals(0, one.exit(), one.toString());
        assertTrue(one.out().contains("/id/org/nspcc") && !one.out().contains("dev-01"), "only the main article's facts");
        assertTrue(all.out().length() > one.out().length());
        Cli.Result byIri = Cli.run("export", "--store", forward.toString(), "--format", "cytoscape", "--graph",
                Iris.standard().articleGraph("000-4633c21910299fa8"));
        assertEquals(one.out(), byIri.out());

        Path query = shared.resolve("opponents.rq");
        Files.writeString(query, "CONSTRUCT { ?who e2k:opposes ?what } WHERE { ?who e2k:opposes ?what }");
        Cli.Result q = Cli.run("export", "--store", forward.toString(), "--format", "dot", "--query", query.toString());
        assertEquals(0, q.exit(), q.toString());
        assertTrue(q.out().contains("\"https://w3id.org/e2ee-kg/id/org/nspcc\" -> \"https://w3id.org/e2ee-kg/ontology#EndToEndEncryption\""), q.out());
        assertTrue(!q.out().contains("signatory"), "only what the query constructs");

        Cli.Result facts = Cli.run("export", "--store", forward.toString(), "--format", "turtle", "--view", "fact");
        assertEquals(0, facts.exit(), facts.toString());
        Graph view = GraphFactory.createDefaultGraph();
        RDFParser.fromString(facts.out()).lang(Lang.TURTLE).parse(view);
        assertTrue(view.size() > 100 && view.size() < StoreContent.quadCount(forward) / 2, view.size() + " triples in the fact view");
        assertTrue(!view.contains(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.OA.hasSelector.asNode(),
                org.apache.jena.graph.Node.ANY), "no evidence selectors in the fact view");
    }

    @Test
    void badGraphExportRequestsFailWithOneLine() throws IOException {
        Path select = shared.resolve("select.rq");
        Files.writeString(select, "SELECT * WHERE { ?s ?p ?o }");
        Path construct = shared.resolve("construct.rq");
        Files.writeString(construct, "CONSTRUCT WHERE { ?s ?p ?o }");
        List<List<String>> bad = List.of(
                List.of("--format", "graphml", "--graph", "no-such-article"),
                List.of("--format", "graphml", "--query", select.toString()),
                List.of("--format", "graphml", "--query", construct.toString(), "--view", "full"),
                List.of("--format", "graphml", "--query", shared.resolve("missing.rq").toString()));
        for (List<String> args : bad) {
            List<String> all = new java.util.ArrayList<>(List.of("export", "--store", forward.toString()));
            all.addAll(args);
            Cli.Result r = Cli.run(all.toArray(String[]::new));
            assertEquals(1, r.exit(), r.toString());
            assertEquals(1, r.errLines().size(), r.toString());
            assertEquals("", r.out(), r.toString());
        }
    }
}
