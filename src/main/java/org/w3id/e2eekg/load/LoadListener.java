package org.w3id.e2eekg.load;

/**
 * Hears about a load as it goes, so a command can show progress, reports and errors as they
 * happen rather than at the end. Every method is called on the thread that runs the load,
 * in the order of the articles, and does nothing by default.
 *
 * <p>An article reported {@link #loaded} is part of the load, which the store takes whole at
 * the end: if the load fails after it (the store cannot be written), none of it is in the
 * store, and {@link ArticleLoader#load} throws.
 */
public interface LoadListener {
    LoadListener NONE = new LoadListener() {};

    /** Article {@code index} (from 1) of {@code total} is ready: {@link #loaded} or {@link #failed} follows. */
    default void processed(int index, int total, String source) {}

    /** An article was written into the load. */
    default void loaded(LoadedArticle article) {}

    /** An article was refused; nothing of it will be written. */
    default void failed(LoadFailure failure) {}
}
