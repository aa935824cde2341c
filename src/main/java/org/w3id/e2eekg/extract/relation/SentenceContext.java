package org.w3id.e2eekg.extract.relation;

import java.util.List;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.fact.Provenance;
import org.w3id.e2eekg.fact.Span;

/**
 * One sentence as the relation rules see it: tokens with mentions, dates, figures and
 * clauses, and its span for evidence.
 */
final class SentenceContext {
    final String text;
    final AnalysedSentence a;
    final List<DateMention> dates;
    final boolean[] inDate;
    List<NumberMention> numbers = List.of();
    /** a news report the sentence cites ("According to a Daily Courier report on ..."), or null */
    org.w3id.e2eekg.fact.DocumentFact report;
    /** who a quotation in the sentence is attributed to ('"...," Cathcart said.'), or null */
    Agent quoteSpeaker;
    Clause root;
    final Span span;

    SentenceContext(String text, AnalysedSentence a, List<DateMention> dates) {
        this.text = text;
        this.a = a;
        this.dates = dates;
        this.span = new Span(a.sentence().start(), a.sentence().end());
        this.inDate = new boolean[a.size()];
        for (DateMention d : dates) {
            for (int i = d.from(); i < d.to(); i++) {
                inDate[i] = true;
            }
        }
    }

    Provenance prov(String rule, String cue) {
        return new Provenance(span, rule, cue);
    }

    String text(int from, int to) {
        return a.text(text, from, to);
    }

    /** Every clause of the sentence, depth first. */
    List<Clause> clauses() {
        return root.all();
    }
}
