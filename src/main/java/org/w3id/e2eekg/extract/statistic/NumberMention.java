package org.w3id.e2eekg.extract.statistic;

import java.math.BigDecimal;

/**
 * A figure found in a sentence.
 *
 * @param from      first token of the figure (hedge excluded)
 * @param to        index after the figure and its unit words
 * @param value     the number; a percentage in percent
 * @param unit      plural noun, "percent" or a currency code
 * @param written   the figure as written ("16.8 million", "seven in ten")
 * @param qualifier the hedge before it ("more than"), or null
 * @param measure   what it counts, as written ("online grooming crimes"), or null
 */
record NumberMention(int from, int to, BigDecimal value, String unit, String written, String qualifier, String measure) {}
