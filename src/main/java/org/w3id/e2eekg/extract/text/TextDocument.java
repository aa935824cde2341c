package org.w3id.e2eekg.extract.text;

import java.util.List;

/**
 * An article's text split into tokens and sentences.
 *
 * @param text      the full article text; every offset refers to it
 * @param tokens    all tokens of the body
 * @param sentences the sentences, in order
 */
public record TextDocument(String text, List<Token> tokens, List<Sentence> sentences) {

    public String slice(int start, int end) {
        return text.substring(start, end);
    }

    public String sentenceText(Sentence s) {
        return text.substring(s.start(), s.end());
    }
}
