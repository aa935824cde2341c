package org.w3id.e2eekg.extract.discourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.extract.ContextRun;
import org.w3id.e2eekg.extract.StageInput;
import org.w3id.e2eekg.extract.stance.StanceSentence;
import org.w3id.e2eekg.fact.Actor;

/**
 * The discourse stage: who the subject of each clause is, read sentence by sentence against
 * what the sentences before said ({@link AgentResolver}, {@link Discourse}), and who a noun
 * phrase of a parse refers to ({@link TreeReferents}).
 */
class AgentResolverTest {
    /** The subject of the main clause of each sentence, after the sentences before it. */
    private static List<Agent> mainSubjects(ContextRun run) {
        List<Agent> out = new ArrayList<>();
        while (run.hasNext()) {
            SentenceContext s = run.next();
            out.add(s.agent(s.root()));
            run.remember(s);
        }
        return out;
    }

    @Test
    void aPronounRefersToThePersonNamedBefore() {
        ContextRun run = ContextRun.of("Laura Finch criticised the plan on Monday. She said it would weaken encryption.");
        List<Agent> subjects = mainSubjects(run);
        Actor finch = run.input().actor("Laura Finch");
        assertEquals(List.of(finch), subjects.get(0).actors());
        assertEquals(List.of(finch), subjects.get(1).actors());
        assertSame(finch, run.discourse().lastPerson());
    }

    @Test
    void aPluralPronounRefersToACoordinatedSubject() {
        ContextRun run = ContextRun.of("Laura Finch and Peter Dunmore met the minister. They said the plan would weaken encryption.");
        List<Agent> subjects = mainSubjects(run);
        List<Actor> pair = List.of(run.input().actor("Laura Finch"), run.input().actor("Peter Dunmore"));
        assertEquals(pair, subjects.get(0).actors());
        assertEquals(pair, subjects.get(1).actors());
        assertEquals(pair, run.discourse().lastPair());
    }

    @Test
    void aPronounWithNothingBeforeItRefersToNoOne() {
        ContextRun run = ContextRun.of("She said the plan would weaken encryption.");
        assertTrue(mainSubjects(run).get(0).actors().isEmpty());
        assertNull(run.discourse().lastPerson());
    }

    @Test
    void aQuotationIsAttributedToItsSpeaker() {
        ContextRun run = ContextRun.of("Laura Finch spoke. \"The plan is a disaster,\" said Peter Dunmore.");
        run.remember(run.next());
        SentenceContext quote = run.next();
        assertEquals(List.of(run.input().actor("Peter Dunmore")), quote.quoteSpeaker().actors());
    }

    @Test
    void aRelativeClauseIsAboutItsAntecedent() {
        ContextRun run = ContextRun.of("The Kestrel Privacy Foundation, which opposes the plan, wrote to Meta.");
        SentenceContext s = run.next();
        Actor kestrel = run.input().actor("Kestrel Privacy Foundation");
        for (var c : s.clauses()) {
            assertEquals(List.of(kestrel), s.agent(c).actors(), c.toString());
        }
    }

    @Test
    void treeReferentsResolveNamesAndPronouns() {
        ContextRun run = ContextRun.of("Laura Finch criticised the plan. She said it would weaken encryption.");
        SentenceContext first = run.next();
        TreeReferents named = ContextRun.AGENTS.referents(first, run.input().tree(0), run.discourse());
        StanceSentence.Referent finch = named.at(1);
        assertEquals(List.of(run.input().actor("Laura Finch")), finch.actors());
        assertEquals(1.0, finch.confidence());
        assertTrue(named.at(first.sentence().size() - 2).isEmpty(), "'plan' names no one");
        run.remember(first);
        SentenceContext second = run.next();
        TreeReferents referents = ContextRun.AGENTS.referents(second, run.input().tree(1), run.discourse());
        StanceSentence.Referent she = referents.at(0);
        assertEquals(List.of(run.input().actor("Laura Finch")), she.actors());
        assertTrue(she.confidence() < 1.0, "a reference back is less sure than a name");
    }
}
