package org.w3id.e2eekg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.mention.Mention;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.DocumentFact;
import org.w3id.e2eekg.fact.StatisticFact;

/**
 * Makes statistics of the figures of a sentence, with the year they refer to ("in 2018",
 * "for 2020", "that year"), who produced them ("according to the Wren Trust", "as per Wren
 * Trust estimates", "the Wren Trust estimated that", "the charity says", "Ofcom's research suggests", "The
 * company, which says it has"), whether they are estimates, and which documents cite them
 * ("As per the petition, ..." for the rest of the paragraph; "They had cited the same
 * figures as this letter"; "The ministers based their case on figures from the Wren Trust").
 */
final class StatisticReader {
    private final PhraseMatcher sourceVerbs;
    private final Set<String> sourceNouns;
    private final PhraseMatcher sourcePrepositions;
    private final Set<String> estimateWords;

    StatisticReader(Lexicon lex) {
        sourceVerbs = lex.phrases("sourceVerbs");
        sourceNouns = lex.lower("sourceNouns");
        sourcePrepositions = lex.phrases("sourcePrepositions");
        estimateWords = lex.lower("estimateWords");
    }

    List<StatisticFact> read(SentenceContext s, Discourse d, Citations citations) {
        List<StatisticFact> out = new ArrayList<>();
        AnalysedSentence a = s.a;
        if (a.sentence().question()) {
            return out;
        }
        for (NumberMention n : s.numbers) {
            StatisticFact f = new StatisticFact(n.value(), n.unit(), n.written());
            f.setQualifier(n.qualifier());
            f.setMeasure(n.measure());
            f.evidence().add(s.span);
            f.setYear(year(s, n, d));
            Actor src = preposition(s, n);
            String rule = "statistic-according-to";
            if (src == null) {
                src = speaker(s, n);
                rule = "statistic-speaker";
            }
            if (src == null) {
                src = possessor(s, n);
                rule = "statistic-possessor";
            }
            if (src != null) {
                f.setSource(src, s.prov(rule, src.label()));
            }
            f.setEstimate(estimate(s));
            if (s.report != null) {
                f.citedBy().add(s.report);
                if (src == null) {
                    f.setSource(s.report.actors(DocumentFact.Role.ISSUER).get(0), s.prov("statistic-news-report", "report"));
                }
            }
            citations.cite(f, s);
            out.add(f);
        }
        return out;
    }

    private Integer year(SentenceContext s, NumberMention n, Discourse d) {
        AnalysedSentence a = s.a;
        DateMention best = null;
        for (DateMention dm : s.dates) {
            if (!dm.yearOnly() && dm.value().hasMonth()) {
                continue;
            }
            Token before = dm.from() > 0 ? a.token(dm.from() - 1) : null;
            boolean prep = before != null && (before.isLower("in") || before.isLower("for") || before.isLower("during"));
            if (prep && (best == null || Math.abs(dm.from() - n.to()) < Math.abs(best.from() - n.to()))) {
                best = dm;
            }
        }
        if (best != null) {
            return best.value().year();
        }
        // a figure given in a dated sentence ("On 3 May 2019 a group of more than 40 ...")
        for (DateMention dm : s.dates) {
            if (!dm.yearOnly() && dm.value().hasMonth()) {
                return dm.value().year();
            }
        }
        for (int i = 0; i + 1 < a.size(); i++) {
            if (a.token(i).isLower("that") && a.token(i + 1).isLower("year") && i > n.from()) {
                for (DateMention dm : s.dates) {
                    return dm.value().year();
                }
                return d.lastDate != null ? d.lastDate.year() : null;
            }
        }
        return null;
    }

    /** "according to the Wren Trust", "as per Wren Trust estimates": the actor after the phrase, anywhere in the sentence. */
    private Actor preposition(SentenceContext s, NumberMention n) {
        AnalysedSentence a = s.a;
        for (int i = 0; i < a.size(); i++) {
            PhraseMatcher.Match m = sourcePrepositions.at(a.tokens(), i);
            if (m == null || m.entry().equals("from")) {
                continue;
            }
            int k = m.to();
            while (k < a.size() && (a.token(k).isLower("the") || a.token(k).isLower("a"))) {
                k++;
            }
            Mention men = k < a.size() ? a.mentionAt(k) : null;
            if (men != null) {
                Mention w = AgentResolver.outer(men);
                if (w.actor() != null && !"MediaOutlet".equals(w.actor().type())) {
                    return w.actor();
                }
            }
        }
        return null;
    }

    /** The actor whose saying, estimating or counting the figure is reported in. */
    private Actor speaker(SentenceContext s, NumberMention n) {
        Clause owner = null;
        for (Clause c : s.clauses()) {
            if (n.from() >= c.from && n.from() < c.to && c.kind != Clause.Kind.ADVERBIAL) {
                owner = c;
            }
        }
        Actor found = null;
        for (Clause c = owner; c != null; c = c.parent) {
            if (c.agent != null && c.agent.actors().size() == 1 && saysSomething(s, c)) {
                found = c.agent.actors().get(0);
            }
        }
        return found;
    }

    private boolean saysSomething(SentenceContext s, Clause c) {
        for (int i = c.predFrom; i < Math.min(s.a.size(), c.predFrom + 4); i++) {
            if (sourceVerbs.at(s.a.tokens(), i) != null) {
                return true;
            }
        }
        for (Clause k : c.children) {
            if (k.kind == Clause.Kind.PARTICIPIAL && saysSomething(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** "the Wren Trust's count for 2019 shows ...", "Ofcom's research suggests ...". */
    private Actor possessor(SentenceContext s, NumberMention n) {
        AnalysedSentence a = s.a;
        for (int i = 0; i + 2 < a.size() && i < n.from(); i++) {
            Mention m = a.mentionAt(i);
            if (m == null) {
                continue;
            }
            Mention w = AgentResolver.outer(m);
            if (w.possessive() && w.to + 1 < a.size() && sourceNouns.contains(a.token(w.to + 1).lower()) && w.actor() != null) {
                return w.actor();
            }
            i = w.to - 1;
        }
        return null;
    }

    private boolean estimate(SentenceContext s) {
        for (Token t : s.a.tokens()) {
            if (estimateWords.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Which documents cite the figures of the sentences that follow. */
    static final class Citations {
        private DocumentFact citing;
        private int paragraph = -1;

        /** Opens a citation context: figures to the end of the paragraph are cited by the document. */
        void open(DocumentFact doc, int paragraph) {
            this.citing = doc;
            this.paragraph = paragraph;
        }

        void cite(StatisticFact f, SentenceContext s) {
            if (citing != null && s.a.sentence().paragraph() == paragraph) {
                f.citedBy().add(citing);
            }
        }
    }
}
