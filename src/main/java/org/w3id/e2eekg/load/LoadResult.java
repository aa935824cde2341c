package org.w3id.e2eekg.load;

import java.util.List;
import java.util.Optional;
import org.w3id.e2eekg.store.Compaction;

/**
 * The outcome of a load: the articles written and those refused, each in the order given.
 *
 * @param loaded     articles now in the store
 * @param failures   articles refused, none of which touched the store
 * @param compaction the compaction of the store after the write, when there was one
 */
public record LoadResult(List<PreparedArticle> loaded, List<LoadFailure> failures, Optional<Compaction> compaction) {
    public LoadResult {
        loaded = List.copyOf(loaded);
        failures = List.copyOf(failures);
        compaction = compaction == null ? Optional.empty() : compaction;
    }

    public boolean allLoaded() {
        return failures.isEmpty();
    }
}
