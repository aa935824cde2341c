package org.w3id.e2eekg.export;

import java.util.Locale;

/** The formats a store can be exported in. */
public enum ExportFormat {
    /** TriG: every named graph, graphs sorted by name. */
    TRIG("trig"),
    /** Turtle: the union of all graphs, merged. */
    TURTLE("ttl"),
    /** N-Quads: one sorted line per quad. */
    NQUADS("nq"),
    /** JSON-LD 1.1: every named graph. */
    JSONLD("jsonld");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without a dot. */
    public String extension() {
        return extension;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
