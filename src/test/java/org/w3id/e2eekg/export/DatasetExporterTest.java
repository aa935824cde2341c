package org.w3id.e2eekg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.e2eekg.graph.Iris;

/**
 * The deterministic writers on a small dataset with the awkward cases: blank nodes (a list,
 * a nested node, a shared node, a cycle), escapes, datatypes and languages.
 */
class DatasetExporterTest {
    private static final String DATA = """
            @prefix e2k: <https://w3id.org/e2ee-kg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix ex: <https://w3id.org/e2ee-kg/id/> .

            <https://w3id.org/e2ee-kg/graph/b> {
                ex:zeta rdfs:label "Zeta" ; a e2k:Person .
                ex:alpha a e2k:Company , e2k:Actor ;
                    rdfs:label "Alpha \\"quoted\\"\\nsecond line" , "Alpha"@en , "Ålpha"@de ;
                    e2k:mentionCount 3 ;
                    e2k:value "16.8"^^xsd:decimal .
            }
            <https://w3id.org/e2ee-kg/graph/a> {
                ex:shape sh:or ( ex:one ex:two ex:three ) ;
                    sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:in ( "x" "y" ) ] .
                ex:s1 ex:p _:shared . ex:s2 ex:p _:shared . _:shared rdfs:label "shared" .
                _:c1 ex:next _:c2 . _:c2 ex:next _:c1 .
            }
            """;

    private static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(text).lang(lang).parse(ds);
        return ds;
    }

    /** The same content, parsed afresh (new blank nodes) and inserted in the given order. */
    private static DatasetGraph copyInOrder(boolean reversed) {
        List<Quad> quads = new ArrayList<>();
        parse(DATA, Lang.TRIG).find().forEachRemaining(quads::add);
        if (reversed) {
            Collections.reverse(quads);
        }
        DatasetGraph out = DatasetGraphFactory.create();
        quads.forEach(out::add);
        return out;
    }

    private static String write(DatasetGraph ds, ExportFormat f) {
        StringWriter w = new StringWriter();
        try {
            new DatasetExporter(Iris.standard()).write(ds, f, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "TURTLE", "NQUADS", "JSONLD"})
    void sameContentGivesSameBytes(ExportFormat format) {
        String a = write(copyInOrder(false), format);
        String b = write(copyInOrder(true), format);
        assertEquals(a, b);
        assertTrue(a.length() > 200, a);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQUADS", "JSONLD"})
    void namedGraphFormatsReadBackAsTheSameDataset(ExportFormat format) {
        DatasetGraph original = copyInOrder(false);
        Lang lang = switch (format) {
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
            default -> Lang.JSONLD11;
        };
        DatasetGraph back = parse(write(original, format), lang);
        assertTrue(IsoMatcher.isomorphic(original, back), () -> "not isomorphic:\n" + write(original, format));
    }

    @Test
    void turtleIsTheUnionOfTheGraphs() {
        DatasetGraph original = copyInOrder(false);
        Graph union = GraphFactory.createDefaultGraph();
        original.find().forEachRemaining(q -> union.add(q.asTriple()));
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(write(original, ExportFormat.TURTLE)).lang(Lang.TURTLE).parse(back);
        assertTrue(back.isIsomorphicWith(union), () -> write(original, ExportFormat.TURTLE));
    }

    @Test
    void turtleLayoutIsSortedWithTypesFirstAndInlineBlankNodes() {
        String trig = write(copyInOrder(false), ExportFormat.TRIG);
        // graphs sorted by name, subjects sorted within a graph
        assertTrue(trig.indexOf("<https://w3id.org/e2ee-kg/graph/a> {") < trig.indexOf("<https://w3id.org/e2ee-kg/graph/b> {"), trig);
        assertTrue(trig.indexOf("id:alpha\n") < trig.indexOf("id:zeta\n"), trig);
        // rdf:type first, its objects sorted, then the other predicates by IRI
        assertTrue(trig.contains("""
                    id:alpha
                        a e2k:Actor , e2k:Company ;
                        rdfs:label "Alpha \\"quoted\\"\\nsecond line" ,
                            "Alpha"@en ,
                            "Ålpha"@de ;
                        e2k:mentionCount 3 ;
                        e2k:value 16.8 .
                """), trig);
        // lists as collections, a blank node used once inline, a shared one labelled
        assertTrue(trig.contains("sh:or ( id:one id:two id:three )"), trig);
        assertTrue(trig.contains("sh:property [ sh:in ( \"x\" \"y\" ) ; sh:minCount 1 ; sh:path rdfs:label ]"), trig);
        assertTrue(trig.matches("(?s).*id:s1\n        id:p _:b[0-9a-f]{16} \\..*"), trig);
        // every prefix of the project is declared
        assertTrue(trig.startsWith("@prefix cito: <http://purl.org/spar/cito/> .\n"), trig);
    }

    @Test
    void blankNodeLabelsDependOnContentNotOnInputLabels() {
        String nq = write(copyInOrder(false), ExportFormat.NQUADS);
        String changed = write(parse(DATA.replace("\"shared\"", "\"other\""), Lang.TRIG), ExportFormat.NQUADS);
        String sharedLabel = nq.lines().filter(l -> l.contains("\"shared\"")).findFirst().orElseThrow().split(" ")[0];
        String otherLabel = changed.lines().filter(l -> l.contains("\"other\"")).findFirst().orElseThrow().split(" ")[0];
        assertNotEquals(sharedLabel, otherLabel, "a label reflects the node's content");
        List<String> lines = nq.lines().toList();
        List<String> sorted = new ArrayList<>(lines);
        Collections.sort(sorted);
        assertEquals(sorted, lines, "N-Quads lines are sorted");
        assertEquals(lines.size(), lines.stream().distinct().count(), "and distinct");
    }
}
