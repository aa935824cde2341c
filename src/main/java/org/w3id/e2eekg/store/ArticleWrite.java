package org.w3id.e2eekg.store;

import java.util.List;
import java.util.Optional;

/**
 * What writing one article's graph did.
 *
 * @param graph      the graph's name
 * @param kind       whether it was written, left as it was, or refused
 * @param conflict   why it was refused: the stored article of that name came from another file
 * @param superseded graphs removed because they held an earlier load of the same file under another name
 * @param replaced   true when the write removed or changed data that was in the store
 */
public record ArticleWrite(String graph, Kind kind, Optional<ArticleConflict> conflict, List<String> superseded,
                           boolean replaced) {
    /** The outcomes of one article. */
    public enum Kind {
        /** now in the store as given (new, or changed) */
        WRITTEN,
        /** the store already held it with the same content; nothing was written */
        UNCHANGED,
        /** not written: its name belongs to an article from another file */
        REFUSED
    }

    public ArticleWrite {
        superseded = List.copyOf(superseded);
    }

    static ArticleWrite written(String graph, List<String> superseded, boolean replaced) {
        return new ArticleWrite(graph, Kind.WRITTEN, Optional.empty(), superseded, replaced);
    }

    static ArticleWrite unchanged(String graph, List<String> superseded) {
        return new ArticleWrite(graph, Kind.UNCHANGED, Optional.empty(), superseded, !superseded.isEmpty());
    }

    static ArticleWrite refused(ArticleConflict conflict) {
        return new ArticleWrite(conflict.graph(), Kind.REFUSED, Optional.of(conflict), List.of(), false);
    }
}
