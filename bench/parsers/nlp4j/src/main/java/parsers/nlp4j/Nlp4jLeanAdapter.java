package parsers.nlp4j;

/**
 * NLP4J with only what the tagger and the parser read: the POS and DEP models, the ambiguity
 * classes and the Brown clusters. Without NER, the gazetteers and the 185 MB word embeddings
 * the parses are identical (checked on every test and article sentence), load is faster and
 * the heap is smaller; the nlp4j-lean module's shaded jar leaves the unused files out.
 */
public class Nlp4jLeanAdapter extends Nlp4jAdapter {
    public Nlp4jLeanAdapter() {
        super("nlp4j-lean", "parsers/nlp4j/config-decode-lean.xml");
    }
}
