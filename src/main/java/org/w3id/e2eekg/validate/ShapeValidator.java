package org.w3id.e2eekg.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.KnowledgeGraphs;
import org.w3id.e2eekg.graph.Prefixes;

/**
 * Validates article graphs against the project's SHACL shapes ({@code ontology/shapes.ttl}).
 *
 * <p>An article graph is validated together with the ontology, read-only and in memory: the
 * shapes target classes such as {@code e2k:Actor} and {@code e2k:Document}, whose instances
 * the graph types only with subclasses ({@code e2k:Company}, {@code e2k:OpenLetter}), and
 * SHACL follows {@code rdfs:subClassOf} in the data graph only. The ontology holds no
 * instances of the targeted classes, so adding it finds no extra focus nodes.
 *
 * <p>The shapes are parsed once per validator; a validator is immutable and may be shared,
 * as the loader shares one between its extraction threads. That rests on Jena's SHACL
 * engine (read in its 5.6.0 sources): the parsed {@link Shapes} are only read, the plain
 * validator keeps no state and gives each call its own validation context, and a SPARQL
 * constraint runs a new query execution over the parsed query for each focus node. The one
 * write into a shared query, working out its result variables, has nothing to do for a
 * query that names them ({@code SELECT $this ?value}), so the {@code sh:select} queries of
 * the shapes name theirs rather than use {@code SELECT *}.
 */
public final class ShapeValidator {
    private final Shapes shapes;
    private final Graph ontology;
    private final PrefixMap prefixes;
    private final Prologue prologue;

    /** A validator with the bundled shapes and ontology, IRIs resolved against {@code iris}. */
    public ShapeValidator(Iris iris) {
        this(KnowledgeGraphs.shapes(iris), KnowledgeGraphs.ontology(iris), iris);
    }

    /** A validator with the given shapes and ontology. */
    public ShapeValidator(Model shapes, Model ontology, Iris iris) {
        this.shapes = Shapes.parse(shapes.getGraph());
        this.ontology = ontology.getGraph();
        this.prefixes = PrefixMapFactory.create(Prefixes.of(iris));
        this.prologue = new Prologue(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(iris)));
    }

    /** Validates one article graph (with the ontology added for the class hierarchy). */
    public GraphReport validate(Model articleGraph) {
        Model data = ModelFactory.createUnion(articleGraph, ModelFactory.createModelForGraph(ontology));
        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(node(e.focusNode()), path(e.resultPath()), message(e)));
        }
        out.sort(null);
        return new GraphReport(out);
    }

    private String node(Node n) {
        return n == null ? "" : NodeFmtLib.str(n, prefixes);
    }

    private String path(Path p) {
        if (p == null) {
            return "";
        }
        return p.toString(prologue);
    }

    private static String message(ReportEntry e) {
        String m = e.message();
        if (m == null || m.isBlank()) {
            m = e.sourceConstraintComponent() == null ? "constraint violated" : e.sourceConstraintComponent().getLocalName();
        }
        return m;
    }
}
