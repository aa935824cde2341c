package org.w3id.e2eekg.fact;

/**
 * A relation between two actors that the text states in passing: a committee is part of a
 * parliament, a professor is American.
 *
 * @param subject  the actor the relation is about
 * @param relation which relation
 * @param object   the related actor
 * @param prov     evidence, rule and cue
 */
public record ActorRelation(Actor subject, Relation relation, Actor object, Provenance prov) {
    /** Relations between actors. */
    public enum Relation { PART_OF, NATIONALITY }
}
