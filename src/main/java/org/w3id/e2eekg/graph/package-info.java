/**
 * Facts to RDF: mints readable, deterministic IRIs ({@link org.w3id.e2eekg.graph.Iris}) and
 * writes an article's facts as its named graph ({@link org.w3id.e2eekg.graph.FactGraphBuilder}):
 * direct triples for easy queries plus a statement node per fact with its evidence, then
 * every superclass type ({@link org.w3id.e2eekg.graph.TypeClosure}) and a sortable span for
 * every date ({@link org.w3id.e2eekg.graph.DateSpans}) added to that graph. Also
 * reads the ontology, shapes and reference data into their own graphs, and describes the
 * whole dataset in VoID and DCAT ({@link org.w3id.e2eekg.graph.DatasetDescription}).
 */
package org.w3id.e2eekg.graph;
