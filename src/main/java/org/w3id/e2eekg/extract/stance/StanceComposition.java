package org.w3id.e2eekg.extract.stance;

import java.util.List;
import java.util.Set;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.syntax.DependencyTree;

/**
 * The stance stage: reads who supports or opposes end-to-end encryption in a parsed
 * sentence by composing the effect of what the sentence is about with the attitudes that
 * govern it ({@link Composer}). Made once from the lexicon; thread-safe. A run over one
 * article keeps its {@link MeasureEffects}, made by {@link #measureEffects()}.
 */
public final class StanceComposition {
    private final Composer composer;
    private final CompositionLexicon lexicon;
    private final java.util.Map<String, String> families;
    private final Set<String> ruleMaking;

    private final MeasureReference reference;

    public StanceComposition(Lexicon lex) {
        this(lex, MeasureReference.load());
    }

    /** With the given reference measures ({@link MeasureReference#empty()} to read articles on their own). */
    public StanceComposition(Lexicon lex, MeasureReference reference) {
        this.reference = reference;
        this.lexicon = new CompositionLexicon(lex);
        this.composer = new Composer(lexicon, Set.copyOf(lex.lower("retreatLemmas")), ReferenceNames.of(reference, lex.tokenizer()));
        this.families = java.util.Map.copyOf(lex.pairs("measureFamilies"));
        this.ruleMaking = Set.copyOf(lex.lower("ruleMakingFamilies"));
    }

    /** A fresh record of measure effects for one article. */
    public MeasureEffects measureEffects() {
        return new MeasureEffects(families, ruleMaking, reference);
    }

    /**
     * Records what a sentence says the measures it names do to encryption, without reading
     * any stance: the first pass over an article, so that "the proposal" early on is read
     * with what a later sentence says it does.
     */
    public void observeMeasures(AnalysedSentence sentence, DependencyTree tree, MeasureEffects measures) {
        composer.read(new StanceSentence(sentence, tree, NO_REFERENTS, List.of(), measures));
    }

    private static final StanceSentence.Referents NO_REFERENTS = new StanceSentence.Referents() {
        @Override
        public StanceSentence.Referent at(int token) {
            return StanceSentence.Referent.NONE;
        }

        @Override
        public boolean affiliated(org.w3id.e2eekg.fact.Actor speaker, List<org.w3id.e2eekg.fact.Actor> actors) {
            return false;
        }
    };

    /** The stances one sentence expresses. */
    public List<Reading> read(StanceSentence sentence) {
        return composer.read(sentence);
    }
}
