package org.w3id.e2eekg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.vocab.CITO;
import org.w3id.e2eekg.vocab.E2K;
import org.w3id.e2eekg.vocab.PROV;

/**
 * The files under {@code ontology/}, read from the project directory (not the class path,
 * so a file that is not copied into the jar is still checked): they parse, document every
 * term, declare every vocabulary constant the code uses, and label every shape.
 */
class OntologyFilesTest {
    private static final Path ONTOLOGY = Path.of("ontology");
    /** The files that define terms (the others hold lexicon and reference data). */
    private static final List<String> SCHEMA_FILES = List.of("e2ee-kg.ttl", "external-terms.ttl", "lexicon/lexicon-schema.ttl");

    static List<Path> turtleFiles() throws IOException {
        try (Stream<Path> s = Files.walk(ONTOLOGY)) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    private static Model parse(Path file) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(file).lang(Lang.TURTLE).base(Iris.standard().idBase()).parse(m);
        return m;
    }

    private static Model all() throws IOException {
        Model m = ModelFactory.createDefaultModel();
        for (Path p : turtleFiles()) {
            m.add(parse(p));
        }
        return m;
    }

    @Test
    void theOntologyFolderHoldsTheExpectedFiles() throws IOException {
        List<String> names = turtleFiles().stream().map(p -> ONTOLOGY.relativize(p).toString()).toList();
        assertTrue(names.containsAll(SCHEMA_FILES), names.toString());
        assertTrue(names.contains("shapes.ttl"), names.toString());
        assertTrue(names.size() >= 10, names.toString());
    }

    @ParameterizedTest
    @MethodSource("turtleFiles")
    void everyTurtleFileParses(Path file) {
        assertTrue(parse(file).size() > 0, file + " is empty");
    }

    @Test
    void everyTermHasALabelAndAComment() {
        List<String> missing = new ArrayList<>();
        for (String f : SCHEMA_FILES) {
            Model m = parse(ONTOLOGY.resolve(f));
            for (Resource term : m.listSubjects().toList()) {
                if (!term.isURIResource()) {
                    continue;
                }
                if (!term.hasProperty(RDFS.label)) {
                    missing.add(f + ": " + term.getURI() + " has no rdfs:label");
                }
                if (!term.hasProperty(RDFS.comment)) {
                    missing.add(f + ": " + term.getURI() + " has no rdfs:comment");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyVocabularyConstantIsDeclared() throws Exception {
        Model all = all();
        List<String> undeclared = new ArrayList<>();
        int checked = 0;
        for (Class<?> vocab : List.of(E2K.class, PROV.class, CITO.class)) {
            for (Field f : vocab.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                    Resource r = (Resource) f.get(null);
                    checked++;
                    if (!all.listStatements(r, null, (RDFNode) null).hasNext()) {
                        undeclared.add(vocab.getSimpleName() + "." + f.getName() + " <" + r.getURI() + ">");
                    }
                }
            }
        }
        assertTrue(checked > 80, "found only " + checked + " constants");
        assertEquals(List.of(), undeclared, "constants that no file under ontology/ declares");
    }

    @Test
    void everyShapeHasALabelAndACommentOrMessage() {
        Model shapes = parse(ONTOLOGY.resolve("shapes.ttl"));
        List<String> missing = new ArrayList<>();
        int nodeShapes = 0;
        for (Resource s : shapes.listSubjectsWithProperty(RDF.type, shapes.createResource(SHACL.NodeShape.getURI())).toList()) {
            nodeShapes++;
            if (!s.hasProperty(RDFS.label) || !s.hasProperty(RDFS.comment)) {
                missing.add("node shape " + s + " needs rdfs:label and rdfs:comment");
            }
        }
        int propertyShapes = 0;
        for (String type : List.of(SHACL.PropertyShape.getURI(), SHACL.SPARQLConstraint.getURI())) {
            for (Resource s : shapes.listSubjectsWithProperty(RDF.type, shapes.createResource(type)).toList()) {
                propertyShapes++;
                if (!s.hasProperty(RDFS.label) || !s.hasProperty(shapes.createProperty(SHACL.message.getURI()))) {
                    missing.add(s + " needs rdfs:label and sh:message");
                }
            }
        }
        // every sh:property value is a declared, labelled property shape (no anonymous ones)
        for (RDFNode p : shapes.listObjectsOfProperty(shapes.createProperty(SHACL.property.getURI())).toList()) {
            if (!p.isURIResource() || !p.asResource().hasProperty(RDFS.label)) {
                missing.add("sh:property value " + p + " is not a named, labelled shape");
            }
        }
        assertTrue(nodeShapes >= 8, "node shapes: " + nodeShapes);
        assertTrue(propertyShapes >= 30, "property shapes: " + propertyShapes);
        assertEquals(List.of(), missing);
    }
}
