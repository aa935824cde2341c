package org.w3id.e2eekg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * One of the project's named queries ({@code queries/*.rq}): its name (the file name
 * without {@code .rq}), the title and question from its header comment, the rest of that
 * comment as a description, and the parsed query.
 *
 * <p>The header is the comment block at the top of the file: {@code # Title: ...} on one
 * line, {@code # Question: ...} running on over the following comment lines until one ends
 * with a question mark, then free text; {@code # Parameter: name ?variable type description}
 * lines declare the parameters.
 *
 * @param name        the file name without {@code .rq}
 * @param title       the title, or the name when the file has none
 * @param question    the question the query answers, or empty
 * @param description the rest of the header comment, or empty
 * @param query       the query
 * @param text        the file's text, comments included
 * @param parameters  the parameters its header declares ({@code # Parameter: ...}, see {@link QueryParameter})
 */
public record NamedQuery(String name, String title, String question, String description, Query query, String text,
                         List<QueryParameter> parameters) {
    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(text, "text");
        parameters = List.copyOf(parameters);
    }

    /** The declared parameter called {@code name}. */
    public java.util.Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Parses a query file's text; {@code name} is its file name without {@code .rq}. */
    public static NamedQuery parse(String name, String text) {
        List<String> header = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            header.add(t.substring(1).strip());
        }
        String title = name;
        StringBuilder question = new StringBuilder();
        StringBuilder description = new StringBuilder();
        boolean inQuestion = false;
        for (String h : header) {
            if (QueryParameter.parse(h) != null) {
                inQuestion = false;
            } else if (h.startsWith("Title:")) {
                title = h.substring("Title:".length()).strip();
                inQuestion = false;
            } else if (h.startsWith("Question:")) {
                question.append(h.substring("Question:".length()).strip());
                inQuestion = !question.toString().endsWith("?");
            } else if (inQuestion && !h.isEmpty()) {
                question.append(' ').append(h);
                inQuestion = !h.endsWith("?");
            } else if (!h.isEmpty()) {
                inQuestion = false;
                description.append(description.length() > 0 ? " " : "").append(h);
            }
        }
        return new NamedQuery(name, title, question.toString(), description.toString(), QueryFactory.create(text), text,
                QueryParameter.declaredIn(text));
    }
}
