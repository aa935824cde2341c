package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.ingest.ArticleReader;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.store.QueryResult;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.TestArticles;

/**
 * Every shared article loaded into one store: actors the articles share are one node, an
 * article's graph can be replaced alone, and a bad file in a folder stops nothing else.
 */
class CorpusLoadTest {
    private static final Iris IRIS = Iris.standard();
    private static final Pattern REPORT = Pattern.compile(
            "loaded (.+): (\\d+) actors?, (\\d+) stances?, (\\d+) roles?, (\\d+) statistics?, (\\d+) documents?, "
                    + "(\\d+) triples in <(.+)>");
    /** Actors that more than one shared article mentions, by their reference IRIs. */
    private static final List<String> KNOWN_SHARED = List.of(
            IRIS.id("org/ncmec"), IRIS.id("org/facebook"), IRIS.id("person/william-barr"),
            IRIS.id("person/priti-patel"), IRIS.id("person/peter-dutton"), IRIS.id("person/kevin-mcaleenan"));

    @TempDir
    static Path shared;

    /** A copy of every shared article, and the store they were all loaded into. */
    private static Path corpus;
    private static Path store;
    private static Cli.Result loaded;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadTheCorpus() throws IOException {
        corpus = copyOfCorpus(shared.resolve("corpus"));
        store = shared.resolve("store");
        loaded = Cli.run("load", "--store", store.toString(), corpus.toString());
        assertEquals(0, loaded.exit(), loaded.toString());
    }

