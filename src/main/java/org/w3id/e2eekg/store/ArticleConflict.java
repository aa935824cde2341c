package org.w3id.e2eekg.store;

/**
 * An article graph that a write refused because the store already holds a graph of that name
 * loaded from another file: two files whose names give one article id. Replacing it would
 * lose an article the user did not mean to touch.
 *
 * @param graph        the graph's name
 * @param storedSource the file name the stored graph was loaded from
 * @param newSource    the file name of the refused graph
 */
public record ArticleConflict(String graph, String storedSource, String newSource) {}
