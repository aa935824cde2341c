package org.w3id.e2eekg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of CiTO, the Citation Typing Ontology ({@value #NS}), that the graph uses. */
public final class CITO {
    public static final String NS = "http://purl.org/spar/cito/";

    private CITO() {}

    public static final Property isCitedBy = ResourceFactory.createProperty(NS + "isCitedBy");
    public static final Property cites = ResourceFactory.createProperty(NS + "cites");
}
