package org.w3id.e2eekg.extract;

import java.util.List;
import java.util.Map;
import org.w3id.e2eekg.extract.date.DateFinder;
import org.w3id.e2eekg.extract.date.DateMention;
import org.w3id.e2eekg.extract.discourse.Agent;
import org.w3id.e2eekg.extract.discourse.AgentResolver;
import org.w3id.e2eekg.extract.discourse.Discourse;
import org.w3id.e2eekg.extract.discourse.SentenceContext;
import org.w3id.e2eekg.extract.lexicon.DocumentKinds;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.polarity.Polarity;
import org.w3id.e2eekg.extract.syntax.Clause;
import org.w3id.e2eekg.extract.syntax.ClauseParser;

/**
 * The start every relation stage shares, for testing one of them on its own: a {@link
 * StageInput} read sentence by sentence in order, each sentence given its dates, clauses,
 * clause subjects and quotation speaker against the article's {@link Discourse}, as the
 * standard extractor gives them. The test hands {@link #next()}'s context to the stage under
 * test, then {@link #remember}s it, so that the next sentence can refer back. The stages are
 * the real ones, built from {@link StageInput#LEXICON}; one run belongs to one test.
 */
public final class ContextRun {
    /** The polarity lexicon the stages share. */
    public static final Polarity POLARITY = new Polarity(StageInput.LEXICON);
    /** The discourse stage's reader. */
    public static final AgentResolver AGENTS = new AgentResolver(StageInput.LEXICON, POLARITY);
    /** The document taxonomy. */
    public static final DocumentKinds KINDS = DocumentKinds.load();
    private static final DateFinder DATES = new DateFinder(StageInput.LEXICON);
    private static final ClauseParser CLAUSES = new ClauseParser(StageInput.LEXICON);

    private final StageInput input;
    private final Discourse discourse;
    private int next;

    private ContextRun(StageInput input) {
        this.input = input;
        this.discourse = new Discourse(input.actors(), KINDS);
    }

    /** A run over a text dated {@link StageInput#DATE}. */
    public static ContextRun of(String text) {
        return new ContextRun(StageInput.of(text));
    }

    public StageInput input() {
        return input;
    }

    public Discourse discourse() {
        return discourse;
    }

    public boolean hasNext() {
        return next < input.size();
    }

    /** The next sentence with its dates, clauses and resolved subjects. */
    public SentenceContext next() {
        AnalysedSentence a = input.sentence(next++);
        discourse.startSentence(a.index());
        List<DateMention> dates = DATES.find(a, StageInput.DATE, discourse.lastDate());
        Clause root = CLAUSES.parse(a, dates);
        Map<Clause, Agent> subjects = AGENTS.resolve(a, root, discourse);
        return new SentenceContext(input.text(), a, dates, root, subjects, AGENTS.quoteSpeaker(a, discourse));
    }

    /** Ends a sentence: what it said becomes what later sentences can refer back to. */
    public void remember(SentenceContext s) {
        AGENTS.remember(s, discourse);
    }
}
