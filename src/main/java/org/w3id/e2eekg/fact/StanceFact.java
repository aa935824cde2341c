package org.w3id.e2eekg.fact;

import java.util.Set;

/**
 * An actor's position on end-to-end encryption.
 *
 * @param actor    who holds it
 * @param stance   opposes or supports
 * @param demands  what the actor wants instead, where the sentence says
 * @param document the document it was expressed in, or null
 * @param date     when it was expressed (the document's date, else the article's), or null
 * @param prov     evidence, rule and cue
 */
public record StanceFact(Actor actor, Stance stance, Set<Demand> demands, DocumentFact document,
                         DateValue date, Provenance prov) {}
