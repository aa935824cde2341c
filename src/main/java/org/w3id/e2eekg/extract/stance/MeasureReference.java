package org.w3id.e2eekg.extract.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.e2eekg.vocab.E2K;

/**
 * The recurring measures of the debate and what each does to end-to-end encryption
 * ({@code ontology/reference/measures.ttl}): so that "opposes the EARN IT Act" is read as a
 * stance even in an article that does not say what the act does. Immutable after loading.
 */
public final class MeasureReference {
    /**
     * A measure of the reference data.
     *
     * @param name   its preferred name, which the graph's measure IRI is made from
     * @param names  every name it goes by, in normalised form
     * @param effect +1 or -1
     */
    public record Entry(String name, List<String> names, int effect) {}

    private static final String FILE = "/ontology/reference/measures.ttl";
    private final List<Entry> entries;

    private MeasureReference(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The bundled reference measures. */
    public static MeasureReference load() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = MeasureReference.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("reference file missing from the class path: " + FILE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/e2ee-kg/id/").parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> out = new ArrayList<>();
        for (Resource r : model.listSubjectsWithProperty(RDF.type, E2K.Measure).toList()) {
            String pref = r.getProperty(SKOS.prefLabel).getString();
            List<String> names = new ArrayList<>();
            names.add(normal(pref));
            for (Statement alt : r.listProperties(SKOS.altLabel).toList()) {
                names.add(normal(alt.getString()));
            }
            int effect = r.hasProperty(E2K.effectOnEncryption, E2K.Strengthens) ? 1 : -1;
            out.add(new Entry(pref, List.copyOf(names), effect));
        }
        out.sort(java.util.Comparator.comparing(Entry::name));
        return new MeasureReference(out);
    }

    /** No reference measures: what the article says is all there is. */
    public static MeasureReference empty() {
        return new MeasureReference(List.of());
    }

    /** The reference measure a name written in an article stands for, or null. */
    public Entry find(String written) {
        String n = normal(written);
        for (Entry e : entries) {
            for (String name : e.names()) {
                if (n.equals(name) || n.startsWith(name + " ") || name.contains(" ") && (" " + n + " ").contains(" " + name + " ")) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Lower case, "the" and a trailing year dropped, punctuation as spaces. */
    static String normal(String s) {
        String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}' ]", " ")
                .replaceAll("\\s+", " ").strip();
        n = n.replaceFirst("^the ", "").replaceFirst(" (19|20)\\d\\d$", "");
        return n;
    }
}
