package org.w3id.e2eekg.extract.text;

import java.util.List;

/**
 * A sentence: a run of tokens ended by terminal punctuation, a line break, or a colon that
 * closes a run-in subhead.
 *
 * @param index     position in the document
 * @param paragraph index of the paragraph (line) it belongs to
 * @param start     char offset of its first token
 * @param end       char offset after its last token
 * @param tokens    its tokens, in order
 * @param heading   true for a line without terminal punctuation, such as a title or subhead
 * @param question  true when it ends with a question mark
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens,
                       boolean heading, boolean question) {

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    /** Position of a token of the document within this sentence. */
    public int local(Token t) {
        return t.index() - tokens.get(0).index();
    }

    /** The text between two local token positions, as written, from the article text. */
    public String text(String articleText, int from, int to) {
        if (from >= to) {
            return "";
        }
        return articleText.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
