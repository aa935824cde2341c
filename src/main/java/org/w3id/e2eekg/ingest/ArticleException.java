package org.w3id.e2eekg.ingest;

/** An article that cannot be read; the message is one line naming the file and the problem. */
public class ArticleException extends Exception {
    private final String source;

    public ArticleException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    /** The file (or resource) the problem is in. */
    public String source() {
        return source;
    }
}