    private static Path copyOfCorpus(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Path p : TestArticles.all()) {
            Files.copy(p, folder.resolve(p.getFileName()));
        }
        return folder;
    }

    private static String graphOf(String fileName) {
        return IRIS.articleGraph(ArticleReader.idOf(fileName));
    }

    /** Every graph of the store, by name. */
    private static Map<String, Model> graphs(Path dir) {
        Map<String, Model> out = new TreeMap<>();
        try (KnowledgeStore s = KnowledgeStore.openExisting(dir, IRIS)) {
            for (String name : s.graphNames()) {
                out.put(name, s.graph(name));
            }
        }
        return out;
    }

    @Test
    void everyArticleIsReportedWithWhatWasExtractedFromIt() {
        List<String> lines = loaded.outLines();
        assertEquals(TestArticles.all().size(), lines.size(), loaded.toString());
        Map<String, Model> graphs = graphs(store);
        for (String line : lines) {
            Matcher m = REPORT.matcher(line);
            assertTrue(m.matches(), line);
            Model graph = graphs.get(m.group(8));
            assertTrue(graph != null, "the graph reported is in the store: " + line);
            assertEquals(graph.size(), Long.parseLong(m.group(7)), line);
            assertTrue(Integer.parseInt(m.group(2)) > 0, "every shared article names actors: " + line);
            assertTrue(Integer.parseInt(m.group(3)) > 0, "every shared article reports stances: " + line);
        }
    }

    @Test
    void actorsSharedBetweenArticlesHaveOneIri() {
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            // generically: the resources (under the id namespace) that two or more article graphs mention
            Map<String, Set<String>> graphsOf = s.read(dsg -> {
                Map<String, Set<String>> out = new HashMap<>();
                dsg.find().forEachRemaining(q -> {
                    if (q.getGraph().getURI().startsWith(IRIS.articleGraphPrefix())) {
                        for (Node n : List.of(q.getSubject(), q.getObject())) {
                            if (n.isURI() && n.getURI().startsWith(IRIS.idBase())) {
                                out.computeIfAbsent(n.getURI(), k -> new TreeSet<>()).add(q.getGraph().getURI());
                            }
                        }
                    }
                });
                return out;
            });
            Set<String> shared = new TreeSet<>();
            graphsOf.forEach((iri, graphs) -> {
                if (graphs.size() >= 2) {
                    shared.add(iri);
                }
            });
            for (String known : KNOWN_SHARED) {
                assertTrue(shared.contains(known), known + " is in " + graphsOf.get(known) + "; shared: " + shared);
            }

            // and no actor is two nodes: one label, one IRI, across the whole corpus
            ResultSetRewindable rows = ((QueryResult.Rows) s.query(QueryText.parse("""
                    SELECT DISTINCT ?actor ?label ?g WHERE {
                      GRAPH ?g { ?actor a ?type ; rdfs:label ?label }
                      FILTER(STRSTARTS(STR(?g), "%s"))
                      GRAPH <%s> { ?type rdfs:subClassOf* e2k:Actor }
                    }""".formatted(IRIS.articleGraphPrefix(), IRIS.ontologyGraph()), "actors", IRIS))).rows();
            Map<String, Set<String>> actorsByLabel = new TreeMap<>();
            Map<String, Set<String>> actorGraphs = new TreeMap<>();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String actor = row.getResource("actor").getURI();
                actorsByLabel.computeIfAbsent(row.getLiteral("label").getLexicalForm().toLowerCase(), k -> new TreeSet<>())
                        .add(actor);
                actorGraphs.computeIfAbsent(actor, k -> new TreeSet<>()).add(row.getResource("g").getURI());
            }
            for (String known : KNOWN_SHARED) {
                assertTrue(actorGraphs.getOrDefault(known, Set.of()).size() >= 2, known + " is an actor in two articles");
            }
            actorsByLabel.forEach((label, actors) ->
                    assertEquals(1, actors.size(), "actors labelled \"" + label + "\": " + actors));
        }
    }

    @Test
    void oneArticleIsReplacedWithoutTouchingTheOthers() throws IOException {
        Path dir = tmp.resolve("store");
        assertEquals(0, Cli.run("load", "--store", dir.toString(), corpus.toString()).exit());
        Map<String, Model> before = graphs(dir);

        // a new version of one article, under the same file name, in another folder
        String replaced = "dev-03-eu-chat-control.txt";
        Path changed = Files.createDirectories(tmp.resolve("changed")).resolve(replaced);
        Files.writeString(changed, Files.readString(corpus.resolve(replaced))
                + "\nThe NSPCC said the regulation would protect children.\n");
        Cli.Result r = Cli.run("load", "--store", dir.toString(), changed.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(1, r.outLines().size(), r.toString());

        Map<String, Model> after = graphs(dir);
        assertEquals(before.keySet(), after.keySet(), "no graph added or lost");
        assertFalse(after.get(graphOf(replaced)).isIsomorphicWith(before.get(graphOf(replaced))), "the article was replaced");
        for (String name : before.keySet()) {
            if (!name.equals(graphOf(replaced)) && !name.equals(IRIS.voidGraph())) {
                assertTrue(after.get(name).isIsomorphicWith(before.get(name)), "<" + name + "> is untouched");
            }
        }
        // and the new version is what loading it alone gives
        Path alone = tmp.resolve("alone");
        assertEquals(0, Cli.run("load", "--store", alone.toString(), changed.toString()).exit());
        assertTrue(graphs(alone).get(graphOf(replaced)).isIsomorphicWith(after.get(graphOf(replaced))));
    }

    @Test
    void aBadFileInAFolderIsReportedAndTheOthersAreLoaded() throws IOException {
        Path folder = copyOfCorpus(tmp.resolve("corpus"));
        Path bad = Files.write(folder.resolve("dev-00-broken.txt"), new byte[] {'d', 'a', 't', 'e', 0, 1, 2, (byte) 0xff});
        int n = TestArticles.all().size() + 1;
        Path dir = tmp.resolve("store");
        Cli.Result r = Cli.run("load", "--store", dir.toString(), folder.toString());

        assertEquals(1, r.exit(), r.toString());
        List<String> errors = r.errLines().stream().filter(l -> l.startsWith("e2ee-kg: ")).toList();
        assertEquals(1, errors.size(), r.toString());
        assertTrue(errors.get(0).startsWith("e2ee-kg: " + bad + ": "), r.toString());
        List<String> progress = r.errLines().stream().filter(l -> l.matches("\\[\\d+/" + n + "] .*")).toList();
        assertEquals(n, progress.size(), "one progress line per file: " + r);
        assertTrue(progress.contains("[2/" + n + "] " + bad), "the bad file comes second, before the good ones: " + r);
        assertTrue(r.errLines().contains("loaded " + (n - 1) + " of " + n + " articles into " + dir), r.toString());

        assertEquals(n - 1, r.outLines().size(), r.toString());
        List<String> expected = new ArrayList<>();
        for (Path p : TestArticles.all()) {
            expected.add(graphOf(p.getFileName().toString()));
        }
        expected.sort(null);
        try (KnowledgeStore s = KnowledgeStore.openExisting(dir, IRIS)) {
            assertEquals(expected, s.articleGraphNames());
        }
    }
}
