package org.w3id.e2eekg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.e2eekg.extract.StageInput;

/** The tokenizer built from the bundled lexicon, and what a token says of itself. */
class TokenizerTest {
    private final Tokenizer tokenizer = StageInput.LEXICON.tokenizer();

    private List<Token> tokens(String text) {
        return tokenizer.tokenize(text, 0, text.length());
    }

    private List<String> texts(String text) {
        return tokens(text).stream().map(Token::text).toList();
    }

    /** Each case: a text, and its tokens joined by " | ". */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            Facebook's plan => Facebook | 's | plan
            end-to-end encryption => end-to-end | encryption
            the U.S. government => the | U.S. | government
            Meta won't wait => Meta | won't | wait
            a Facebook-owned app => a | Facebook | - | owned | app
            2,500 reports and 20.3m users => 2,500 | reports | and | 20.3m | users
            £18 million => £ | 18 | million
            Meta\u2019s plan => Meta | 's | plan
            the Five Eyes - the US and Canada - agreed => the | Five | Eyes | \u2014 | the | US | and | Canada | \u2014 | agreed
            the Five Eyes \u2013 the US \u2013 agreed => the | Five | Eyes | \u2014 | the | US | \u2014 | agreed
            - a bullet - in a line => - | a | bullet | \u2014 | in | a | line
            firms: Amazon.com, Box and e.g. Change.org. => firms | : | Amazon.com | , | Box | and | e | . | g | . | Change.org | .
            """)
    void splitsTextIntoTokens(String text, String expected) {
        assertEquals(List.of(expected.split(" \\| ")), texts(text));
    }

    @Test
    void tokensHaveTypesAndOffsets() {
        String text = "Only 2,500 (40%) agreed.";
        List<Token> t = tokens(text);
        assertEquals(List.of(Token.Type.WORD, Token.Type.NUMBER, Token.Type.PUNCT, Token.Type.NUMBER, Token.Type.SYMBOL,
                Token.Type.PUNCT, Token.Type.WORD, Token.Type.PUNCT), t.stream().map(Token::type).toList());
        for (Token k : t) {
            assertEquals(k.text(), text.substring(k.start(), k.end()));
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), t.stream().map(Token::index).toList());
    }

    @Test
    void aRegionIsTokenizedWithOffsetsInTheWholeText() {
        String text = "Skip this. Read this.";
        List<Token> t = tokenizer.tokenize(text, 11, text.length());
        assertEquals("Read", t.get(0).text());
        assertEquals(11, t.get(0).start());
    }

    @Test
    void tokensClassifyThemselves() {
        List<Token> t = tokens("NCMEC and MeitY met K iCloud staff 's");
        assertTrue(t.get(0).isAcronym());
        assertFalse(t.get(2).isAcronym());
        assertTrue(t.get(2).isAbbreviationLike());
        assertFalse(t.get(1).isCapitalized());
        assertTrue(t.get(4).isInitial());
        assertFalse(t.get(0).isInitial());
        assertTrue(t.get(5).isCapitalized(), "a camel-case brand counts as capitalised");
        assertFalse(t.get(6).isCapitalized());
        assertTrue(t.get(7).isPossessive());
        assertEquals("ncmec", t.get(0).lower());
    }
}
