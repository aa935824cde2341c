package org.w3id.e2eekg.cli;

import java.util.Locale;

/**
 * Output formats of {@code query}: result formats for SELECT and ASK, RDF formats for
 * CONSTRUCT and DESCRIBE.
 */
enum QueryFormat {
    TEXT(true), JSON(true), CSV(true), TSV(true), XML(true),
    TURTLE(false), NTRIPLES(false), JSONLD(false), RDFXML(false), TRIG(false), NQUADS(false);

    private final boolean forResults;

    QueryFormat(boolean forResults) {
        this.forResults = forResults;
    }

    /** True for formats of SELECT and ASK results; false for RDF formats. */
    boolean forResults() {
        return forResults;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
