package org.w3id.e2eekg.extract.statistic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.e2eekg.extract.StageInput;
import org.w3id.e2eekg.extract.date.DateFinder;
import org.w3id.e2eekg.extract.date.DateMention;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;

/** The figures of single invented sentences, with the tokens of their dates set aside as the stage sets them aside. */
class NumberFinderTest {
    private static final NumberFinder NUMBERS = new NumberFinder(StageInput.LEXICON);
    private static final DateFinder DATES = new DateFinder(StageInput.LEXICON);

    private static List<NumberMention> find(String sentence) {
        StageInput in = StageInput.of(sentence);
        AnalysedSentence a = in.sentence(0);
        boolean[] inDate = new boolean[a.size()];
        for (DateMention d : DATES.find(a, StageInput.DATE, null)) {
            for (int i = d.from(); i < d.to(); i++) {
                inDate[i] = true;
            }
        }
        return NUMBERS.find(in.text(), a, inDate);
    }

    /** Each case: a sentence, and its figures as "value unit" joined by " | " (nothing: none). */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            The charity counted 21.4 million reports.                        => 21400000 reports
            The charity said 45% of parents backed the plan.                 => 45 percent
            Reports rose by 12 per cent last year.                           => 12 percent
            The firm counted 3,000 children and 20.3m users.                 => 3000 children | 20300000 users
            The charity counted the reports in 2022.                         =>
            Three governments signed the letter.                             =>
            The vote was held on 4 October 2019 in the capital.              =>
            """)
    void findsFiguresWithTheirUnits(String sentence, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(" \\| "));
        assertEquals(want, find(sentence).stream().map(n -> n.value().stripTrailingZeros().toPlainString() + " " + n.unit())
                .toList());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            The charity counted 21.4 million reports. => 21.4 million
            The charity counted 1,200 reports.        => 1,200
            """)
    void aFigureKeepsItsWordsAsWritten(String sentence, String written) {
        NumberMention n = find(sentence).get(0);
        assertEquals(written, n.written());
    }
}
