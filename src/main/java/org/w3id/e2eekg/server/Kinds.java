package org.w3id.e2eekg.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.e2eekg.graph.Iris;

/**
 * The kinds of resource the graph mints, told by the first segment of their IRI under
 * {@code <root>id/} ({@code id/org/nspcc} is an organisation), with the names pages show for
 * them. The search results and the index of resources under {@code /id/} use it.
 *
 * <p>Trade-off: the kind is read from the IRI, not from the resource's types, so it is one
 * kind per resource and costs no query; a kind the table does not know is shown by its
 * segment.
 */
final class Kinds {
    /** A kind: its IRI segment, one of it, and the heading of a list of them. */
    record Kind(String segment, String singular, String plural) {}

    private static final Map<String, Kind> KNOWN = Map.ofEntries(
            kind("org", "organisation", "Organisations"),
            kind("person", "person", "People"),
            kind("place", "place", "Places"),
            kind("doc", "document", "Documents"),
            kind("stat", "statistic", "Statistics"),
            kind("article", "article", "Articles"),
            kind("role", "post", "Posts"),
            kind("statement", "statement", "Statements"),
            kind("evidence", "sentence", "Evidence sentences"),
            kind("extraction", "extraction", "Extractions"),
            kind("agent", "software agent", "Software agents"),
            kind("dataset", "dataset", "Datasets"));

    private final String idBase;

    Kinds(Iris iris) {
        this.idBase = iris.idBase();
    }

    private static Map.Entry<String, Kind> kind(String segment, String singular, String plural) {
        return Map.entry(segment, new Kind(segment, singular, plural));
    }

    /** The kind of a resource minted under {@code <root>id/}; empty for any other IRI. */
    Optional<Kind> of(String iri) {
        if (!iri.startsWith(idBase)) {
            return Optional.empty();
        }
        String rest = iri.substring(idBase.length());
        int slash = rest.indexOf('/');
        return slash <= 0 ? Optional.empty() : Optional.of(named(rest.substring(0, slash)));
    }

    /** The kind of an IRI segment ({@code org}). */
    static Kind named(String segment) {
        return KNOWN.getOrDefault(segment, new Kind(segment, segment, segment));
    }

    /** The segments the graph mints ({@code org}, {@code person} ...), sorted. */
    static List<String> segments() {
        return KNOWN.keySet().stream().sorted().toList();
    }

    /** The namespace of one kind: {@code <root>id/org/}. */
    String namespace(String segment) {
        return idBase + segment + "/";
    }
}
