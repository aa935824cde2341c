package org.w3id.e2eekg.load;

import org.w3id.e2eekg.store.ArticleWrite;

/**
 * One load's writes into a {@link LoadDestination}: articles go in one at a time, in the
 * order of the load, and become part of the store together at {@link #commit()}; a session
 * closed without commit leaves the destination as it was. Used by the one thread that loads.
 */
public interface LoadSession extends AutoCloseable {

    /**
     * Writes one article's graph.
     *
     * @throws org.w3id.e2eekg.store.StoreException when the destination cannot be written
     */
    ArticleWrite write(PreparedArticle article);

    /**
     * Makes the load part of the store.
     *
     * @return what the load replaced, and the compaction that followed, if any
     * @throws org.w3id.e2eekg.store.StoreException when the destination cannot be written;
     *                                              it then holds nothing of this load
     */
    WriteReport commit();

    /** Abandons the load unless committed. */
    @Override
    void close();
}
