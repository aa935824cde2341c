package org.w3id.e2eekg.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.e2eekg.vocab.E2K;

/**
 * The document taxonomy of the ontology ({@code ontology/e2ee-kg.ttl}) as extraction needs
 * it: which kinds of document are signed ({@code e2k:SignedDocument} and its subclasses),
 * which are only issued ({@code e2k:IssuedDocument}), and which are letters. Document kinds
 * are the local names of their classes ("OpenLetter"). Immutable and thread-safe; the
 * ontology is read once, when the kinds are loaded.
 */
public final class DocumentKinds {
    private static final String ONTOLOGY = "/ontology/e2ee-kg.ttl";

    private final Set<String> signed;
    private final Set<String> issued;
    private final Set<String> letters;

    private DocumentKinds(Model ontology) {
        this.signed = andSubclasses(ontology, E2K.SignedDocument);
        this.issued = andSubclasses(ontology, E2K.IssuedDocument);
        this.letters = andSubclasses(ontology, E2K.Letter);
    }

    /** Reads the taxonomy from the ontology bundled under {@code /ontology/}. */
    public static DocumentKinds load() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = DocumentKinds.class.getResourceAsStream(ONTOLOGY)) {
            if (in == null) {
                throw new IllegalStateException("ontology missing from the class path: " + ONTOLOGY);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DocumentKinds(model);
    }

    /** Whether signatories put their names to documents of this kind, so that an article speaks of one as "the letter". */
    public boolean signed(String kind) {
        return signed.contains(kind);
    }

    /** Whether documents of this kind are put out by issuers rather than signed by their makers. */
    public boolean issued(String kind) {
        return issued.contains(kind);
    }

    /** Whether the kind is a letter of some sort. */
    public boolean letter(String kind) {
        return letters.contains(kind);
    }

    /**
     * The family a kind belongs to for telling whether two mentions may be one document:
     * letters of all kinds are one family ("Letter"), so an open letter met again as "the
     * letter" is the same document; any other kind is its own family.
     */
    public String family(String kind) {
        return letter(kind) ? "Letter" : kind;
    }

    private static Set<String> andSubclasses(Model ontology, Resource top) {
        Set<String> out = new HashSet<>();
        Deque<Resource> todo = new ArrayDeque<>();
        todo.add(top);
        while (!todo.isEmpty()) {
            Resource c = todo.poll();
            if (c.isURIResource() && c.getURI().startsWith(E2K.NS) && out.add(c.getLocalName())) {
                ontology.listSubjectsWithProperty(RDFS.subClassOf, c).forEachRemaining(todo::add);
            }
        }
        if (out.size() < 2) {
            throw new IllegalStateException("the ontology has no subclasses of " + top.getURI() + ": " + ONTOLOGY);
        }
        return Set.copyOf(out);
    }
}
