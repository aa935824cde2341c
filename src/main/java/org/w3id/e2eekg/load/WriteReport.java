package org.w3id.e2eekg.load;

import java.util.Optional;
import org.w3id.e2eekg.store.Compaction;

/**
 * What a {@link LoadSession} did when it committed.
 *
 * @param replacedData true when the load removed or changed data the destination held
 * @param compaction   the compaction that followed, when the destination compacted
 */
public record WriteReport(boolean replacedData, Optional<Compaction> compaction) {
    public WriteReport {
        compaction = compaction == null ? Optional.empty() : compaction;
    }
}
