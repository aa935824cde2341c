package org.w3id.e2eekg.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What a write of article graphs did.
 *
 * @param written    article graphs now in the store as given (changed or new)
 * @param unchanged  article graphs given that the store already held with the same content;
 *                   nothing was written for them
 * @param refused    article graphs not written, because their name belongs to an article
 *                   from another file
 * @param superseded graphs removed because they held an earlier load of the same file under
 *                   another name (an article id from an older version of the loader)
 * @param replacedData true when the write removed or changed data that was in the store
 *                   (an article graph replaced by different content, or a superseded graph):
 *                   the case in which compaction gives space back
 */
public record WriteOutcome(List<String> written, List<String> unchanged, List<ArticleConflict> refused,
                           List<String> superseded, boolean replacedData) {
    public WriteOutcome {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        refused = List.copyOf(refused);
        superseded = List.copyOf(superseded);
    }

    /** The outcome of the article writes of one transaction, in order. */
    static WriteOutcome of(List<ArticleWrite> writes, boolean replacedData) {
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<ArticleConflict> refused = new ArrayList<>();
        List<String> superseded = new ArrayList<>();
        for (ArticleWrite w : writes) {
            switch (w.kind()) {
                case WRITTEN -> written.add(w.graph());
                case UNCHANGED -> unchanged.add(w.graph());
                case REFUSED -> refused.add(w.conflict().orElseThrow());
            }
            superseded.addAll(w.superseded());
        }
        return new WriteOutcome(written, unchanged, refused, superseded, replacedData);
    }
}
