package org.w3id.e2eekg.load;

import java.util.Optional;
import org.w3id.e2eekg.store.Compaction;
import org.w3id.e2eekg.store.WriteOutcome;

/**
 * What a {@link LoadDestination} did with the graphs of a load.
 *
 * @param outcome    the graphs written, left as they were, or refused
 * @param compaction the compaction that followed, when the destination compacted
 */
public record WriteReport(WriteOutcome outcome, Optional<Compaction> compaction) {}
