package org.w3id.e2eekg.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The dependency parser (NLP4J's models, loaded once per JVM) and the tree it makes, on short invented sentences. */
class DependencyParserTest {
    private static final DependencyParser PARSER = DependencyParser.shared();
    /** "Laura Finch and Peter Dunmore urged Meta to delay encryption ." with the two names as units. */
    private static final List<String> WORDS = List.of("Laura", "Finch", "and", "Peter", "Dunmore", "urged", "Meta", "to", "delay",
            "encryption", ".");
    private static final DependencyTree TREE = PARSER.parse(WORDS, List.of(new int[] {0, 2}, new int[] {3, 5}));

    @Test
    void theParserIsSharedAndAnEmptySentenceHasAnEmptyTree() {
        assertSame(PARSER, DependencyParser.shared());
        assertSame(DependencyTree.EMPTY, PARSER.parse(List.of()));
        assertEquals(-1, DependencyTree.EMPTY.root());
    }

    @Test
    void aCompoundCapitalisedAtTheStartOfASentenceIsAModifierNotASymbol() {
        List<String> words = List.of("End-to-end", "encrypted", "services", "could", "not", "comply", ".");
        DependencyTree tree = PARSER.parse(words);
        assertEquals("End-to-end", tree.word(0));
        assertNotEquals("punct", tree.label(0));
        assertEquals("end-to-end", ParserInput.sentenceCaseCompound("End-to-end"));
        assertEquals("Anti-Defamation", ParserInput.sentenceCaseCompound("Anti-Defamation"));
        assertEquals("Signal", ParserInput.sentenceCaseCompound("Signal"));
    }

    @Test
    void positionsAreThoseOfTheTokens() {
        assertEquals(WORDS.size(), TREE.size());
        for (int i = 0; i < WORDS.size(); i++) {
            assertEquals(WORDS.get(i), TREE.word(i));
        }
    }

    @Test
    void theVerbIsTheRootWithItsSubjectObjectAndComplement() {
        int urged = WORDS.indexOf("urged");
        assertEquals(urged, TREE.root());
        assertEquals(-1, TREE.head(urged));
        assertEquals("urge", TREE.lemma(urged));
        assertTrue(TREE.isVerb(urged));
        assertEquals(WORDS.indexOf("Finch"), TREE.subject(urged));
        assertEquals(-1, TREE.passiveSubject(urged));
        assertEquals(WORDS.indexOf("Meta"), TREE.child(urged, "dobj"));
        int delay = WORDS.indexOf("delay");
        assertEquals(urged, TREE.head(delay));
        assertEquals("xcomp", TREE.label(delay));
        assertEquals(WORDS.indexOf("encryption"), TREE.child(delay, "dobj"));
        assertTrue(TREE.isNoun(WORDS.indexOf("encryption")));
    }

    @Test
    void aNameUnitHangsFromItsLastTokenAsACompound() {
        assertEquals(WORDS.indexOf("Finch"), TREE.head(WORDS.indexOf("Laura")));
        assertEquals("compound", TREE.label(WORDS.indexOf("Laura")));
        assertEquals(WORDS.indexOf("Dunmore"), TREE.head(WORDS.indexOf("Peter")));
    }

    @Test
    void coordinatedSubjectsAreConjuncts() {
        int finch = WORDS.indexOf("Finch");
        int dunmore = WORDS.indexOf("Dunmore");
        assertEquals(List.of(dunmore), TREE.conjuncts(finch));
        assertEquals("conj", TREE.label(dunmore));
        assertEquals(finch, TREE.coordinationHead(dunmore));
        assertEquals(finch, TREE.coordinationHead(finch));
        assertEquals(List.of(), TREE.conjuncts(dunmore));
    }

    @Test
    void spansAndDominance() {
        int finch = WORDS.indexOf("Finch");
        int delay = WORDS.indexOf("delay");
        assertEquals(List.of(0, WORDS.indexOf("Dunmore") + 1), List.of(TREE.span(finch)[0], TREE.span(finch)[1]));
        assertEquals(List.of(WORDS.indexOf("to"), WORDS.indexOf("encryption") + 1),
                List.of(TREE.span(delay)[0], TREE.span(delay)[1]));
        for (int i = 0; i < TREE.size(); i++) {
            assertTrue(TREE.dominates(TREE.root(), i));
        }
        assertTrue(TREE.dominates(delay, WORDS.indexOf("encryption")));
        assertFalse(TREE.dominates(delay, finch));
        assertFalse(TREE.dominates(finch, delay));
    }

    @Test
    void childrenAreInOrderAndMatchTheHeads() {
        for (int i = 0; i < TREE.size(); i++) {
            List<Integer> kids = TREE.children(i);
            for (int k = 0; k < kids.size(); k++) {
                assertEquals(i, TREE.head(kids.get(k)));
                if (k > 0) {
                    assertTrue(kids.get(k - 1) < kids.get(k));
                }
            }
        }
        assertEquals(List.of(WORDS.indexOf("Finch")), TREE.children(TREE.root(), java.util.Set.of("nsubj")));
    }

    @Test
    void aNegativeContractionNegatesItsVerb() {
        List<String> words = List.of("Meta", "won't", "delay", "encryption", ".");
        DependencyTree tree = PARSER.parse(words);
        assertEquals(words.size(), tree.size(), "the contraction is split for the parser and folded back");
        int delay = words.indexOf("delay");
        assertEquals(delay, tree.root());
        assertTrue(tree.negated(delay));
        DependencyTree plain = PARSER.parse(List.of("Meta", "will", "delay", "encryption", "."));
        assertFalse(plain.negated(plain.root()));
    }

    @Test
    void unitsChangeTheParse() {
        List<String> words = List.of("Home", "Secretary", "Jane", "Roe", "and", "Chief", "Constable", "Ray", "Tull", "wrote", ".");
        DependencyTree units = PARSER.parse(words, List.of(new int[] {0, 4}, new int[] {5, 9}));
        assertEquals(List.of(8), units.conjuncts(3), "two titled names are a coordination of two nouns");
        assertEquals(3, units.subject(9));
        assertNotEquals(DependencyTree.EMPTY, units);
    }
    @Test
    void parsesMadeOnSeveralThreadsAtOnceEqualThoseMadeOnOne() throws Exception {
        List<List<String>> sentences = List.of(WORDS,
                List.of("The", "bill", "would", "force", "firms", "to", "scan", "private", "messages", "."),
                List.of("Ministers", "said", "they", "would", "not", "back", "the", "plan", "."),
                List.of("Critics", "warned", "that", "the", "clause", "put", "encryption", "at", "risk", "."));
        List<String> alone = new ArrayList<>();
        for (List<String> words : sentences) {
            alone.add(PARSER.parse(words).toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> parses = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                List<String> words = sentences.get(round % sentences.size());
                parses.add(pool.submit(() -> PARSER.parse(words).toString()));
            }
            for (int round = 0; round < parses.size(); round++) {
                assertEquals(alone.get(round % sentences.size()), parses.get(round).get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
