package org.w3id.e2eekg.export.graph;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * An edge of a {@link PropertyGraph}: one triple between two nodes, with what the
 * statements about that triple say (dates, article, evidence sentences, qualifiers).
 *
 * @param source     the subject's node id
 * @param predicate  the predicate's IRI
 * @param target     the object's node id
 * @param label      the predicate's label
 * @param stance     the stance the edge expresses ({@code opposes}, {@code supports}), if it is one
 * @param start      the earliest date among those values, {@code YYYY-MM-DD} ({@link Dates})
 * @param attributes the folded statements' values by attribute name, values sorted
 */
public record GraphEdge(String source, String predicate, String target, String label, Optional<String> stance,
        Optional<String> start, SortedMap<String, List<Value>> attributes) {
    public GraphEdge {
        attributes = PropertyGraph.frozen(attributes);
    }

    /** A stable id: the three terms, space-separated. */
    public String id() {
        return source + " " + predicate + " " + target;
    }

    /** The values of one attribute; empty when it has none. */
    public List<Value> values(String attribute) {
        return attributes.getOrDefault(attribute, List.of());
    }
}
