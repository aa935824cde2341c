package parsers.clearnlp;

import edu.emory.clir.clearnlp.component.AbstractComponent;
import edu.emory.clir.clearnlp.component.mode.dep.DEPConfiguration;
import edu.emory.clir.clearnlp.component.utils.GlobalLexica;
import edu.emory.clir.clearnlp.component.utils.NLPUtils;
import edu.emory.clir.clearnlp.dependency.DEPNode;
import edu.emory.clir.clearnlp.dependency.DEPTree;
import edu.emory.clir.clearnlp.util.lang.TLanguage;
import java.util.ArrayList;
import java.util.List;
import parsers.Parse;
import parsers.ParserAdapter;

/**
 * ClearNLP 3.2.0 (NLP4J's predecessor, Apache-2.0) with the general-en POS and DEP models
 * and the Brown-cluster lexicon from Maven Central, fed pre-tokenised words as a DEPTree.
 */
public class ClearNlpAdapter implements ParserAdapter {
    private AbstractComponent tagger;
    private AbstractComponent morph;
    private AbstractComponent parser;

    @Override
    public String name() {
        return "clearnlp";
    }

    @Override
    public String scheme() {
        return "CLEAR";
    }

    @Override
    public void load() {
        // Global, static state in ClearNLP: the lexicon is shared by every parser in the JVM.
        GlobalLexica.initDistributionalSemanticsWords(List.of("brown-rcv1.clean.tokenized-CoNLL03.txt-c1000-freq1.txt.xz"));
        tagger = NLPUtils.getPOSTagger(TLanguage.ENGLISH, "general-en-pos.xz");
        morph = NLPUtils.getMPAnalyzer(TLanguage.ENGLISH);
        parser = NLPUtils.getDEPParser(TLanguage.ENGLISH, "general-en-dep.xz", new DEPConfiguration("root"));
    }

    @Override
    public Parse parse(List<String> words) {
        DEPTree tree = new DEPTree(words);
        tagger.process(tree);
        morph.process(tree);
        parser.process(tree);
        return toParse(tree, words.size());
    }

    @Override
    public Parse parseTagged(List<String> words, List<String> ptbTags) {
        DEPTree tree = new DEPTree(words);
        for (int i = 0; i < words.size(); i++) {
            tree.get(i + 1).setPOSTag(ptbTags.get(i));
        }
        morph.process(tree);
        parser.process(tree);
        return toParse(tree, words.size());
    }

    private static Parse toParse(DEPTree tree, int n) {
        List<String> words = new ArrayList<>(n);
        List<String> tags = new ArrayList<>(n);
        int[] heads = new int[n];
        String[] labels = new String[n];
        for (int i = 1; i <= n; i++) {
            DEPNode node = tree.get(i);
            words.add(node.getWordForm());
            tags.add(node.getPOSTag());
            heads[i - 1] = node.getHead() == null ? -1 : node.getHead().getID();
            labels[i - 1] = node.getLabel();
        }
        return new Parse(words, tags, heads, labels, null);
    }

    @Override
    public ParserAdapter fresh() {
        return new ClearNlpAdapter();
    }
}
