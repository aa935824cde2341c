package org.w3id.e2eekg.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as read from its file: the normalised text (offsets of every fact refer to
 * it), where the body starts after the {@code date YYYY-MM-DD} line, the date if the file
 * gave one, and what a saved web page said about itself.
 *
 * <p>Immutable. Besides its values it holds an index of the body's surrogate pairs, built
 * once, so that {@link #bodyCodePoint} converts a char offset to a code point offset in
 * logarithmic time: a graph asks that for every piece of evidence, and counting code
 * points from the start of the body each time made a load quadratic in the text's length.
 * That is why this is a final class and not a record: the index is derived, not a value.
 */
public final class Article {
    private final String id;
    private final String sourceName;
    private final String text;
    private final int bodyStart;
    private final LocalDate date;
    private final String sha256;
    private final ArticleMetadata metadata;
    private final CodePointIndex codePoints;

    /**
     * @param id         readable identifier derived from the file name, used in IRIs
     * @param sourceName the file name (no directories, so output does not depend on where the
     *                   file lies)
     * @param text       the article's text after normalisation ({@link TextNormaliser}); for a
     *                   text file the whole file, date line included; for a web page the text
     *                   taken out of it
     * @param bodyStart  char offset in {@code text} where the article body begins
     * @param date       publication date, or null when the file does not give one
     * @param sha256     hex digest of the file's bytes
     * @param metadata   headline, authors and address a web page gave; {@link ArticleMetadata#NONE}
     *                   for a text file
     */
    public Article(String id, String sourceName, String text, int bodyStart, LocalDate date, String sha256,
                   ArticleMetadata metadata) {
        this.id = Objects.requireNonNull(id, "id");
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.text = Objects.requireNonNull(text, "text");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart out of range: " + bodyStart);
        }
        this.bodyStart = bodyStart;
        this.date = date;
        this.codePoints = CodePointIndex.of(text, bodyStart);
    }

    public String id() {
        return id;
    }

    public String sourceName() {
        return sourceName;
    }

    /** The normalised text; every char offset of a fact refers to it. */
    public String text() {
        return text;
    }

    public int bodyStart() {
        return bodyStart;
    }

    /** The publication date, or null. */
    public LocalDate date() {
        return date;
    }

    public String sha256() {
        return sha256;
    }

    public ArticleMetadata metadata() {
        return metadata;
    }

    public Optional<LocalDate> publicationDate() {
        return Optional.ofNullable(date);
    }

    /** The body text, without the date line: what the graph stores as {@code schema:text}. */
    public String body() {
        return text.substring(bodyStart);
    }

    /**
     * Where a char offset of {@code text} falls in the {@link #body()}, counted in Unicode code
     * points, as Web Annotation text position selectors count; the published offsets of facts.
     */
    public int bodyCodePoint(int charOffset) {
        if (charOffset < bodyStart || charOffset > text.length()) {
            throw new IllegalArgumentException("offset " + charOffset + " is outside the body");
        }
        return codePoints.codePointsBefore(charOffset);
    }

    @Override
    public String toString() {
        return "Article[" + id + " from " + sourceName + ", " + text.length() + " chars]";
    }
}
