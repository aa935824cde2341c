package org.w3id.e2eekg.load;

import java.util.List;

/**
 * The outcome of a load: the articles written and those refused, each in the order given.
 *
 * @param loaded   articles now in the store
 * @param failures articles refused, none of which touched the store
 */
public record LoadResult(List<PreparedArticle> loaded, List<LoadFailure> failures) {
    public LoadResult {
        loaded = List.copyOf(loaded);
        failures = List.copyOf(failures);
    }

    public boolean allLoaded() {
        return failures.isEmpty();
    }
}
