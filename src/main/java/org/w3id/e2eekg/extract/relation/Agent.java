package org.w3id.e2eekg.extract.relation;

import java.util.List;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.DocumentFact;

/**
 * What fills the subject of a clause: actors, a document (or the unnamed group that signed
 * it), or a target of the debate with its polarity ("the bill", "end-to-end encryption").
 *
 * @param actors   the actors, when the subject names or refers back to actors
 * @param document the document the subject is or signs, or null
 * @param target   for a subject that is itself a target: +1 or -1; else 0
 * @param group    true when the subject is a plural group ("129 signatories", "both")
 */
record Agent(List<Actor> actors, DocumentFact document, int target, boolean group) {
    static final Agent NONE = new Agent(List.of(), null, 0, false);

    static Agent of(List<Actor> actors) {
        return new Agent(List.copyOf(actors), null, 0, actors.size() > 1);
    }

    static Agent target(int polarity) {
        return new Agent(List.of(), null, polarity, false);
    }

    boolean isTarget() {
        return target != 0;
    }

    boolean isEmpty() {
        return actors.isEmpty() && document == null && target == 0;
    }

    boolean hasActors() {
        return !actors.isEmpty();
    }

    @Override
    public String toString() {
        return isTarget() ? "target(" + target + ")" : actors + (document != null ? "+doc" : "");
    }
}
