package org.w3id.e2eekg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.e2eekg.extract.StageInput;

/** The sentence splitter with the bundled lexicon's abbreviations, on invented text. */
class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter(StageInput.LEXICON.exact("abbreviations"),
            StageInput.LEXICON.exact("capitalisedPronouns"), StageInput.LEXICON.tokenizer());

    private TextDocument split(String text) {
        return splitter.split(text, 0);
    }

    private List<String> sentences(String text) {
        TextDocument doc = split(text);
        return doc.sentences().stream().map(doc::sentenceText).toList();
    }

    /** Each case: a text, and its sentences joined by " | ". */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            Sen. Dana Holt spoke first. Dr. Rowan Pike agreed. => Sen. Dana Holt spoke first. | Dr. Rowan Pike agreed.
            Dr Rowan Pike spoke. Mr. Holt left. => Dr Rowan Pike spoke. | Mr. Holt left.
            The letter reached J. R. Ashby on Monday. He replied. => The letter reached J. R. Ashby on Monday. | He replied.
            Officials in the U.S. said nothing. The company agreed. => Officials in the U.S. said nothing. | The company agreed.
            Rep. Joan Marsh, R-S.C. Voted no. It passed. => Rep. Joan Marsh, R-S.C. Voted no. | It passed.
            The vote passed. 42 members agreed. => The vote passed. | 42 members agreed.
            The vote passed. the clerk wrote it down. => The vote passed. the clerk wrote it down.
            Will the bill pass? Nobody knows. => Will the bill pass? | Nobody knows.
            The regulator wants answers: The regulator wrote to Meta. => The regulator wants answers: | The regulator wrote to Meta.
            """)
    void splitsAtFullStopsThatEndSentences(String text, String expected) {
        assertEquals(List.of(expected.split(" \\| ")), sentences(text));
    }

    @Test
    void aClosingQuoteBelongsToTheSentenceItEnds() {
        String text = "\u201cWe will fight it.\u201d The bill passed. \"It is wrong,\" she said. \"We object.\"";
        assertEquals(List.of("\u201cWe will fight it.\u201d", "The bill passed.", "\"It is wrong,\" she said.",
                "\"We object.\""), sentences(text));
    }

    @Test
    void aLineWithoutAFullStopIsAHeadingAndEachLineAParagraph() {
        TextDocument doc = split("Encryption under fire\nThe bill passed on Tuesday. Critics objected.\nWhat comes next");
        List<Sentence> s = doc.sentences();
        assertEquals(4, s.size());
        assertTrue(s.get(0).heading());
        assertFalse(s.get(1).heading());
        assertFalse(s.get(2).heading());
        assertTrue(s.get(3).heading());
        assertEquals(List.of(0, 1, 1, 2), s.stream().map(Sentence::paragraph).toList());
        assertEquals("Encryption under fire", doc.sentenceText(s.get(0)));
    }

    @Test
    void questionsAreMarked() {
        List<Sentence> s = split("Will the bill pass?\" she asked. It will.").sentences();
        assertEquals(2, s.size());
        assertFalse(s.get(0).question(), "the sentence ends with 'asked', not the question mark");
        List<Sentence> q = split("Will the bill pass? It will.").sentences();
        assertTrue(q.get(0).question());
        assertFalse(q.get(1).question());
    }

    @Test
    void aDatelineIsNotPartOfTheFirstSentence() {
        TextDocument doc = split("WASHINGTON (Wire) - The bill passed.");
        assertEquals(List.of("The bill passed."), doc.sentences().stream().map(doc::sentenceText).toList());
        assertEquals(0, SentenceSplitter.datelineEnd(split("Apple said nothing - again.").tokens()));
    }

    @Test
    void aDatelineWithTwoPlacesAndAStateAbbreviationEndsAtItsDash() {
        TextDocument doc = split("HARBOUR/QUAYSIDE, Calif. (Wire) - Tidewire urged a judge to act. Critics objected.");
        assertEquals(List.of("Tidewire urged a judge to act.", "Critics objected."),
                doc.sentences().stream().map(doc::sentenceText).toList());
        assertEquals(0, SentenceSplitter.datelineEnd(split("Harbour, Quay - again.").tokens()));
    }

    @Test
    void namesListedAfterAColonStayInTheirSentence() {
        TextDocument doc = split("The brief was signed by four firms: Tidewire, Quay Labs, Pier and Amazon.com. Critics objected.");
        assertEquals(2, doc.sentences().size());
        TextDocument subhead = split("Harbour's verdict: On Monday, Justice Minister Jane Roe said no.");
        assertEquals(2, subhead.sentences().size());
    }

    @Test
    void offsetsAndIndexesPointIntoTheWholeText() {
        String text = "Preamble not read.\nThe bill passed. Critics objected.";
        int body = text.indexOf('\n') + 1;
        TextDocument doc = splitter.split(text, body);
        assertEquals(2, doc.sentences().size());
        Sentence second = doc.sentences().get(1);
        assertEquals(1, second.index());
        assertEquals("Critics objected.", text.substring(second.start(), second.end()));
        assertEquals(doc.tokens().indexOf(second.get(0)), second.get(0).index());
        assertEquals(0, second.local(second.get(0)));
        assertEquals("Critics objected", second.text(text, 0, 2));
    }

    @Test
    void anOverlongSentenceIsCutAfterAComma() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 260; i++) {
            sb.append("word").append(i).append(i % 50 == 49 ? ", " : " ");
        }
        sb.append("end.");
        List<Sentence> s = split(sb.toString()).sentences();
        assertTrue(s.size() >= 2);
        for (Sentence piece : s) {
            assertTrue(piece.size() <= SentenceSplitter.MAX_SENTENCE_TOKENS);
        }
        assertEquals(",", s.get(0).get(s.get(0).size() - 1).text(), "the first piece ends at its last comma");
        assertEquals(sb.length(), s.get(s.size() - 1).end(), "no token is lost");
    }
}
