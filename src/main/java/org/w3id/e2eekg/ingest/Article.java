package org.w3id.e2eekg.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as read from its file: the whole decoded text (offsets of every fact refer
 * to it), where the body starts after the {@code date YYYY-MM-DD} line, and the date if
 * the file gave one.
 *
 * @param id         readable identifier derived from the file name, used in IRIs
 * @param sourceName the file name (no directories, so output does not depend on where the
 *                   file lies)
 * @param text       the full text of the file, byte order mark removed
 * @param bodyStart  char offset in {@code text} where the article body begins
 * @param date       publication date, or null when the file has no date line
 * @param sha256     hex digest of the file's bytes
 */
public record Article(String id, String sourceName, String text, int bodyStart, LocalDate date, String sha256) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart out of range: " + bodyStart);
        }
    }

    public Optional<LocalDate> publicationDate() {
        return Optional.ofNullable(date);
    }

    /** The body text, without the date line. */
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
        return text.codePointCount(bodyStart, charOffset);
    }
}
