package org.w3id.e2eekg.server;

/**
 * The text of an article as HTML, with the sentences the facts come from highlighted.
 */
final class ArticleText {
    private ArticleText() {}

    /** The id of a sentence's mark in the article's page: {@code s120-245} for code points 120 to 245. */
    static String anchor(long start, long end) {
        return "s" + start + "-" + end;
    }
}
