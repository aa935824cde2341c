package parsers.nlp4j;

import edu.emory.mathcs.nlp.common.util.IOUtils;
import edu.emory.mathcs.nlp.component.pos.POSTagger;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.DecodeConfig;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import parsers.Parse;
import parsers.ParserAdapter;

/**
 * NLP4J 1.1.3 with its bundled English models (lexica, POS, NER, DEP), fed pre-tokenised
 * words as NLPNode arrays (node 0 is the artificial root).
 */
public class Nlp4jAdapter implements ParserAdapter {
    private final String name;
    private final String configPath;
    private NLPDecoder decoder;
    private List<NLPComponent<NLPNode>> withoutTagger;

    public Nlp4jAdapter() {
        this("nlp4j", "edu/emory/mathcs/nlp/configuration/config-decode-en.xml");
    }

    protected Nlp4jAdapter(String name, String configPath) {
        this.name = name;
        this.configPath = configPath;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String scheme() {
        return "CLEAR";
    }

    @Override
    public void load() throws Exception {
        // -Dnlp4j.config=FILE swaps the bundled decode configuration (for the no-NER experiment).
        String path = System.getProperty("nlp4j.config", configPath);
        try (InputStream config = IOUtils.getInputStream(path)) {
            decoder = new NLPDecoder(new DecodeConfig(config));
        }
        withoutTagger = new ArrayList<>();
        for (NLPComponent<NLPNode> c : decoder.getComponents()) {
            if (!(c instanceof POSTagger)) {
                withoutTagger.add(c);
            }
        }
    }

    private static NLPNode[] nodes(List<String> words) {
        NLPNode[] nodes = new NLPNode[words.size() + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int i = 0; i < words.size(); i++) {
            NLPNode n = new NLPNode();
            n.setID(i + 1);
            n.setWordForm(words.get(i));
            nodes[i + 1] = n;
        }
        return nodes;
    }

    @Override
    public Parse parse(List<String> words) {
        NLPNode[] nodes = nodes(words);
        decoder.decode(nodes);
        return toParse(nodes);
    }

    @Override
    public Parse parseTagged(List<String> words, List<String> ptbTags) {
        NLPNode[] nodes = nodes(words);
        for (int i = 0; i < ptbTags.size(); i++) {
            nodes[i + 1].setPartOfSpeechTag(ptbTags.get(i));
        }
        for (NLPComponent<NLPNode> c : withoutTagger) {
            c.process(nodes);
        }
        return toParse(nodes);
    }

    private static Parse toParse(NLPNode[] nodes) {
        int n = nodes.length - 1;
        List<String> words = new ArrayList<>(n);
        List<String> tags = new ArrayList<>(n);
        List<String> ner = new ArrayList<>(n);
        int[] heads = new int[n];
        String[] labels = new String[n];
        for (int i = 1; i <= n; i++) {
            NLPNode node = nodes[i];
            words.add(node.getWordForm());
            tags.add(node.getPartOfSpeechTag());
            ner.add(node.getNamedEntityTag());
            NLPNode head = node.getDependencyHead();
            heads[i - 1] = head == null ? -1 : head.getID();
            labels[i - 1] = node.getDependencyLabel();
        }
        return new Parse(words, tags, heads, labels, ner);
    }

    @Override
    public ParserAdapter fresh() {
        return new Nlp4jAdapter(name, configPath);
    }
}
