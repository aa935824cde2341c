package org.w3id.e2eekg.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.extract.StageInput;
import org.w3id.e2eekg.extract.date.DateFinder;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;

/** The clause parser on single invented sentences: kinds of clause, subject regions, governors, asides. */
class ClauseParserTest {
    private static final ClauseParser CLAUSES = new ClauseParser(StageInput.LEXICON);
    private static final DateFinder DATES = new DateFinder(StageInput.LEXICON);

    private record Parsed(AnalysedSentence sentence, Clause root) {
        String subject(Clause c) {
            return words(c.subjFrom(), c.subjTo());
        }

        String words(int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < to; i++) {
                sb.append(i > from ? " " : "").append(sentence.token(i).text());
            }
            return sb.toString();
        }

        int at(String word) {
            for (int i = 0; i < sentence.size(); i++) {
                if (sentence.token(i).is(word)) {
                    return i;
                }
            }
            throw new AssertionError(word + " not in " + sentence);
        }

        Clause only(Clause.Kind kind) {
            List<Clause> found = root.all().stream().filter(c -> c.kind() == kind).toList();
            assertEquals(1, found.size(), kind + " clauses in " + root.all());
            return found.get(0);
        }
    }

    private static Parsed parse(String text) {
        AnalysedSentence a = StageInput.of(text).sentence(0);
        return new Parsed(a, CLAUSES.parse(a, DATES.find(a, StageInput.DATE, null)));
    }

    @Test
    void aSimpleSentenceIsOneMainClause() {
        Parsed p = parse("Laura Finch criticised the plan.");
        assertEquals(Clause.Kind.MAIN, p.root().kind());
        assertNull(p.root().parent());
        assertEquals(List.of(), p.root().children());
        assertEquals("Laura Finch", p.subject(p.root()));
        assertEquals(p.at("criticised"), p.root().predFrom());
        assertEquals(0, p.root().from());
        assertEquals(p.sentence().size(), p.root().to());
    }

    @Test
    void conditionsCoordinatesAndComplements() {
        Parsed p = parse("If the plan fails, Laura Finch said, the regulator will act, and Meta said that it would wait.");
        Clause root = p.root();
        assertEquals("Laura Finch", p.subject(root));
        Clause condition = p.only(Clause.Kind.ADVERBIAL);
        assertSame(root, condition.parent());
        assertEquals(0, condition.from());
        assertFalse(condition.hasSubject());
        Clause second = p.only(Clause.Kind.COORDINATE);
        assertEquals("Meta", p.subject(second));
        assertFalse(second.inheritsSubject());
        Clause complement = p.only(Clause.Kind.COMPLEMENT);
        assertSame(second, complement.parent());
        assertEquals("it", p.subject(complement));
        assertEquals(p.sentence().size() - 6, complement.governor(), "the second 'said' governs the complement");
        assertTrue(p.sentence().token(complement.governor()).is("said"));
        assertTrue(complement.windowTo() <= complement.to());
        assertTrue(root.windowTo() <= second.from(), "the window stops at the first sub-clause");
    }

    @Test
    void aRelativeClauseHangsFromItsAntecedent() {
        Parsed p = parse("Peter Dunmore, who runs a bakery, said nothing.");
        Clause relative = p.only(Clause.Kind.RELATIVE);
        assertSame(p.root(), relative.parent());
        assertEquals(p.at("Dunmore"), relative.governor());
        assertTrue(relative.from() >= p.at("who") && relative.to() <= p.at("said"), relative.toString());
        assertTrue(p.subject(p.root()).startsWith("Peter Dunmore ,"), "the relative lies in the subject region");
        assertEquals(p.at("said"), p.root().predFrom());
    }

    @Test
    void anApposedTitleIsSetAsideFromTheSubject() {
        Parsed p = parse("Peter Dunmore, chief executive of Tallow Systems, said nothing.");
        Clause root = p.root();
        assertEquals(p.at("said"), root.predFrom());
        assertTrue(root.inParenthetical(p.at("executive")), root.parentheticals().toString());
        assertFalse(root.inParenthetical(p.at("Dunmore")));
    }

    @Test
    void aSubjectPhraseIsAClauseOfItsOwn() {
        Clause c = Clause.subjectPhrase(2, 5);
        assertEquals(Clause.Kind.MAIN, c.kind());
        assertTrue(c.hasSubject());
        assertEquals(2, c.subjFrom());
        assertEquals(5, c.subjTo());
        assertEquals(List.of(c), c.all());
    }
}
