package org.w3id.e2eekg.extract.statistic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.e2eekg.extract.date.DateMention;
import org.w3id.e2eekg.extract.discourse.Agent;
import org.w3id.e2eekg.extract.discourse.AgentResolver;
import org.w3id.e2eekg.extract.discourse.Discourse;
import org.w3id.e2eekg.extract.discourse.SentenceContext;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.lexicon.WordSet;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.mention.Mention;
import org.w3id.e2eekg.extract.syntax.Clause;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.DocumentFact;
import org.w3id.e2eekg.fact.StatisticFact;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Makes statistics of the figures of a sentence, with the year they refer to ("in 2018",
 * "for 2020", "that year"), who produced them ("according to the Wren Trust", "as per Wren
 * Trust estimates", "the Wren Trust estimated that", "the charity says", "Ofcom's research suggests", "The
 * company, which says it has"), whether they are estimates, and which documents cite them
 * ("As per the petition, ..." for the rest of the paragraph; "They had cited the same
 * figures as this letter"; "The ministers based their case on figures from the Wren Trust").
 *
 * <p>The statistic stage: immutable and thread-safe. It finds the figures of a sentence
 * itself ({@link NumberFinder}); which documents cite figures is kept across sentences in
 * the run's {@link Citations}, and {@link #finish} merges the figures an article repeats.
 */
public final class StatisticReader {
    private final PhraseMatcher sourceVerbs;
    private final Set<String> sourceNouns;
    private final PhraseMatcher sourcePrepositions;
    private final Set<String> estimateWords;
    private final PhraseMatcher citationCues;
    private final NumberFinder numbers;
    private final WordSet the;
    private final WordSet citedDocumentNouns;
    private final WordSet sameFigures;
    private final WordSet topicComparisons;
    private final WordSet figureCitations;
    private final WordSet yearPrepositions;
    private final WordSet pastReference;
    private final WordSet year;
    private final WordSet looseSourcePrepositions;
    private final WordSet sourceDeterminers;
    private final String newsReportCue;

    public StatisticReader(Lexicon lex) {
        numbers = new NumberFinder(lex);
        citationCues = lex.phrases("citationCues");
        sourceVerbs = lex.phrases("sourceVerbs");
        sourceNouns = lex.lower("sourceNouns");
        sourcePrepositions = lex.phrases("sourcePrepositions");
        estimateWords = lex.lower("estimateWords");
        the = WordSet.of(lex, "definiteArticle");
        citedDocumentNouns = WordSet.of(lex, "citedDocumentNouns");
        sameFigures = WordSet.of(lex, "sameFiguresPhrases");
        topicComparisons = WordSet.of(lex, "topicComparisons");
        figureCitations = WordSet.of(lex, "figureCitationPhrases");
        yearPrepositions = WordSet.of(lex, "yearPrepositions");
        pastReference = WordSet.of(lex, "pastReferenceDeterminers");
        year = WordSet.of(lex, "yearNouns");
        looseSourcePrepositions = WordSet.of(lex, "looseSourcePrepositions");
        sourceDeterminers = WordSet.of(lex, "sourceDeterminers");
        newsReportCue = lex.attribute("newsReportNouns", E2K.cueLabel).orElseThrow();
    }

    /**
     * The figures of a sentence as statistics, and what the sentence says of which document
     * cites figures.
     *
     * @param citations  which documents cite the figures of the article so far; updated
     * @param newsReport a news report the sentence cites, which then cites its figures; or null
     */
    public List<StatisticFact.Builder> read(SentenceContext s, Discourse d, Citations citations, DocumentFact.Builder newsReport) {
        citationContext(s, d, citations);
        List<StatisticFact.Builder> out = new ArrayList<>();
        AnalysedSentence a = s.sentence();
        if (a.sentence().question()) {
            return out;
        }
        for (NumberMention n : numbers.find(s.text(), a, inDate(s))) {
            StatisticFact.Builder f = new StatisticFact.Builder(n.value(), n.unit(), n.written());
            f.qualifier(n.qualifier());
            f.measure(n.measure());
            f.evidence(s.span());
            f.year(year(s, n, d));
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
                f.source(src, s.prov(rule, src.label()));
            }
            f.estimate(estimate(s));
            if (newsReport != null) {
                f.citedBy(newsReport);
                if (src == null) {
                    f.source(newsReport.actors(DocumentFact.Role.ISSUER).get(0), s.prov("statistic-news-report", newsReportCue));
                }
            }
            citations.cite(f, s);
            out.add(f);
        }
        return out;
    }

    /** Which tokens of the sentence are part of a date, and so not figures. */
    private static boolean[] inDate(SentenceContext s) {
        boolean[] in = new boolean[s.sentence().size()];
        for (DateMention d : s.dates()) {
            for (int i = d.from(); i < d.to(); i++) {
                in[i] = true;
            }
        }
        return in;
    }

    /**
     * "As per the petition", "They had cited the same figures as this letter", "They based
     * their case on figures": opens a citation context for the rest of the paragraph, or
     * notes that one document cites what another does.
     */
    private void citationContext(SentenceContext s, Discourse d, Citations citations) {
        AnalysedSentence a = s.sentence();
        String lower = a.sentence().tokens().stream().map(t -> t.lower()).reduce("", (x, y) -> x + " " + y);
        for (int i = 0; i + 2 < a.size(); i++) {
            PhraseMatcher.Match m = citationCues.at(a.tokens(), i);
            if (m == null) {
                continue;
            }
            int k = m.to();
            if (the.matches(a.token(k)) && k + 1 < a.size() && citedDocumentNouns.matches(a.token(k + 1))
                    && d.currentDocument() != null) {
                citations.open(d.currentDocument(), a.sentence().paragraph());
            }
        }
        Agent subject = s.agent(s.root());
        DocumentFact.Builder subjectDoc = subject != null ? subject.document() : null;
        if (subjectDoc == null && subject != null && subject.hasActors()) {
            for (DocumentFact.Builder doc : d.documents()) {
                if (doc.signatories().containsAll(subject.actors())) {
                    subjectDoc = doc;
                }
            }
        }
        if (subjectDoc != null && sameFigures.anyMatch(p -> lower.contains(" " + p + " "))
                && topicComparisons.anyMatch(p -> lower.contains(" " + p + " "))
                && d.topicDocument() != null && d.topicDocument() != subjectDoc) {
            citations.sameFigures(subjectDoc, d.topicDocument());
        }
        if (subjectDoc != null && figureCitations.anyMatch(p -> lower.contains(" " + p))) {
            citations.open(subjectDoc, a.sentence().paragraph());
        }
    }

    /**
     * The figures of an article once it has been read: a document that cites the same
     * figures as another cites each of them, and a figure given again (same value, unit,
     * source and year) is one statistic with the evidence of each.
     */
    public List<StatisticFact.Builder> finish(List<StatisticFact.Builder> figures, Citations citations) {
        citations.sameFigures().forEach((doc, as) -> {
            for (StatisticFact.Builder f : figures) {
                if (f.isCitedBy(as)) {
                    f.citedBy(doc);
                }
            }
        });
        List<StatisticFact.Builder> out = new ArrayList<>();
        for (StatisticFact.Builder f : figures) {
            StatisticFact.Builder same = null;
            for (StatisticFact.Builder o : out) {
                if (o.value().compareTo(f.value()) == 0 && o.unit().equals(f.unit()) && o.source() == f.source()
                        && java.util.Objects.equals(o.year(), f.year())) {
                    same = o;
                }
            }
            if (same == null) {
                out.add(f);
            } else {
                same.merge(f);
            }
        }
        return out;
    }

    private Integer year(SentenceContext s, NumberMention n, Discourse d) {
        AnalysedSentence a = s.sentence();
        DateMention best = null;
        for (DateMention dm : s.dates()) {
            if (!dm.yearOnly() && dm.value().hasMonth()) {
                continue;
            }
            Token before = dm.from() > 0 ? a.token(dm.from() - 1) : null;
            boolean prep = before != null && yearPrepositions.matches(before);
            if (prep && (best == null || Math.abs(dm.from() - n.to()) < Math.abs(best.from() - n.to()))) {
                best = dm;
            }
        }
        if (best != null) {
            return best.value().year();
        }
        // a figure given in a dated sentence ("On 3 May 2019 a group of more than 40 ...")
        for (DateMention dm : s.dates()) {
            if (!dm.yearOnly() && dm.value().hasMonth()) {
                return dm.value().year();
            }
        }
        for (int i = 0; i + 1 < a.size(); i++) {
            if (pastReference.matches(a.token(i)) && year.matches(a.token(i + 1)) && i > n.from()) {
                for (DateMention dm : s.dates()) {
                    return dm.value().year();
                }
                return d.lastDate() != null ? d.lastDate().year() : null;
            }
        }
        return null;
    }

    /** "according to the Wren Trust", "as per Wren Trust estimates": the actor after the phrase, anywhere in the sentence. */
    private Actor preposition(SentenceContext s, NumberMention n) {
        AnalysedSentence a = s.sentence();
        for (int i = 0; i < a.size(); i++) {
            PhraseMatcher.Match m = sourcePrepositions.at(a.tokens(), i);
            if (m == null || looseSourcePrepositions.containsAsWritten(m.entry())) {
                continue;
            }
            int k = m.to();
            while (k < a.size() && sourceDeterminers.matches(a.token(k))) {
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
            if (n.from() >= c.from() && n.from() < c.to() && c.kind() != Clause.Kind.ADVERBIAL) {
                owner = c;
            }
        }
        Actor found = null;
        for (Clause c = owner; c != null; c = c.parent()) {
            if (s.agent(c) != null && s.agent(c).actors().size() == 1 && saysSomething(s, c)) {
                found = s.agent(c).actors().get(0);
            }
        }
        return found;
    }

    private boolean saysSomething(SentenceContext s, Clause c) {
        for (int i = c.predFrom(); i < Math.min(s.sentence().size(), c.predFrom() + 4); i++) {
            if (sourceVerbs.at(s.sentence().tokens(), i) != null) {
                return true;
            }
        }
        for (Clause k : c.children()) {
            if (k.kind() == Clause.Kind.PARTICIPIAL && saysSomething(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** "the Wren Trust's count for 2019 shows ...", "Ofcom's research suggests ...". */
    private Actor possessor(SentenceContext s, NumberMention n) {
        AnalysedSentence a = s.sentence();
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
        for (Token t : s.sentence().tokens()) {
            if (estimateWords.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
