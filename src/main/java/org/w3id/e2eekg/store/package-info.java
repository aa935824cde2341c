/**
 * The triple store: a {@link org.w3id.e2eekg.store.KnowledgeStore} over a TDB2 directory.
 * This package owns how graphs are laid out in the store (one named graph per article, one
 * for the ontology and shapes, one for the reference data, one describing the whole store,
 * nothing in the default graph), how they are written (every load all at once: a new store
 * by Jena's bulk loader in a directory beside its place, {@link org.w3id.e2eekg.store.BulkLoad};
 * an existing one in one write transaction, an article's graph replaced whole, never by the
 * article of another file, and not rewritten when unchanged), how the store's description
 * is kept up to date at the cost of what a load changes ({@link
 * org.w3id.e2eekg.store.DescriptionUpdate}), how the store is read (SPARQL over the union of
 * the named graphs, reads for export) and how it is kept (compaction, backup and restore as
 * N-Quads), and the full-text index that follows every write ({@link
 * org.w3id.e2eekg.store.SearchIndex}, Jena's text index over labels, aliases and sentences,
 * in TDB2's transactions through {@link org.w3id.e2eekg.store.TextIndexedDataset}). It knows
 * nothing of how graphs are made or validated.
 */
package org.w3id.e2eekg.store;
