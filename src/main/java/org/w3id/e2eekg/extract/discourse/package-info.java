/**
 * The discourse stage: who each clause of a sentence is about, and what the article has
 * said so far. {@link org.w3id.e2eekg.extract.discourse.AgentResolver} resolves the subject of
 * every clause ({@link org.w3id.e2eekg.extract.discourse.Agent}: named actors, a pronoun's or
 * "the company"'s referent, a document, or a target of the debate) and, for stance
 * composition, the referent of any noun phrase of the parse ({@link
 * org.w3id.e2eekg.extract.discourse.TreeReferents}). Between stages a sentence travels as an
 * immutable {@link org.w3id.e2eekg.extract.discourse.SentenceContext}. The one piece of state
 * that runs from sentence to sentence is the article's {@link
 * org.w3id.e2eekg.extract.discourse.Discourse}, confined to one article run.
 */
package org.w3id.e2eekg.extract.discourse;
