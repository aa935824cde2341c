package org.w3id.e2eekg.fact;

/**
 * Where a fact came from: the sentence span, the rule that found it and the words it keyed on.
 *
 * @param evidence the sentence span
 * @param rule     the extraction rule's name
 * @param cue      the cue words, or an empty string
 */
public record Provenance(Span evidence, String rule, String cue) {
    public Provenance {
        cue = cue == null ? "" : cue;
    }
}
