/**
 * Facts: the typed, source-anchored output of extraction and the input of the graph stage.
 * Each fact names its evidence (the sentence spans it came from) and the rule that found
 * it. Nothing here knows how facts are found or how they become RDF.
 */
package org.w3id.e2eekg.fact;
