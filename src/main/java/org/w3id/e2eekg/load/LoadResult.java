package org.w3id.e2eekg.load;

import java.util.List;
import java.util.Optional;
import org.w3id.e2eekg.store.Compaction;

/**
 * The outcome of a load: how many articles were written and which were refused, in the
 * order given. The articles themselves were reported one by one to the
 * {@link LoadListener}; they are not held here, so that a load of any size ends with a
 * result of the size of its failures.
 *
 * @param loaded     how many articles are now in the store from this load
 * @param failures   articles refused, none of which touched the store
 * @param compaction the compaction of the store after the write, when there was one
 */
public record LoadResult(long loaded, List<LoadFailure> failures, Optional<Compaction> compaction) {
    public LoadResult {
        failures = List.copyOf(failures);
        compaction = compaction == null ? Optional.empty() : compaction;
    }

    public boolean allLoaded() {
        return failures.isEmpty();
    }
}
