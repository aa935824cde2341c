/**
 * Extraction: article text to facts. {@link org.w3id.e2eekg.extract.Extractor} is the stage
 * interface and {@link org.w3id.e2eekg.extract.ExtractorFactory} makes the standard one, a
 * rule-based extractor that works on the language of news text (sub-packages {@code text},
 * {@code lexicon}, {@code mention}, {@code relation}) with its knowledge kept as data in
 * {@code ontology/}.
 */
package org.w3id.e2eekg.extract;
