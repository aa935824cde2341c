package parsers;

import java.util.List;

/** What the benchmark needs from each candidate parser. Implementations are found by ServiceLoader. */
public interface ParserAdapter {

    /** Short id used on the command line. */
    String name();

    /** "UD" (content heads, case-marked obliques) or "CLEAR" (ClearNLP/Stanford-basic style: prep heads pobj). */
    String scheme();

    /** Loads models; called once per instance, timed by the caller. */
    void load() throws Exception;

    /** Parses one pre-tokenised sentence, tagging it with the parser's own tagger. */
    Parse parse(List<String> words);

    /**
     * Parses one pre-tokenised sentence with the given Penn Treebank tags instead of the
     * parser's own tagger; null when the adapter has no such path.
     */
    default Parse parseTagged(List<String> words, List<String> ptbTags) {
        return null;
    }

    /** A fresh, unloaded instance of the same adapter (for the per-thread-instance measurement). */
    ParserAdapter fresh();
}
