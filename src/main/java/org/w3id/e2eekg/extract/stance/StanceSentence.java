package org.w3id.e2eekg.extract.stance;

import java.util.List;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.syntax.DependencyTree;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.DocumentFact;

/**
 * One sentence as stance composition needs it: its tokens with their actor mentions, its
 * dependency parse, who a noun phrase of it refers to, who is speaking when it is part of a
 * quotation, and what the article has said about the measures it names.
 *
 * @param sentence      tokens, tags and mentions
 * @param tree          the dependency parse, on the same token positions
 * @param referents     who the noun phrase headed by a token refers to
 * @param quoteSpeakers whom the sentence is attributed to when it is (part of) a quotation, else empty
 * @param measures      the effect on encryption of the measures the article names
 */
public record StanceSentence(AnalysedSentence sentence, DependencyTree tree, Referents referents, List<Actor> quoteSpeakers,
                             MeasureEffects measures) {

    /** Who or what a noun phrase refers to, resolved by the discourse layer. */
    public interface Referents {
        /**
         * The referent of the noun phrase headed by a token: the actors it names or refers back to
         * ("she", "the company", "both"), or the document it is ("the letter"); {@link Referent#NONE} if neither.
         */
        Referent at(int token);

        /** Whether a speaker holds a post at, or is part of, one of the actors. */
        boolean affiliated(Actor speaker, List<Actor> actors);
    }

    /**
     * A resolved noun phrase.
     *
     * @param actors     the actors, possibly none
     * @param document   the document, or null
     * @param confidence 1 for a name, less for a reference back
     */
    public record Referent(List<Actor> actors, DocumentFact document, double confidence) {
        public static final Referent NONE = new Referent(List.of(), null, 0);

        public Referent {
            actors = List.copyOf(actors);
        }

        public boolean isEmpty() {
            return actors.isEmpty() && document == null;
        }
    }
}
