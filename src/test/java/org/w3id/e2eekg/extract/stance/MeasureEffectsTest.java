package org.w3id.e2eekg.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.extract.StageInput;
import org.w3id.e2eekg.extract.stance.MeasureEffects.Measure;

/**
 * What an article says its measures do, with the bundled lexicon's measure families: a
 * named measure's effect, "the bill" referring back to it, and statements that disagree.
 */
class MeasureEffectsTest {
    private static MeasureEffects empty() {
        return new MeasureEffects(StageInput.LEXICON.pairs("measureFamilies"), MeasureReference.empty());
    }

    private static Measure named(String name, String head, int effect, int sentence) {
        return new Measure(name, head, true, effect, sentence, 1);
    }

    @Test
    void aNamedMeasureHasTheEffectTheArticleStates() {
        MeasureEffects m = empty();
        m.record(named("Harbour Bill", "bill", -1, 0));
        assertEquals(-1, m.named("Harbour Bill").effect());
        assertEquals(-1, m.named("harbour bill").effect(), "names match without case");
        assertNull(m.named("Coastal Act"));
    }

    @Test
    void aMentionWithoutAnEffectStatesNothing() {
        MeasureEffects m = empty();
        m.record(named("Harbour Bill", "bill", 0, 0));
        assertNull(m.named("Harbour Bill"));
        assertEquals(1, m.all().size());
    }

    @Test
    void conflictingStatementsGiveNoEffect() {
        MeasureEffects m = empty();
        m.record(named("Harbour Bill", "bill", -1, 0));
        m.record(named("Harbour Bill", "bill", 1, 2));
        assertNull(m.named("Harbour Bill"));
        assertNull(m.referredTo("bill", 3, 0));
    }

    @Test
    void theBillRefersBackToTheNamedMeasureOfItsFamily() {
        MeasureEffects m = empty();
        m.record(named("Harbour Bill", "bill", -1, 0));
        assertEquals("Harbour Bill", m.referredTo("bill", 1, 0).name());
        assertEquals("Harbour Bill", m.referredTo("legislation", 1, 0).name(), "a bill is legislation");
        assertNull(m.referredTo("weather", 1, 0), "a noun of no family refers to no measure");
    }

    @Test
    void theBillIsTheMeasureNamedMostOftenAndThisBillTheNearest() {
        MeasureEffects m = empty();
        m.record(named("Harbour Bill", "bill", -1, 0));
        m.record(named("Harbour Bill", "bill", 0, 1));
        m.record(named("Coastal Act", "act", 1, 2));
        assertEquals("Harbour Bill", m.referredTo("bill", 3, 0).name());
        assertEquals("Coastal Act", m.referredTo("bill", 3, 0, true).name());
    }

    @Test
    void aRepeatedRecordOfOneMentionIsKeptOnce() {
        MeasureEffects m = empty();
        m.record(named("Harbour Bill", "bill", 0, 0));
        m.record(named("Harbour Bill", "bill", -1, 0));
        assertEquals(List.of(named("Harbour Bill", "bill", -1, 0)), m.all());
    }

    @Test
    void observingASentenceRecordsWhatItSaysABillDoes() {
        StanceComposition composition = new StanceComposition(StageInput.LEXICON, MeasureReference.empty());
        MeasureEffects m = composition.measureEffects();
        StageInput in = StageInput.of("The Harbour Bill would weaken end-to-end encryption.");
        composition.observeMeasures(in.sentence(0), in.tree(0), m);
        assertEquals(-1, m.named("Harbour Bill").effect());
    }

    @Test
    void theLastEventIsTheLatestBeforeThePosition() {
        MeasureEffects m = empty();
        m.record(new Measure("switched on encryption", "event", false, 1, 0, 2));
        m.record(new Measure("dropped encryption", "event", false, -1, 2, 2));
        assertEquals("switched on encryption", m.lastEvent(1, 0).name());
        assertEquals("dropped encryption", m.lastEvent(3, 0).name());
        assertNull(m.lastEvent(0, 0));
    }
}
