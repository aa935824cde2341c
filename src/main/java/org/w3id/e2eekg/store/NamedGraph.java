package org.w3id.e2eekg.store;

import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/**
 * A graph to write into the store under a name.
 *
 * @param name  the graph's IRI
 * @param model its triples
 */
public record NamedGraph(String name, Model model) {
    public NamedGraph {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
    }
}
