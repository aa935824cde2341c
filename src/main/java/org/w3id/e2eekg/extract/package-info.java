/**
 * Extraction: article text to facts. {@link org.w3id.e2eekg.extract.Extractor} is the stage
 * interface and {@link org.w3id.e2eekg.extract.ExtractorFactory} makes the standard one, a
 * rule-based extractor that works on the language of news text, with its knowledge kept as
 * data in {@code ontology/} (sub-package {@code lexicon}).
 *
 * <p>The stages, each a package: {@code text} (tokens, sentences, tags), {@code mention}
 * (names, titles, actors), {@code syntax} (dependency parses and shallow clauses), {@code
 * date}, {@code polarity} (targets and cue words), {@code discourse} (who each clause is
 * about, and what the article has said so far), {@code role}, {@code document}, {@code
 * stance} (stances composed over the parse) and {@code statistic}. This package runs them
 * over an article: the stages of a sentence hand each other immutable values, and the state
 * one sentence leaves for the next lives in one run per article, on the caller's thread.
 * Every extractor is thread-safe.
 */
package org.w3id.e2eekg.extract;
