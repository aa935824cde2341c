package org.w3id.e2eekg.server;

import java.util.Optional;
import org.w3id.e2eekg.graph.Iris;

/**
 * Maps the IRI namespace the graph mints onto the server, the way LodView and Pubby do:
 * {@code <root>id/org/nspcc} is served at {@code /id/org/nspcc}, whatever host the server
 * runs on. Only IRIs under the root map; others are left as they are.
 */
final class LocalPaths {
    private final String root;

    LocalPaths(Iris iris) {
        this.root = iris.root();
    }

    /** The server path ({@code /id/org/nspcc}) of an IRI under the root; empty for any other IRI. */
    Optional<String> pathOf(String iri) {
        if (iri.startsWith(root) && iri.length() > root.length()) {
            return Optional.of("/" + iri.substring(root.length()));
        }
        return Optional.empty();
    }

    /** Where a page should link to for {@code iri}: its server path, or the IRI itself. */
    String href(String iri) {
        return pathOf(iri).orElse(iri);
    }

    /** The IRI a server path ({@code /id/org/nspcc}) stands for. */
    String iriOf(String path) {
        return root + (path.startsWith("/") ? path.substring(1) : path);
    }
}
