/**
 * Vocabulary constants: one class per namespace, each term a constant, in the manner of
 * Jena's {@code DCTerms}. Terms of the project's own namespace are declared in
 * {@code ontology/e2ee-kg.ttl}; a test keeps the two in step. Jena's own classes
 * ({@code SchemaDO}, {@code OA}, {@code ORG}, {@code SKOS}, {@code DCTerms}, {@code VOID},
 * {@code DCAT}) cover the standard vocabularies Jena already knows.
 */
package org.w3id.e2eekg.vocab;
