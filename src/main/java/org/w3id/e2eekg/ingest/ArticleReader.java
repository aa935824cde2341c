package org.w3id.e2eekg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.e2eekg.ingest.web.WebPage;

/**
 * Reads one article file: plain text or a saved web page, told apart by content
 * ({@link FormatDetector}); anything else is refused. Every failure is an
 * {@link ArticleException} whose message names the file.
 *
 * <p>Plain text is strict UTF-8 without binary content and without HTML markup, with an
 * optional leading {@code date YYYY-MM-DD} (after optional white space; the text follows on
 * the same line or the next), then non-empty text. A web page gives its main text and its
 * metadata ({@link WebPage}). Either text is then normalised ({@link TextNormaliser}): that
 * normalised text is what the graph stores and what every offset counts into.
 *
 * <p>The checks are deliberately strict: a file that is half-readable would give a graph
 * that silently misses facts, which is worse than a clear refusal. Two limits bound the
 * work of one article: the file's size ({@value #MAX_FILE_BYTES} bytes: saved pages carry
 * much markup around their text) and the text's length ({@value #MAX_TEXT_CHARS} chars,
 * over a hundred times a long news article), so that the time and memory of a load stay
 * bounded whatever is given to it.
 */
public final class ArticleReader {
    /** Files larger than this are refused before they are read. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    /** Articles whose text (after a page's markup is taken away) is longer than this are refused. */
    public static final int MAX_TEXT_CHARS = 1024 * 1024;
    /** A web page with fewer words of text than this is not an article page. */
    static final int MIN_PAGE_WORDS = 25;

    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\b[ \\t]*(\\S*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:html|head|body|div|span|p|a|br|b|i|em|strong|script|style|table|tr|td|li|ul|ol|h[1-6]|img|meta|link"
                    + "|section|article|header|footer|nav)\\b[^<>]{0,500}>", Pattern.CASE_INSENSITIVE);
    private static final int MARKUP_TAGS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

    public Article read(Path file) throws ArticleException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ArticleException(name, "is a directory, not an article file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ArticleException(name, "file is too large for an article (" + size + " bytes, limit " + MAX_FILE_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArticleException(name, "no such file");
        } catch (IOException e) {
            throw new ArticleException(name, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return parse(name, file.getFileName().toString(), bytes);
    }

    /** Reads an article bundled as a class-path resource. */
    public Article readResource(String resource) throws ArticleException {
        try (InputStream in = ArticleReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ArticleException(resource, "no such resource in the jar");
            }
            byte[] bytes = in.readAllBytes();
            String fileName = resource.substring(resource.lastIndexOf('/') + 1);
            return parse(resource, fileName, bytes);
        } catch (IOException e) {
            throw new ArticleException(resource, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Parses the bytes of an article.
     *
     * @param displayName how errors name the file
     * @param fileName    the bare file name, from which the article id is derived
     */
    public Article parse(String displayName, String fileName, byte[] bytes) throws ArticleException {
        if (bytes.length == 0) {
            throw new ArticleException(displayName, "file is empty");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ArticleException(displayName, "file is too large for an article (" + bytes.length + " bytes, limit "
                    + MAX_FILE_BYTES + ")");
        }
        checkNotUtf16(displayName, bytes);
        String id = ArticleIds.of(fileName);
        String sha256 = Sha256.hex(bytes);
        if (FormatDetector.detect(displayName, fileName, bytes) == FormatDetector.Format.HTML) {
            WebPage page = WebPage.read(bytes);
            String text = checkLength(displayName, TextNormaliser.normalise(page.text()));
            long words = WORD.matcher(text).results().count();
            if (words < MIN_PAGE_WORDS) {
                throw new ArticleException(displayName, "HTML page holds no article text (" + words
                        + (words == 1 ? " word" : " words") + " outside navigation and page furniture)");
            }
            return new Article(id, fileName, text, 0, page.date(), sha256, page.metadata());
        }
        checkNotBinary(displayName, bytes);
        String decoded = checkLength(displayName, decode(displayName, bytes));
        String text = checkLength(displayName, TextNormaliser.normalise(decoded));
        checkNotMarkup(displayName, text);
        if (text.isBlank()) {
            throw new ArticleException(displayName, "file is empty (only white space)");
        }
        LocalDate date = null;
        int bodyStart = 0;
        Matcher m = DATE_LINE.matcher(text);
        if (m.find()) {
            String value = m.group(1);
            if (!ISO_DATE.matcher(value).matches()) {
                throw new ArticleException(displayName, "malformed date line: expected 'date YYYY-MM-DD', found '"
                        + abbreviate(text.substring(0, Math.min(text.length(), m.end())).strip()) + "'");
            }
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new ArticleException(displayName, "malformed date line: '" + value + "' is not a calendar date");
            }
            bodyStart = m.end();
            while (bodyStart < text.length() && Character.isWhitespace(text.charAt(bodyStart))) {
                bodyStart++;
            }
            if (bodyStart >= text.length()) {
                throw new ArticleException(displayName, "no article text after the date line");
            }
        }
        return new Article(id, fileName, text, bodyStart, date, sha256, ArticleMetadata.NONE);
    }

    /** The article id of a file name; see {@link ArticleIds}. */
    public static String idOf(String fileName) {
        return ArticleIds.of(fileName);
    }

    private static String checkLength(String name, String text) throws ArticleException {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new ArticleException(name, "article text is too long (" + text.length() + " characters, limit "
                    + MAX_TEXT_CHARS + "); split it into several articles");
        }
        return text;
    }

    private static void checkNotUtf16(String name, byte[] bytes) throws ArticleException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ArticleException(name, "UTF-16 text, not UTF-8; save it as UTF-8");
        }
    }

    private static void checkNotBinary(String name, byte[] bytes) throws ArticleException {
        int control = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new ArticleException(name, "binary file, not text (NUL byte at offset " + i + ")");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > Math.max(8, bytes.length / 100)) {
            throw new ArticleException(name, "binary file, not text (" + control + " control bytes)");
        }
    }

    /** Text with HTML tags in it is a fragment of a page, not an article and not a page. */
    private static void checkNotMarkup(String name, String text) throws ArticleException {
        Matcher m = HTML_TAG.matcher(text);
        int tags = 0;
        String first = null;
        while (tags < MARKUP_TAGS && m.find()) {
            first = first == null ? m.group() : first;
            tags++;
        }
        if (tags >= MARKUP_TAGS) {
            throw new ArticleException(name, "HTML markup in a text file, but not a whole HTML page (first tag '"
                    + abbreviate(first) + "'); save the whole page as .html, or only its text");
        }
    }

    private static String decode(String name, byte[] bytes) throws ArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new ArticleException(name, "not valid UTF-8 (bad byte at offset " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new ArticleException(name, "not valid UTF-8 (" + e.getMessage() + ")");
        }
    }

    private static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "..." : oneLine;
    }
}
