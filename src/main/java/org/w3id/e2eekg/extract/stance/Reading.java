package org.w3id.e2eekg.extract.stance;

import java.util.List;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.Demand;
import org.w3id.e2eekg.fact.DocumentFact;

/**
 * One stance read from one sentence: who, which way, how sure, and why — the thing the
 * sentence is about ({@code target}: encryption itself, a backdoor, a named bill) with its
 * effect on end-to-end encryption, and the actor's attitude to that thing, whose product is
 * the stance.
 *
 * @param actors     who holds the stance (possibly none, when it is a document's)
 * @param document   the document that expresses it, when the sentence's subject is one ("the letter urges"), else null
 * @param value      +1 supports end-to-end encryption, -1 opposes it
 * @param confidence how far the reading can be trusted, 0..1
 * @param target     the words of the thing the stance is about
 * @param effect     that thing's effect on end-to-end encryption: +1 it is or extends it, -1 it weakens it
 * @param attitude   the actor's attitude to the thing: +1 for it, -1 against it ({@code value = effect * attitude})
 * @param measure    the measure the stance is about, when the thing is one ("the Online Safety Bill"), else null
 * @param named      whether that measure is known by a name (a law, a reference measure) rather than only described ("the plan")
 * @param demand     what the actor wants instead of encryption, when the thing names it and the actor wants it, else null
 * @param cue        the governing words on the way from the thing to the actor, in order
 * @param rule       how the reading was made: the kind of construction
 */
public record Reading(List<Actor> actors, DocumentFact document, int value, double confidence, String target, int effect,
                      int attitude, String measure, boolean named, Demand demand, String cue, String rule) {
    public Reading {
        actors = List.copyOf(actors);
        if (value != 1 && value != -1) {
            throw new IllegalArgumentException("a stance is +1 or -1, not " + value);
        }
    }
}
