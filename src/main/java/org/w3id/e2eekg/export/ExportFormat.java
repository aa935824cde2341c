package org.w3id.e2eekg.export;

import java.util.Locale;

/**
 * The formats a store can be exported in: RDF, written by {@link DatasetExporter}, and the
 * graph tools' formats, written from a property graph ({@link org.w3id.e2eekg.export.graph}).
 */
public enum ExportFormat {
    /** TriG: every named graph, graphs sorted by name. */
    TRIG("trig", "application/trig", true),
    /** Turtle: the union of all graphs, merged. */
    TURTLE("ttl", "text/turtle", true),
    /** N-Quads: one sorted line per quad. */
    NQUADS("nq", "application/n-quads", true),
    /** JSON-LD 1.1: every named graph. */
    JSONLD("jsonld", "application/ld+json", true),
    /** GraphML with yEd graphics, for yEd, Gephi and Cytoscape. */
    GRAPHML("graphml", "application/graphml+xml", false),
    /** GEXF 1.3, for Gephi, with colours, shapes and a timeline. */
    GEXF("gexf", "application/gexf+xml", false),
    /** DOT, for Graphviz. */
    DOT("dot", "text/vnd.graphviz", false),
    /** Cytoscape.js JSON (elements and style), for Cytoscape and the browser. */
    CYTOSCAPE("cyjs", "application/json", false);

    private final String extension;
    private final String mediaType;
    private final boolean rdf;

    ExportFormat(String extension, String mediaType, boolean rdf) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.rdf = rdf;
    }

    /** The usual file extension, without a dot. */
    public String extension() {
        return extension;
    }

    /** The media type it is served as. */
    public String mediaType() {
        return mediaType;
    }

    /** True for the RDF formats. */
    public boolean isRdf() {
        return rdf;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
