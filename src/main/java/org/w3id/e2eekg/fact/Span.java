package org.w3id.e2eekg.fact;

/**
 * A span of the article text, as char offsets into {@link org.w3id.e2eekg.ingest.Article#text()}.
 *
 * @param start offset of the first char
 * @param end   offset after the last char
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
