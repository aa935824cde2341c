package org.w3id.e2eekg.export.graph;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.e2eekg.vocab.E2K;

/**
 * What the ontology says that drawing needs: the kind of a node from its types (through
 * {@code rdfs:subClassOf}), the label of a property, and which properties are stances (the
 * fact properties whose range is {@code e2k:Topic}). Read from the ontology model once;
 * immutable and thread-safe in use, since the model is only read.
 */
public final class OntologyTerms {
    private final Model ontology;

    public OntologyTerms(Model ontology) {
        this.ontology = ontology;
    }

    /** The node kind of a resource with these types ({@link NodeKind#OTHER} when none fits). */
    public NodeKind kind(Collection<String> types) {
        Set<Resource> reached = new HashSet<>();
        Deque<Resource> todo = new ArrayDeque<>();
        types.forEach(t -> todo.add(ontology.createResource(t)));
        while (!todo.isEmpty()) {
            Resource c = todo.poll();
            if (reached.add(c)) {
                ontology.listObjectsOfProperty(c, RDFS.subClassOf).filterKeep(RDFNode::isURIResource)
                        .forEachRemaining(s -> todo.add(s.asResource()));
            }
        }
        for (NodeKind k : NodeKind.values()) {
            if (k.type().isPresent() && reached.contains(k.type().get())) {
                return k;
            }
        }
        return NodeKind.OTHER;
    }

    /** The property's English label, else its local name. */
    public String label(String property) {
        Resource p = ontology.createResource(property);
        return ontology.listObjectsOfProperty(p, RDFS.label).filterKeep(RDFNode::isLiteral).mapWith(RDFNode::asLiteral)
                .toList().stream()
                .filter(l -> l.getLanguage().isEmpty() || l.getLanguage().startsWith("en"))
                .map(Literal::getLexicalForm).min(Comparator.naturalOrder())
                .orElseGet(() -> p.getLocalName().isEmpty() ? property : p.getLocalName());
    }

    /** The stance a property expresses (its local name), when it is a fact property about a topic. */
    public Optional<String> stance(String property) {
        Resource p = ontology.createResource(property);
        boolean stance = ontology.contains(p, RDF.type, E2K.FactProperty) && ontology.contains(p, RDFS.range, E2K.Topic);
        return stance ? Optional.of(p.getLocalName()) : Optional.empty();
    }
}
