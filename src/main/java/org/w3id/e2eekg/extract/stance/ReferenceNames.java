package org.w3id.e2eekg.extract.stance;

import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.text.Tokenizer;

/**
 * Finds the reference measures' names of two or more words in running text, whatever their
 * capitals ("chat control", "the Child Sexual Abuse Regulation"), where the name of a law is
 * not marked by the mention stage. Immutable and thread-safe.
 */
final class ReferenceNames {
    /**
     * A reference measure's name in a sentence.
     *
     * @param to   the token after it
     * @param head the word that says what kind of measure it is, for "the regulation" later
     */
    record Found(int to, String head) {}

    private final PhraseMatcher names;
    private final Map<String, String> heads;

    private ReferenceNames(PhraseMatcher names, Map<String, String> heads) {
        this.names = names;
        this.heads = Map.copyOf(heads);
    }

    static ReferenceNames of(MeasureReference reference, Tokenizer tokenizer) {
        PhraseMatcher.Builder b = PhraseMatcher.builder(tokenizer);
        Map<String, String> heads = new HashMap<>();
        for (MeasureReference.Label l : reference.labels()) {
            b.add(l.written(), CompositionLexicon.MEASURE);
            heads.put(l.written(), l.head());
        }
        return new ReferenceNames(b.build(), heads);
    }

    /** The reference name starting at token i, outside any actor's name, or null. */
    Found at(AnalysedSentence a, int i) {
        PhraseMatcher.Match m = names.at(a.tokens(), i);
        if (m == null) {
            return null;
        }
        for (int k = m.from(); k < m.to(); k++) {
            if (a.mentionAt(k) != null) {
                return null;
            }
        }
        return new Found(m.to(), heads.getOrDefault(m.entry(), m.entry().toLowerCase(Locale.ROOT)));
    }
}
