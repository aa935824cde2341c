/**
 * The document stage: letters, statements, proposals, rulings and other documents and public acts,
 * with who signs, leads, issues, receives and reports them ({@link
 * org.w3id.e2eekg.extract.document.DocumentReader}). It opens a {@link
 * org.w3id.e2eekg.fact.DocumentFact.Builder} for each document a sentence introduces and adds to
 * it as later sentences speak of it; its per-article memory is {@link
 * org.w3id.e2eekg.extract.document.DocumentMemory}. Which kinds of document are signed comes
 * from the ontology ({@link org.w3id.e2eekg.extract.lexicon.DocumentKinds}).
 */
package org.w3id.e2eekg.extract.document;
