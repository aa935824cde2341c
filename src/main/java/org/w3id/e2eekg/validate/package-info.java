/**
 * Validation of article graphs against the SHACL shapes of {@code ontology/shapes.ttl}:
 * what the loader promises about every graph it stores. This package owns the reading of
 * the shapes and the turning of a SHACL report into short, sorted, one-line violations;
 * the loader and the {@code validate} command decide what to do with them.
 */
package org.w3id.e2eekg.validate;
