package parsers.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import parsers.Parse;
import parsers.ParserAdapter;

/**
 * Stanford CoreNLP 4.5.10 through StanfordCoreNLP with
 * tokenize,ssplit,pos,lemma,ner,depparse on whitespace-tokenised, one-sentence input: what
 * adding NER costs on top of the parser.
 */
public class CoreNlpPipelineAdapter implements ParserAdapter {
    private StanfordCoreNLP pipeline;

    @Override
    public String name() {
        return "corenlp-pipeline-ner";
    }

    @Override
    public String scheme() {
        return "UD";
    }

    @Override
    public void load() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("tokenize.whitespace", "true");
        props.setProperty("ssplit.isOneSentence", "true");
        props.setProperty("tokenize.language", "en");
        pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public Parse parse(List<String> words) {
        Annotation doc = new Annotation(String.join(" ", words));
        pipeline.annotate(doc);
        CoreMap sentence = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int n = tokens.size();
        int[] heads = new int[n];
        String[] labels = new String[n];
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        for (IndexedWord root : g.getRoots()) {
            heads[root.index() - 1] = 0;
            labels[root.index() - 1] = "root";
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            heads[e.getDependent().index() - 1] = e.getGovernor().index();
            labels[e.getDependent().index() - 1] = e.getRelation().toString();
        }
        List<String> out = new ArrayList<>(n);
        List<String> tags = new ArrayList<>(n);
        List<String> ner = new ArrayList<>(n);
        for (CoreLabel t : tokens) {
            out.add(t.word());
            tags.add(t.tag());
            ner.add(t.ner());
        }
        return new Parse(out, tags, heads, labels, ner);
    }

    @Override
    public ParserAdapter fresh() {
        return new CoreNlpPipelineAdapter();
    }
}
