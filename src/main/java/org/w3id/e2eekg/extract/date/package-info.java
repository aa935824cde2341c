/**
 * The date stage: the dates a sentence gives ("4 October 2019", "last October", "days
 * later"), each with the tokens it covers and its value at the precision the text gives.
 * {@link org.w3id.e2eekg.extract.date.DateFinder} reads one sentence, given the article's
 * date and the last date the article gave; its output, {@link
 * org.w3id.e2eekg.extract.date.DateMention}, is immutable.
 */
package org.w3id.e2eekg.extract.date;
