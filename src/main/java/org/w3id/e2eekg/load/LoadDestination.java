package org.w3id.e2eekg.load;

/**
 * Where a load writes its graphs: a local TDB2 store or a remote Graph Store Protocol
 * endpoint ({@link DestinationFactory}). Either way the same named graphs are written: the
 * ontology and reference graphs, and each article's graph, replacing the graph of the same
 * name. Only the local store refuses a graph whose name already belongs to an article from
 * another file (it reads the stored graph in the same transaction); an endpoint is only
 * written to.
 */
public interface LoadDestination {

    /** The store directory or the endpoint URL, for messages. */
    String describe();

    /**
     * Fails, writing and creating nothing, when the destination plainly cannot take a load
     * (a directory that is not a store, an endpoint that does not answer); called before any
     * article is read, so that a doomed load does no work.
     *
     * @throws org.w3id.e2eekg.store.StoreException naming the destination and the problem
     */
    void check();

    /**
     * Begins writing a load; called when the first article is ready, so a load in which no
     * article is good does not even open the destination.
     *
     * @throws org.w3id.e2eekg.store.StoreException naming the destination and the problem
     */
    LoadSession open();
}
