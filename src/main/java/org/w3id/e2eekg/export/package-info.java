/**
 * Deterministic serialisation: the same store content gives byte-identical files, whatever
 * order the articles were loaded in and however the store keeps them. This package owns
 * the sorted Turtle, TriG and N-Quads writers, the canonical labelling of blank nodes they
 * share, the JSON-LD writer fed in sorted order, and {@link org.w3id.e2eekg.export.StoreExport},
 * the one export request the command line and the server share (what part of the store, which
 * view, which format); the graph tools' formats and the fact view are in
 * {@link org.w3id.e2eekg.export.graph}. It reads a dataset and knows nothing of where the
 * dataset came from.
 */
package org.w3id.e2eekg.export;
