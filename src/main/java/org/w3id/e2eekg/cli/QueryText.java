package org.w3id.e2eekg.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.Prefixes;

/**
 * Reads and parses the text of a SPARQL query, turning every problem into a one-line
 * {@link CommandFailure} that names the file and, for a syntax error, the line and column.
 *
 * <p>The project's prefixes ({@link Prefixes#of}) are predeclared and relative IRIs resolve
 * against the resource namespace ({@code <org/nspcc>} is the NSPCC), so short queries can be
 * typed on the command line; a query's own PREFIX and BASE declarations take precedence.
 * The trade-off: such a query may not run elsewhere without its declarations.
 */
final class QueryText {
    private static final Pattern LEADING_POSITION = Pattern.compile("^Line (\\d+), column (\\d+):\\s*");
    private static final Pattern INNER_POSITION = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");
    private QueryText() {}

    /** The text of a query file: strict UTF-8, byte order mark dropped. */
    static String read(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new CommandFailure(file + ": is a directory, not a query file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CommandFailure(file + ": no such query file");
        } catch (IOException e) {
            throw new CommandFailure(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CommandFailure(file + ": not valid UTF-8");
        }
    }

    /** Parses a query; {@code source} names it in error messages. */
    static Query parse(String text, String source, Iris iris) {
        if (text.isBlank()) {
            throw new CommandFailure(source + ": the query is empty");
        }
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(iris)));
        try {
            QueryFactory.parse(query, text, iris.idBase(), Syntax.syntaxARQ);
            return query;
        } catch (QueryParseException e) {
            throw new CommandFailure(syntaxError(source, e), e);
        }
    }

    /**
     * One line from Jena's parse error: where (from the message when it says, as the
     * JavaCC messages do more precisely than the exception's fields) and what.
     */
    static String syntaxError(String source, QueryParseException e) {
        String what = e.getMessage() == null ? "" : e.getMessage().strip().split("\\R", 2)[0].strip();
        int line = e.getLine();
        int column = e.getColumn();
        Matcher lead = LEADING_POSITION.matcher(what);
        if (lead.find()) {
            line = Integer.parseInt(lead.group(1));
            column = Integer.parseInt(lead.group(2));
            what = what.substring(lead.end());
        }
        Matcher inner = INNER_POSITION.matcher(what);
        if (inner.find()) {
            line = Integer.parseInt(inner.group(1));
            column = Integer.parseInt(inner.group(2));
            what = (what.substring(0, inner.start()) + what.substring(inner.end())).strip();
        }
        String where = line > 0 ? " at line " + line + ", column " + column : "";
        return source + ": syntax error" + where + (what.isEmpty() ? "" : ": " + what.replaceAll("\\s+", " "));
    }
}
