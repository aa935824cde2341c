package org.w3id.e2eekg.extract.syntax;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Statistical dependency parsing of one sentence: NLP4J 1.1 (Emory NLP, Apache-2.0) with its
 * English part-of-speech and dependency models, which ship as a Maven artifact
 * ({@code edu.emory.mathcs.nlp:nlp4j-english}). Chosen by measurement against ClearNLP and
 * Stanford CoreNLP on sentences of this debate ({@code bench/PARSERS.md}): as accurate as
 * ClearNLP and clearly better than CoreNLP on the relations the rules read, with a third of
 * ClearNLP's heap and a licence that keeps the project Apache-2.0.
 *
 * <p>Input is the project's own tokens, so heads and labels line up with every other layer
 * ({@link ParserInput} turns them into the words the models were trained on and back). NLP4J
 * tags them itself: its Penn Treebank tags are what its parser was trained on. The models are
 * read once per JVM, on first use (about 10 s and 1 GB of heap), and shared. A parse keeps its
 * state in its own node array and the decoder only reads its models, so one instance serves
 * every thread: {@link #parse} is thread-safe (checked by {@code DependencyParserTest}, which
 * compares parses made on several threads with single-threaded ones).
 */
public final class DependencyParser {
    private static final String CONFIGURATION = "nlp4j-decode.xml";
    /** the model files the configuration names, checked before NLP4J reads them (it falls back to file paths) */
    private static final List<String> MODELS = List.of(
            "/edu/emory/mathcs/nlp/models/en-pos.xz",
            "/edu/emory/mathcs/nlp/models/en-dep.xz",
            "/edu/emory/mathcs/nlp/lexica/en-ambiguity-classes-simplified-lowercase.xz",
            "/edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz");
    private static volatile DependencyParser shared;

    private final NLPDecoder decoder;

    private DependencyParser() {
        for (String model : MODELS) {
            if (DependencyParser.class.getResource(model) == null) {
                throw new IllegalStateException("parser model missing from the class path: " + model);
            }
        }
        try (InputStream in = DependencyParser.class.getResourceAsStream(CONFIGURATION)) {
            if (in == null) {
                throw new IllegalStateException("parser configuration missing from the class path: " + CONFIGURATION);
            }
            decoder = new NLPDecoder(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parser of this JVM, its models loaded on first call. */
    public static DependencyParser shared() {
        DependencyParser p = shared;
        if (p == null) {
            synchronized (DependencyParser.class) {
                p = shared;
                if (p == null) {
                    p = new DependencyParser();
                    shared = p;
                }
            }
        }
        return p;
    }

    /** Parses a sentence given as its words, one per token. */
    public DependencyTree parse(List<String> words) {
        return parse(words, List.of());
    }

    /**
     * Parses a sentence given as its words, one per token, with names that are read as one
     * word: each span of {@code units} (token positions [from, to), not overlapping) reaches the
     * parser as a single proper noun, so that a list of titled names ("US Attorney General
     * William Barr, British Home Secretary Priti Patel and ...") parses as the list of nouns it
     * is. In the tree the span's last token carries the unit's arc and the other tokens hang
     * from it as compounds. Negative contractions ("won't", "can't") reach the parser split, as
     * it was trained on them, and the verb they negate is marked {@link DependencyTree#negated}.
     */
    public DependencyTree parse(List<String> words, List<int[]> units) {
        if (words.isEmpty()) {
            return DependencyTree.EMPTY;
        }
        ParserInput input = ParserInput.of(words, units);
        List<String> forms = input.forms();
        int m = forms.size();
        NLPNode[] nodes = new NLPNode[m + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int i = 0; i < m; i++) {
            NLPNode n = new NLPNode();
            n.setID(i + 1);
            n.setWordForm(forms.get(i));
            nodes[i + 1] = n;
        }
        decoder.decode(nodes);
        String[] tags = new String[m];
        String[] lemmas = new String[m];
        int[] heads = new int[m];
        String[] labels = new String[m];
        for (int i = 1; i <= m; i++) {
            NLPNode node = nodes[i];
            tags[i - 1] = node.getPartOfSpeechTag();
            lemmas[i - 1] = node.getLemma();
            NLPNode head = node.getDependencyHead();
            heads[i - 1] = head == null || head.getID() == 0 ? -1 : head.getID() - 1;
            labels[i - 1] = node.getDependencyLabel() == null ? "dep" : node.getDependencyLabel();
        }
        return input.fold(words, tags, lemmas, heads, labels);
    }

    /** Quotes and dashes as the models were trained on them. */
    static String ptbForm(String w) {
        return switch (w) {
            case "\u201c", "\u201d", "\u201e", "``", "''" -> "\"";
            case "\u2018" -> "'";
            case "\u2019" -> "'";
            case "\u2014", "\u2013" -> "--";
            default -> w;
        };
    }
}
