package org.w3id.e2eekg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The graphs that are not extracted: the ontology (with the SHACL shapes, so that a user
 * can query them too) and the reference data of known actors and places, with relative
 * IRIs resolved against the configured root.
 */
public final class KnowledgeGraphs {
    /** Ontology files bundled under {@code /ontology/}. */
    public static final List<String> ONTOLOGY_FILES = List.of("e2ee-kg.ttl", "external-terms.ttl");
    public static final String SHAPES_FILE = "shapes.ttl";
    /** Reference data bundled under {@code /ontology/reference/}: known actors and places. */
    public static final List<String> REFERENCE_FILES = List.of("actors.ttl", "places.ttl", "measures.ttl");

    private KnowledgeGraphs() {}

    public static Model ontology(Iris iris) {
        Model m = ModelFactory.createDefaultModel();
        for (String f : ONTOLOGY_FILES) {
            read(m, "/ontology/" + f, iris.idBase());
        }
        Prefixes.apply(m, iris);
        return m;
    }

    public static Model shapes(Iris iris) {
        Model m = ModelFactory.createDefaultModel();
        read(m, "/ontology/" + SHAPES_FILE, iris.idBase());
        return m;
    }

    public static Model reference(Iris iris) {
        Model m = ModelFactory.createDefaultModel();
        for (String f : REFERENCE_FILES) {
            read(m, "/ontology/reference/" + f, iris.idBase());
        }
        Prefixes.apply(m, iris);
        return m;
    }

    private static void read(Model m, String resource, String base) {
        try (InputStream in = KnowledgeGraphs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(base).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
