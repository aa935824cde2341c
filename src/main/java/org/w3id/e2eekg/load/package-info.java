/**
 * Loading articles into the store, as a stream: each article is read, its facts extracted,
 * its graph built and validated on worker threads, and the good ones are written, in the
 * order given, as soon as they are ready ({@link org.w3id.e2eekg.load.OrderedPipeline}), so
 * extraction and writing overlap and memory holds a few articles however many there are.
 * The writes go to a {@link org.w3id.e2eekg.load.LoadDestination}: a local TDB2 store
 * (built by Jena's bulk loader when new, written in one transaction when it exists) or a
 * remote Graph Store Protocol endpoint (one PUT per graph). Either way the store takes a
 * load whole or not at all. This package owns that order of work, the choice of
 * destination, the per-article outcome (a summary of what was stored, or a one-line failure
 * naming the file: also for two files of one load that give one article id, and for a file
 * whose id belongs to another file's article in the store), and the compaction that follows
 * a load that replaced data. Reading, extraction, graph building, validation and storage
 * are delegated to their own packages.
 */
package org.w3id.e2eekg.load;
