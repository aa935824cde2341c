/**
 * Loading articles into the store: each article is read, its facts extracted, its graph
 * built and validated, all in memory; only then are the good ones written, together, in
 * one transaction. This package owns that order of work and the per-article outcome (a
 * summary of what was stored, or a one-line failure naming the file). Reading, extraction,
 * graph building, validation and storage are delegated to their own packages.
 */
package org.w3id.e2eekg.load;
