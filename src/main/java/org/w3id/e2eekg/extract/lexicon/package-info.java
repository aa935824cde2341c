/**
 * The loader's knowledge, read from the Turtle files of {@code ontology/lexicon} and
 * {@code ontology/reference}: word lists with their attributes, and the gazetteer of known
 * actors with their aliases. Rules ask this package what a word is; they never spell a word
 * themselves.
 */
package org.w3id.e2eekg.extract.lexicon;
