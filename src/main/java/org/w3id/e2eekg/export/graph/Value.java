package org.w3id.e2eekg.export.graph;

import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;

/**
 * One value of a node's or an edge's attribute: its text and the XSD datatype it had in RDF
 * ({@code xsd:string} for IRIs and plain text), so that writers can type their columns.
 *
 * @param text     the lexical form, or the IRI
 * @param datatype the datatype IRI
 */
public record Value(String text, String datatype) implements Comparable<Value> {
    private static final String STRING = XSDDatatype.XSDstring.getURI();

    public Value {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(datatype, "datatype");
    }

    /** A text value. */
    public static Value text(String text) {
        return new Value(text, STRING);
    }

    @Override
    public int compareTo(Value o) {
        int c = text.compareTo(o.text);
        return c != 0 ? c : datatype.compareTo(o.datatype);
    }
}
