package parsers.corenlpsr;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.shiftreduce.ShiftReduceParser;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.util.ArrayList;
import java.util.List;
import parsers.Parse;
import parsers.ParserAdapter;

/**
 * Stanford CoreNLP 4.5.10: default tagger, then the shift-reduce constituency parser
 * (englishSR, from the models-english jar) and CoreNLP's conversion of the tree to basic UD.
 */
public class CoreNlpSrAdapter implements ParserAdapter {
    private MaxentTagger tagger;
    private ShiftReduceParser parser;

    @Override
    public String name() {
        return "corenlp-sr";
    }

    @Override
    public String scheme() {
        return "UD";
    }

    @Override
    public void load() {
        tagger = new MaxentTagger(MaxentTagger.DEFAULT_JAR_PATH);
        parser = ShiftReduceParser.loadModel("edu/stanford/nlp/models/srparser/englishSR.ser.gz");
    }

    @Override
    public Parse parse(List<String> words) {
        List<Word> in = new ArrayList<>(words.size());
        for (String w : words) {
            in.add(new Word(w));
        }
        return toParse(words, tagger.tagSentence(in));
    }

    @Override
    public Parse parseTagged(List<String> words, List<String> ptbTags) {
        List<TaggedWord> tagged = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            tagged.add(new TaggedWord(words.get(i), ptbTags.get(i)));
        }
        return toParse(words, tagged);
    }

    private Parse toParse(List<String> words, List<TaggedWord> tagged) {
        Tree tree = parser.apply(tagged);
        GrammaticalStructure gs = new UniversalEnglishGrammaticalStructure(tree);
        int n = words.size();
        int[] heads = new int[n];
        String[] labels = new String[n];
        for (TypedDependency td : gs.typedDependencies()) {
            int d = td.dep().index();
            heads[d - 1] = td.gov().index();
            labels[d - 1] = td.reln().toString();
        }
        List<String> tags = new ArrayList<>(n);
        for (TaggedWord tw : tagged) {
            tags.add(tw.tag());
        }
        return new Parse(words, tags, heads, labels, null);
    }

    @Override
    public ParserAdapter fresh() {
        return new CoreNlpSrAdapter();
    }
}
