package org.w3id.e2eekg.export.graph;

import java.util.List;
import java.util.SortedMap;

/**
 * A node of a {@link PropertyGraph}: a resource, with what graph tools show of it.
 *
 * @param id         the resource's IRI (a blank node's canonical label with {@code _:})
 * @param label      the text to show: its label, else a short form of the IRI
 * @param kind       what it is, for colour and shape
 * @param types      its {@code rdf:type}s, sorted
 * @param attributes its literal values by attribute name ({@link AttributeNames}), values sorted
 */
public record GraphNode(String id, String label, NodeKind kind, List<String> types,
        SortedMap<String, List<Value>> attributes) {
    public GraphNode {
        types = List.copyOf(types);
        attributes = PropertyGraph.frozen(attributes);
    }
}
