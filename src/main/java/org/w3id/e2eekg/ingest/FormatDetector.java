package org.w3id.e2eekg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells, from a file's content, whether it is an article the loader can read: plain text,
 * or a saved HTML page. Everything else (PDF, PostScript, RTF, XML feeds, archives, images,
 * office files...) is refused by name, even when it is ASCII and would decode as text.
 *
 * <p>Detection is Apache Tika's ({@code tika-core}: magic numbers and its text detector)
 * over the content alone, so a page saved as {@code .txt} is still read as a page and a
 * PDF renamed {@code .txt} is still refused. The file name counts in one case only: a file
 * named {@code .html}, {@code .htm} or {@code .xhtml} whose content Tika calls plain text (a
 * page without a doctype or an {@code <html>} tag) is read as HTML. Content Tika cannot
 * place at all ({@code application/octet-stream}) goes on to the strict text checks of
 * {@link ArticleReader}, whose messages say what is wrong (a NUL byte, invalid UTF-8).
 *
 * <p>Trade-off: Tika's registry of about 1,500 types costs some 150 ms to load, once per
 * JVM; a hand-written list of magic numbers would be quicker and would miss formats.
 */
final class FormatDetector {
    /** What the loader does with a file. */
    enum Format { TEXT, HTML }

    private static final Set<MediaType> HTML_TYPES = Set.of(MediaType.text("html"), MediaType.application("xhtml+xml"));
    private static final Set<String> HTML_EXTENSIONS = Set.of(".html", ".htm", ".xhtml");

    private FormatDetector() {}

    /**
     * @param displayName how errors name the file
     * @param fileName    the bare file name
     * @throws ArticleException when the content is a format that is not an article
     */
    static Format detect(String displayName, String fileName, byte[] bytes) throws ArticleException {
        MediaType type = type(bytes);
        if (HTML_TYPES.contains(type)) {
            return Format.HTML;
        }
        if (type.equals(MediaType.TEXT_PLAIN)) {
            return hasHtmlExtension(fileName) ? Format.HTML : Format.TEXT;
        }
        if (type.equals(MediaType.OCTET_STREAM)) {
            return Format.TEXT;
        }
        throw new ArticleException(displayName, "not an article but " + describe(type)
                + "; expected UTF-8 plain text or a saved HTML page");
    }

    static boolean hasHtmlExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return HTML_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static MediaType type(byte[] bytes) {
        try {
            return MimeTypes.getDefaultMimeTypes().detect(new ByteArrayInputStream(bytes), new Metadata());
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory failed", e);
        }
    }

    /** {@code Portable Document Format (application/pdf)}: Tika's description when it has one. */
    private static String describe(MediaType type) {
        try {
            MimeType known = MimeTypes.getDefaultMimeTypes().forName(type.toString());
            String description = known.getDescription();
            return description == null || description.isBlank() ? type.toString() : description + " (" + type + ")";
        } catch (MimeTypeException e) {
            return type.toString();
        }
    }
}
