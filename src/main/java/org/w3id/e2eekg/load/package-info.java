/**
 * Loading articles into the store: each article is read, its facts extracted, its graph
 * built and validated, all in memory; only then are the good ones written, together, to
 * the {@link org.w3id.e2eekg.load.LoadDestination}: a local TDB2 store (in one transaction)
 * or a remote Graph Store Protocol endpoint (one PUT per graph). This package owns that
 * order of work, the choice of destination and the per-article outcome (a summary of what
 * was stored, or a one-line failure naming the file: also for two files of one load that
 * give one article id, and for a file whose id belongs to another file's article in the
 * store), and the compaction that follows a load that replaced data. Reading, extraction,
 * graph building, validation and storage are delegated to their own packages.
 */
package org.w3id.e2eekg.load;
