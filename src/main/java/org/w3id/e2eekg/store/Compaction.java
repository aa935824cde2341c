package org.w3id.e2eekg.store;

/**
 * A compaction: the TDB2 generation the store's live data was copied from, which is deleted,
 * and the one it now lives in.
 *
 * <p>Sizes are not reported: TDB2's files are sparse (each index file is mapped in 8 MB
 * segments of which only the blocks written take disk space), so the sizes Java can read say
 * nothing about the space used; {@code du -sh DIR} does, before and after.
 *
 * @param from the generation directory before ({@code Data-0001})
 * @param to   the generation directory after ({@code Data-0002})
 */
public record Compaction(String from, String to) {

    /** {@code Data-0001 -> Data-0002 (old generation deleted)}. */
    public String describe() {
        return from + " -> " + to + " (old generation deleted)";
    }
}
