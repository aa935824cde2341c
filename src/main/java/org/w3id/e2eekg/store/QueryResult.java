package org.w3id.e2eekg.store;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The materialised answer of a SPARQL query, copied out of the store's read transaction so
 * that it can be formatted after the transaction has ended.
 */
public sealed interface QueryResult {

    /** The rows of a SELECT query. */
    record Rows(ResultSetRewindable rows) implements QueryResult {}

    /** The answer of an ASK query. */
    record Answer(boolean value) implements QueryResult {}

    /** The triples of a CONSTRUCT or DESCRIBE query. */
    record Triples(Model model) implements QueryResult {}

    /** The quads of a CONSTRUCT query with GRAPH templates. */
    record Quads(DatasetGraph dataset) implements QueryResult {}
}
