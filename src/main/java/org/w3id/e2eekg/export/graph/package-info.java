/**
 * The graph as graph tools see it: nodes with attributes and edges with attributes, rather
 * than triples. This package owns the fact view ({@link org.w3id.e2eekg.export.graph.FactView},
 * defined by {@code queries/views/fact-view.rq}), the turning of any RDF graph into a
 * property graph ({@link org.w3id.e2eekg.export.graph.PropertyGraphBuilder}: literals become
 * attributes, reified statements fold into the attributes of their edge), how node kinds and
 * stances look ({@link org.w3id.e2eekg.export.graph.NodeKind},
 * {@link org.w3id.e2eekg.export.graph.Palette}) and the writers for GraphML (yEd, Gephi,
 * Cytoscape), GEXF 1.3 (Gephi), DOT (Graphviz) and Cytoscape.js JSON. Every writer is
 * deterministic: the same graph gives the same bytes. Node ids are the resources' IRIs.
 */
package org.w3id.e2eekg.export.graph;
