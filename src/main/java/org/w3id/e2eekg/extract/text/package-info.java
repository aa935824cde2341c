/**
 * The text layer of extraction: tokens with character offsets, sentences, paragraphs and
 * headings. Everything above it (entities, relations) works on these tokens, never on raw
 * strings, so that every fact keeps the exact span it came from.
 */
package org.w3id.e2eekg.extract.text;
