package org.w3id.e2eekg.store;

/**
 * Writes the graphs of one load into a store, one article at a time, all of them becoming
 * visible together at {@link #commit()}; closing a writer that was not committed leaves the
 * store as it was. Made by {@link KnowledgeStore#beginWrites()} (one write transaction over
 * an existing store) or {@link BulkLoad} (a new store built beside its place and moved there).
 * Used by one thread.
 */
public interface ArticleWriter extends AutoCloseable {

    /**
     * Writes an article's graph, replacing the graph of the same name unless that holds an
     * article from another file ({@link ArticleWrite.Kind#REFUSED}).
     *
     * @throws StoreException when the store cannot be written; the writer is then unusable
     */
    ArticleWrite write(NamedGraph article);

    /**
     * Rewrites the standard graphs where they changed, brings the description up to date and
     * makes everything written visible at once.
     *
     * @return true when the load removed or changed data that was in the store (when a
     *         compaction gives space back)
     * @throws StoreException when the commit fails; the store is then as it was
     */
    boolean commit();

    /** Abandons what was written unless committed. */
    @Override
    void close();
}
