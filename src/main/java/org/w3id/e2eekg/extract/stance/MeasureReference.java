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

    /**
     * A name of a reference measure as it is written, for finding it in running text.
     *
     * @param written the label ("Chat Control", "Child Sexual Abuse Regulation")
     * @param head    the word of its preferred name that says what kind of measure it is ("regulation")
     */
    public record Label(String written, String head) {}

    private static final String FILE = "/ontology/reference/measures.ttl";
    private final List<Entry> entries;
    private final List<Label> labels;

    private MeasureReference(List<Entry> entries, List<Label> labels) {
        this.entries = List.copyOf(entries);
        this.labels = List.copyOf(labels);
    }

    /**
     * The names of two or more words the reference measures go by, as written: an article may
     * name a measure in lower case or in quotes ("the 'chat control' law"), where no capitalised
     * law name marks it.
     */
    public List<Label> labels() {
        return labels;
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
        List<Label> labels = new ArrayList<>();
        for (Resource r : model.listSubjectsWithProperty(RDF.type, E2K.Measure).toList()) {
            String pref = r.getProperty(SKOS.prefLabel).getString();
            List<String> names = new ArrayList<>();
            names.add(normal(pref));
            String head = headWord(pref);
            addLabel(labels, pref, head);
            for (Statement alt : r.listProperties(SKOS.altLabel).toList()) {
                names.add(normal(alt.getString()));
                addLabel(labels, alt.getString(), head);
            }
            int effect = r.hasProperty(E2K.effectOnEncryption, E2K.Strengthens) ? 1 : -1;
            out.add(new Entry(pref, List.copyOf(names), effect));
        }
        out.sort(java.util.Comparator.comparing(Entry::name));
        labels.sort(java.util.Comparator.comparing(Label::written));
        return new MeasureReference(out, labels);
    }

    private static void addLabel(List<Label> labels, String written, String head) {
        if (written.strip().indexOf(' ') > 0) {
            labels.add(new Label(written.strip(), head));
        }
    }

    /** The last word of a name that is not a year: "Rules" of "IT Rules 2021". */
    private static String headWord(String name) {
        String[] words = normal(name).split(" ");
        for (int i = words.length - 1; i >= 0; i--) {
            if (!words[i].matches("\\d+")) {
                return words[i];
            }
        }
        return words[words.length - 1];
    }

    /** No reference measures: what the article says is all there is. */
    public static MeasureReference empty() {
        return new MeasureReference(List.of(), List.of());
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
