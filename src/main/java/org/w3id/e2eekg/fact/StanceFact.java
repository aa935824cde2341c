package org.w3id.e2eekg.fact;

import java.util.Set;

/**
 * An actor's position on end-to-end encryption, with how it was inferred.
 *
 * @param actor      who holds it
 * @param stance     opposes or supports
 * @param demands    what the actor wants instead, where the sentence says
 * @param document   the document it was expressed in, or null
 * @param date       when it was expressed (the document's date, else the sentence's or article's), or null
 * @param prov       evidence, rule and cue
 * @param confidence how far the reading can be trusted, 0..1; only stances at or above
 *                   {@link #ASSERTED} are stated as plain triples
 * @param basis      what the stance was inferred from (the thing, its effect, the actor's attitude to it), or null
 */
public record StanceFact(Actor actor, Stance stance, Set<Demand> demands, DocumentFact document,
                         DateValue date, Provenance prov, double confidence, Basis basis) {
    /** The confidence from which a stance is stated as a plain triple and counted by the named queries by default. */
    public static final double ASSERTED = 0.4;

    /**
     * What a stance was inferred from: "opposes the Online Safety Bill (-1), which weakens
     * encryption (-1)" gives "supports".
     *
     * @param target   the words of the thing the stance is about
     * @param effect   its effect on encryption, +1 or -1
     * @param attitude the actor's attitude to it, +1 or -1
     * @param measure  the measure's name when the thing is a measure, else null
     * @param named    whether the measure has a name of its own (a law, a reference measure), so that
     *                 articles share it; a measure only described ("the plan") is the article's own
     */
    public record Basis(String target, int effect, int attitude, String measure, boolean named) {}

    public boolean asserted() {
        return confidence >= ASSERTED;
    }
}
