package org.w3id.e2eekg.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.e2eekg.extract.ContextRun;
import org.w3id.e2eekg.extract.StageInput;
import org.w3id.e2eekg.extract.discourse.SentenceContext;
import org.w3id.e2eekg.extract.discourse.TreeReferents;
import org.w3id.e2eekg.fact.Actor;

/**
 * The stance stage ({@link Composer} through {@link StanceComposition}) on invented texts,
 * read as the extractor reads them: the measures of every sentence first, then each
 * sentence's stances with the referents the discourse stage gives its noun phrases. The
 * reference measures are left out, so that only what the text says counts.
 */
class StanceCompositionTest {
    private static final StanceComposition STANCES = new StanceComposition(StageInput.LEXICON, MeasureReference.empty());

    private record Read(ContextRun run, List<Reading> readings) {
        Actor actor(String name) {
            return run.input().actor(name);
        }

        Reading only() {
            assertEquals(1, readings.size(), readings.toString());
            return readings.get(0);
        }
    }

    private static Read read(String text) {
        ContextRun run = ContextRun.of(text);
        MeasureEffects measures = STANCES.measureEffects();
        for (int i = 0; i < run.input().size(); i++) {
            STANCES.observeMeasures(run.input().sentence(i), run.input().tree(i), measures);
        }
        List<Reading> out = new ArrayList<>();
        while (run.hasNext()) {
            SentenceContext s = run.next();
            int i = s.sentence().index();
            TreeReferents referents = ContextRun.AGENTS.referents(s, run.input().tree(i), run.discourse());
            List<Actor> speakers = s.quoteSpeaker() != null ? s.quoteSpeaker().actors() : List.of();
            out.addAll(STANCES.read(new StanceSentence(s.sentence(), run.input().tree(i), referents, speakers, measures)));
            run.remember(s);
        }
        return new Read(run, out);
    }

    @Test
    void aDirectiveToDelayEncryptionOpposesIt() {
        Read r = read("The Kestrel Privacy Foundation urged Meta to delay end-to-end encryption.");
        Reading reading = r.only();
        assertEquals(List.of(r.actor("Kestrel Privacy Foundation")), reading.actors(), "the one who urges, not the one urged");
        assertEquals(-1, reading.value());
        assertEquals(1, reading.effect());
        assertEquals(-1, reading.attitude());
        assertEquals(reading.value(), reading.effect() * reading.attitude());
        assertTrue(reading.confidence() > 0 && reading.confidence() <= 1);
    }

    @Test
    void supportingEncryptionSupportsIt() {
        Read r = read("The Kestrel Privacy Foundation supports end-to-end encryption.");
        assertEquals(1, r.only().value());
        assertEquals(List.of(r.actor("Kestrel Privacy Foundation")), r.only().actors());
    }

    @Test
    void opposingABillThatWeakensEncryptionSupportsEncryption() {
        Read r = read("The Kestrel Privacy Foundation opposes the Harbour Bill, which would weaken end-to-end encryption.");
        Reading reading = r.only();
        assertEquals(1, reading.value());
        assertEquals(-1, reading.effect());
        assertEquals(-1, reading.attitude());
        assertEquals("Harbour Bill", reading.measure());
        assertTrue(reading.named());
    }

    @Test
    void theBillRefersBackToTheNamedBillAndItsEffect() {
        Read r = read("The Harbour Bill would weaken end-to-end encryption. The Kestrel Privacy Foundation opposes the bill.");
        Reading reading = r.only();
        assertEquals(List.of(r.actor("Kestrel Privacy Foundation")), reading.actors());
        assertEquals(1, reading.value());
        assertEquals("Harbour Bill", reading.measure());
    }

    @Test
    void aBillWhoseEffectIsNotStatedGivesNoStance() {
        assertEquals(List.of(), read("The Kestrel Privacy Foundation opposes the Harbour Bill.").readings());
    }

    @Test
    void aBillSaidToDoBothGivesNoStance() {
        assertEquals(List.of(), read("The Harbour Bill would weaken end-to-end encryption. The Harbour Bill would strengthen "
                + "end-to-end encryption. The Kestrel Privacy Foundation opposes the bill.").readings());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Kestrel Privacy Foundation did not urge Meta to delay end-to-end encryption.",
        "If the Kestrel Privacy Foundation urged Meta to delay end-to-end encryption, nobody would listen.",
        "A letter to Meta urged the company to delay end-to-end encryption."
    })
    void negatedConditionalOrOwnerlessDirectivesGiveNoStance(String text) {
        assertEquals(List.of(), read(text).readings());
    }

    @Test
    void aPronounCarriesTheStanceToThePersonNamedBefore() {
        Read r = read("Laura Finch spoke on Monday. She urged Meta to delay end-to-end encryption.");
        Reading reading = r.only();
        assertEquals(List.of(r.actor("Laura Finch")), reading.actors());
        assertEquals(-1, reading.value());
    }
}
