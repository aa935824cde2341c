package org.w3id.e2eekg.extract.statistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.extract.ContextRun;
import org.w3id.e2eekg.extract.StageInput;
import org.w3id.e2eekg.extract.discourse.SentenceContext;
import org.w3id.e2eekg.fact.DocumentFact;
import org.w3id.e2eekg.fact.StatisticFact;

/** The statistic stage over invented texts: figures with their year and source, and a figure given twice. */
class StatisticReaderTest {
    private static final StatisticReader STATISTICS = new StatisticReader(StageInput.LEXICON);

    private record Read(ContextRun run, List<StatisticFact> facts) {}

    private static Read read(String text) {
        ContextRun run = ContextRun.of(text);
        Citations citations = new Citations();
        List<StatisticFact.Builder> figures = new ArrayList<>();
        while (run.hasNext()) {
            SentenceContext s = run.next();
            figures.addAll(STATISTICS.read(s, run.discourse(), citations, null));
            run.remember(s);
        }
        List<StatisticFact> facts = STATISTICS.finish(figures, citations).stream().map(f -> f.build(DocumentFact.Builder::build))
                .toList();
        return new Read(run, facts);
    }

    @Test
    void aFigureWithItsYearAndWhoGaveIt() {
        Read r = read("The Kestrel Privacy Foundation said 21.4 million reports were made in 2022.");
        assertEquals(1, r.facts().size(), r.facts().toString());
        StatisticFact f = r.facts().get(0);
        assertEquals(0, new BigDecimal("21400000").compareTo(f.value()));
        assertEquals("reports", f.unit());
        assertEquals(2022, f.year(), "the year is the figure's year, not a figure of its own");
        assertSame(r.run().input().actor("Kestrel Privacy Foundation"), f.source());
        assertEquals(1, f.evidence().size());
    }

    @Test
    void aPercentageIsInPercent() {
        Read r = read("The charity said 45% of parents backed the plan, and 3,000 children were contacted.");
        assertEquals(List.of("45 percent", "3000 children"), r.facts().stream().map(f -> f.value().toPlainString() + " " + f.unit())
                .toList());
        assertEquals(StatisticFact.PERCENT, r.facts().get(0).unit());
        assertNull(r.facts().get(0).year());
    }

    @Test
    void aFigureGivenAgainIsOneStatisticWithTheEvidenceOfBoth() {
        Read r = read("The Kestrel Privacy Foundation counted 4,500 reports in 2021. "
                + "The Kestrel Privacy Foundation counted 4,500 reports in 2021 again.");
        assertEquals(1, r.facts().size(), r.facts().toString());
        assertEquals(2, r.facts().get(0).evidence().size());
    }

    @Test
    void aSentenceWithoutFiguresGivesNone() {
        assertEquals(List.of(), read("The charity counted the reports in 2022.").facts());
    }
}
