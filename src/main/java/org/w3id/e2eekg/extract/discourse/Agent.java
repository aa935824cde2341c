package org.w3id.e2eekg.extract.discourse;

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
public record Agent(List<Actor> actors, DocumentFact.Builder document, int target, boolean group) {
    /** No one: the subject names no actor, document or target. */
    public static final Agent NONE = new Agent(List.of(), null, 0, false);

    public Agent {
        actors = List.copyOf(actors);
    }

    /** Actors named or referred to; a group when there are several. */
    public static Agent of(List<Actor> actors) {
        return new Agent(actors, null, 0, actors.size() > 1);
    }

    /** A subject that is a target of the debate, with its polarity. */
    public static Agent target(int polarity) {
        return new Agent(List.of(), null, polarity, false);
    }

    /** The same subject, as the maker of a document. */
    public Agent withDocument(DocumentFact.Builder doc) {
        return new Agent(actors, doc, target, group);
    }

    public boolean isTarget() {
        return target != 0;
    }

    public boolean isEmpty() {
        return actors.isEmpty() && document == null && target == 0;
    }

    public boolean hasActors() {
        return !actors.isEmpty();
    }

    @Override
    public String toString() {
        return isTarget() ? "target(" + target + ")" : actors + (document != null ? "+doc" : "");
    }
}
