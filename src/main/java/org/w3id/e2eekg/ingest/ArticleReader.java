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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article file: strict UTF-8, no binary content, an optional leading
 * {@code date YYYY-MM-DD} (after optional white space; the text follows on the same line or
 * the next), then non-empty text. Every failure is an {@link ArticleException} whose message
 * names the file.
 *
 * <p>The checks are deliberately strict: a file that is half-readable would give a graph
 * that silently misses facts, which is worse than a clear refusal.
 */
public final class ArticleReader {
    /** Files larger than this are refused: an article is a few kilobytes of text. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\b[ \\t]*(\\S*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public Article read(Path file) throws ArticleException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ArticleException(name, "is a directory, not an article file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ArticleException(name, "file is too large for an article (" + size + " bytes, limit " + MAX_BYTES + ")");
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
        checkNotBinary(displayName, bytes);
        String text = decode(displayName, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
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
        return new Article(idOf(fileName), fileName, text, bodyStart, date, sha256(bytes));
    }

    /** A readable, IRI-safe identifier from a file name: {@code 000_ab12.txt} gives {@code 000-ab12}. */
    public static String idOf(String fileName) {
        String stem = fileName;
        int dot = stem.lastIndexOf('.');
        if (dot > 0) {
            stem = stem.substring(0, dot);
        }
        String id = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return id.isEmpty() ? "article" : id;
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "..." : oneLine;
    }
}
