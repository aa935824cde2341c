package org.w3id.e2eekg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.shared.PrefixMapping;

/**
 * A parameter of a named query, declared in its header comment as
 * {@code # Parameter: actor ?entity iri  The actor, by its IRI}: the name a caller gives
 * ({@code /queries/stances?actor=...}, {@code query --param actor=...}), the query variable it
 * binds, its type and what it means. A value is turned into one RDF term of that type, and the
 * variable is bound to it ({@code QueryExec.substitution}): it is never put into query text,
 * so quotes, braces or a {@code UNION} in a value are only ever part of that term.
 *
 * <p>Types: {@code iri} (an absolute http(s) IRI, or a prefixed name of the project's
 * prefixes such as {@code id:org/nspcc}), {@code string}, {@code date} ({@code YYYY-MM-DD})
 * and {@code integer}.
 *
 * @param name        the name callers use
 * @param variable    the query variable bound, without {@code ?}
 * @param type        {@code iri}, {@code string}, {@code date}, {@code integer} or {@code decimal}
 * @param description what it means
 */
public record QueryParameter(String name, String variable, String type, String description) {
    /** The header line's form: name, variable, type, description. */
    static final Pattern DECLARATION = Pattern.compile("Parameter:\\s*([A-Za-z][A-Za-z0-9_-]*)\\s+\\?([A-Za-z_][A-Za-z0-9_]*)\\s+"
            + "(iri|string|date|integer|decimal)\\s*(.*)");
    /** Longest value taken, in characters. */
    static final int MAX_VALUE = 1000;

    public QueryParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /** The parameters declared in the header comment (the comment lines at the top) of a query's text. */
    public static List<QueryParameter> declaredIn(String queryText) {
        List<QueryParameter> out = new ArrayList<>();
        for (String line : queryText.lines().toList()) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            QueryParameter p = parse(t.substring(1).strip());
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The parameter a header line ({@code Parameter: ...}, without the {@code #}) declares, or null. */
    static QueryParameter parse(String headerLine) {
        Matcher m = DECLARATION.matcher(headerLine);
        return m.matches() ? new QueryParameter(m.group(1), m.group(2), m.group(3), m.group(4).strip()) : null;
    }

    /**
     * The term {@code value} stands for.
     *
     * @throws IllegalArgumentException naming the parameter, when the value is not of its type
     */
    public Node bind(String value, PrefixMapping prefixes) {
        if (value.length() > MAX_VALUE) {
            throw bad(value, "longer than " + MAX_VALUE + " characters");
        }
        return switch (type) {
            case "iri" -> iri(value, prefixes);
            case "date" -> typed(value, XSDDatatype.XSDdate, "not a date (YYYY-MM-DD)");
            case "integer" -> typed(value, XSDDatatype.XSDinteger, "not an integer");
            case "decimal" -> typed(value, XSDDatatype.XSDdecimal, "not a decimal number");
            default -> NodeFactory.createLiteralString(value);
        };
    }

    private Node typed(String value, XSDDatatype datatype, String problem) {
        if (!datatype.isValid(value)) {
            throw bad(value, problem);
        }
        return NodeFactory.createLiteralDT(value, datatype);
    }

    private Node iri(String value, PrefixMapping prefixes) {
        String expanded = value;
        int colon = value.indexOf(':');
        if (colon > 0 && prefixes.getNsPrefixURI(value.substring(0, colon)) != null) {
            expanded = prefixes.expandPrefix(value);
        }
        try {
            IRIx iri = IRIx.create(expanded);
            String scheme = iri.scheme() == null ? "" : iri.scheme().toLowerCase(Locale.ROOT);
            if (!iri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
                throw bad(value, "not an absolute http(s) IRI or a prefixed name");
            }
            return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            throw bad(value, "not an IRI (" + e.getMessage() + ")");
        }
    }

    private IllegalArgumentException bad(String value, String problem) {
        String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return new IllegalArgumentException("parameter " + name + ": '" + shown + "' is " + problem);
    }
}
