/**
 * The stance stage: who opposes or supports end-to-end encryption, read by composition over a
 * sentence's dependency parse ({@link org.w3id.e2eekg.extract.stance.StanceComposition}, the
 * entry point; {@link org.w3id.e2eekg.extract.stance.Composer}, the walk). A reading starts at
 * what the sentence is about (encryption, a backdoor, a measure) and climbs the parse to an
 * actor, multiplying the thing's effect on encryption by each governing word's polarity and
 * each negation; the result is a {@link org.w3id.e2eekg.extract.stance.Reading} with its
 * confidence, or nothing when a word on the way is unknown or the clause is a condition, a
 * question, a disclaimer or another's advice.
 *
 * <p>What the article says its measures do is gathered first, from every sentence, in a
 * per-article {@link org.w3id.e2eekg.extract.stance.MeasureEffects}: a named measure, a
 * description that refers back to it ("the bill"), and the debate's recurring measures from
 * {@code ontology/reference/measures.ttl} ({@link org.w3id.e2eekg.extract.stance.MeasureReference},
 * found in text by {@link org.w3id.e2eekg.extract.stance.ReferenceNames}). Every word the walk
 * tests comes from {@code ontology/lexicon/composition.ttl} and {@code stance.ttl} through
 * {@link org.w3id.e2eekg.extract.stance.CompositionLexicon}. The lexicon, the reference data
 * and the composer are immutable and shared by all extraction threads; a {@code
 * MeasureEffects} belongs to one article's run.
 *
 * <p>Trade-off: the walk abstains rather than guess. A reading the lists cannot compose gives
 * no stance, so recall is lower than precision by design; a wrong stance would misinform every
 * reader of the graph.
 */
package org.w3id.e2eekg.extract.stance;
