package org.w3id.e2eekg.extract.discourse;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.e2eekg.extract.date.DateMention;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.syntax.Clause;
import org.w3id.e2eekg.fact.Provenance;
import org.w3id.e2eekg.fact.Span;

/**
 * One sentence as the relation stages see it: tokens with mentions, its dates, its clauses
 * and who the subject of each clause is, and who a quotation in it is attributed to.
 * Immutable; a stage that learns more of a clause's subject (that it made a document)
 * hands on a copy {@link #withAgents with} the new subjects.
 *
 * @param text         the article text the token offsets point into
 * @param sentence     the sentence with its tokens, tags, mentions and titles
 * @param dates        its dates
 * @param root         its clauses
 * @param agents       the subject of each clause, by clause identity (a clause may have none)
 * @param quoteSpeaker who a quotation in the sentence is attributed to ('"...," Cathcart said.'), or null
 */
public record SentenceContext(String text, AnalysedSentence sentence, List<DateMention> dates, Clause root,
                              Map<Clause, Agent> agents, Agent quoteSpeaker) {
    public SentenceContext {
        dates = List.copyOf(dates);
        agents = Collections.unmodifiableMap(new IdentityHashMap<>(agents));
    }

    /** The same sentence with other subjects for its clauses. */
    public SentenceContext withAgents(Map<Clause, Agent> newAgents) {
        return new SentenceContext(text, sentence, dates, root, newAgents, quoteSpeaker);
    }

    /** The subject of a clause of the sentence, or null when none was resolved. */
    public Agent agent(Clause c) {
        return agents.get(c);
    }

    /** The sentence's span of the article text: the evidence of what is read from it. */
    public Span span() {
        return new Span(sentence.sentence().start(), sentence.sentence().end());
    }

    /** Provenance from this sentence. */
    public Provenance prov(String rule, String cue) {
        return new Provenance(span(), rule, cue);
    }

    /** The text between two token positions, as written. */
    public String text(int from, int to) {
        return sentence.text(text, from, to);
    }

    /** Every clause of the sentence, depth first. */
    public List<Clause> clauses() {
        return root.all();
    }
}
