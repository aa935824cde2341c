/**
 * Word-level polarity towards end-to-end encryption: which words name a target of the
 * debate (encryption itself, a backdoor, a bill) and which way cue words turn it, read over
 * token windows by {@link org.w3id.e2eekg.extract.polarity.Polarity}. The discourse stage asks
 * it whether a clause's subject is itself a target, the document stage which demands a line
 * names, and the window stance reader what a clause's window says. Immutable and thread-safe.
 */
package org.w3id.e2eekg.extract.polarity;
