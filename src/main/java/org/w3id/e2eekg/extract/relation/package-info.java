/**
 * Relation rules: dates, figures, clauses and the facts read from them — stances, roles,
 * documents with their participants, statistics with their sources and citations, and
 * reports by media outlets. A small discourse model resolves "they", "the letter", "the
 * company" and "both" to what the article named before.
 */
package org.w3id.e2eekg.extract.relation;
