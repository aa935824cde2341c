package org.w3id.e2eekg.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;

/**
 * The {@code rdfs:subClassOf} hierarchy of the ontology, walked in memory: enough to ask
 * "is this type an actor?" without a reasoner. Built once per loader; immutable in use.
 */
final class ClassHierarchy {
    private final Model ontology;

    ClassHierarchy(Model ontology) {
        this.ontology = ontology;
    }

    /** {@code top} and every class below it, however deep. */
    Set<Resource> andSubclasses(Resource top) {
        Set<Resource> out = new HashSet<>();
        Deque<Resource> todo = new ArrayDeque<>();
        todo.add(top);
        while (!todo.isEmpty()) {
            Resource c = todo.poll();
            if (out.add(c)) {
                ontology.listSubjectsWithProperty(RDFS.subClassOf, c).forEachRemaining(todo::add);
            }
        }
        return out;
    }

    /** True when {@code n} is one of {@code classes}. */
    static boolean isOneOf(RDFNode n, Set<Resource> classes) {
        return n.isURIResource() && classes.contains(n.asResource());
    }
}
