package org.w3id.e2eekg.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Materialises the RDFS types of an article's graph before it is stored: every resource
 * typed with a class of the ontology gets every superclass too ({@code rdfs:subClassOf},
 * transitively), so {@code ?d a e2k:Document} lists the letters and
 * {@code ?d a schema:CreativeWork} the documents, with no {@code rdfs:subClassOf*} in the
 * query. Only classes named in the ontology (with the external terms it declares) are
 * followed, so no {@code rdfs:Resource} or {@code owl:Thing} noise is added.
 *
 * <p>Chosen over serving an RDFS view of the store (Jena's {@code RDFSFactory}): measured
 * in {@code bench/RDFS.md} ({@code scripts/bench-rdfs.sh}), the materialised types cost 18 %
 * more quads and keep every query on TDB2's indexes, while through the view the named queries
 * took 2.2 times as long (16 times for {@code entities}). The price is that a change of the class hierarchy needs the articles reloaded
 * (which {@code load} does for a changed article anyway).
 */
public final class TypeClosure {
    private final Map<Resource, Set<Resource>> superclasses = new HashMap<>();

    /** The closure of {@code ontology}'s class hierarchy, computed once. */
    public TypeClosure(Model ontology) {
        ontology.listStatements(null, RDFS.subClassOf, (RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource()) {
                superclasses.computeIfAbsent(s.getSubject(), this::walk);
            }
        });
    }

    private Set<Resource> walk(Resource start) {
        Set<Resource> out = new LinkedHashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Resource c = todo.poll();
            c.listProperties(RDFS.subClassOf).forEachRemaining(s -> {
                if (s.getObject().isURIResource() && !s.getObject().equals(start) && out.add(s.getResource())) {
                    todo.add(s.getResource());
                }
            });
        }
        return out;
    }

    /** Every superclass of {@code type}, however far up; empty for a class without one. */
    public Set<Resource> superclasses(Resource type) {
        return superclasses.getOrDefault(type, Set.of());
    }

    /** Adds to {@code graph} the superclasses of every type it states; returns it. */
    public Model apply(Model graph) {
        List<Statement> typed = graph.listStatements(null, RDF.type, (RDFNode) null).toList();
        for (Statement s : typed) {
            if (s.getObject().isURIResource()) {
                superclasses(s.getResource()).forEach(c -> s.getSubject().addProperty(RDF.type, c));
            }
        }
        return graph;
    }
}
