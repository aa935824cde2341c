package org.w3id.e2eekg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.extract.text.Token;

/** Testing tokens against lexicon lists: ignoring case, as written, as endings and stems, as phrases in a text. */
class WordSetTest {
    private static final Lexicon LEXICON = Lexicon.load();

    private static Token word(String text) {
        return new Token(0, text, 0, text.length(), Token.Type.WORD);
    }

    @Test
    void matchingIgnoresCaseUnlessAsWritten() {
        WordSet the = WordSet.of(LEXICON, "definiteArticle");
        assertTrue(the.matches(word("The")));
        assertTrue(the.matchesAsWritten(word("the")));
        assertFalse(the.matchesAsWritten(word("The")));
        assertFalse(the.matches(word("then")));
    }

    @Test
    void listsJoin() {
        WordSet articles = WordSet.of(LEXICON, "definiteArticle", "indefiniteArticles");
        assertTrue(articles.matches(word("an")) && articles.matches(word("the")));
        assertTrue(WordSet.of(LEXICON, "definiteArticle").or(WordSet.of(LEXICON, "indefiniteArticles")).matches(word("A")));
    }

    @Test
    void endingsStemsAndPhrases() {
        assertTrue(WordSet.of(LEXICON, "gerundEndings").endsOneOf("urging"));
        assertFalse(WordSet.of(LEXICON, "gerundEndings").endsOneOf("urged"));
        assertTrue(WordSet.of(LEXICON, "suingStems").beginsOneOf("sued"));
        assertTrue(WordSet.of(LEXICON, "membershipPhrases").anyMatch("she is one of the signatories of it"::contains));
        assertTrue(WordSet.of(LEXICON, "centreWords").occursIn("Centre for Democracy"));
        assertFalse(WordSet.of(LEXICON, "centreWords").occursIn("centre for democracy"));
    }

    @Test
    void aListThatDoesNotExistFailsLoudly() {
        try {
            WordSet.of(LEXICON, "noSuchList");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("noSuchList"));
            return;
        }
        throw new AssertionError("no failure for a missing list");
    }
}
