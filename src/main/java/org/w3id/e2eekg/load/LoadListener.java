package org.w3id.e2eekg.load;

/**
 * Hears about a load as it goes, so a command can show progress and errors as they happen
 * rather than at the end. Both methods do nothing by default.
 */
public interface LoadListener {
    LoadListener NONE = new LoadListener() {};

    /** About to prepare article {@code index} (from 1) of {@code total}. */
    default void preparing(int index, int total, String source) {}

    /** An article was refused; nothing of it will be written. */
    default void failed(LoadFailure failure) {}
}
