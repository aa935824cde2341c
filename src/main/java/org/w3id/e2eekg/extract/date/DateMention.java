package org.w3id.e2eekg.extract.date;

import org.w3id.e2eekg.fact.DateValue;

/**
 * A date found in a sentence.
 *
 * @param from     first token (sentence-local)
 * @param to       index after its last token
 * @param value    the date at the precision the text gives, the year supplied from the
 *                 article's date when the text leaves it out
 * @param relative true for "this week", "days later" and the like
 * @param yearOnly true for a bare year ("in 2018")
 */
public record DateMention(int from, int to, DateValue value, boolean relative, boolean yearOnly) {}
