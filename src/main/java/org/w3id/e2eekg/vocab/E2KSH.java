package org.w3id.e2eekg.vocab;

/**
 * The namespace of the project's SHACL shapes ({@value #NS}), declared in
 * {@code ontology/shapes.ttl}. Shapes are named so that a validation report says which
 * rule failed; code refers to them only through the report, so only the namespace is here.
 */
public final class E2KSH {
    public static final String NS = "https://w3id.org/e2ee-kg/shapes#";
    /** The IRI of the shapes document, which also declares the prefixes of its SPARQL constraints. */
    public static final String SHAPES_IRI = "https://w3id.org/e2ee-kg/shapes";

    private E2KSH() {}
}
