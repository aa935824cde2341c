package org.w3id.e2eekg.extract.document;

import java.util.HashMap;
import java.util.Map;

import org.w3id.e2eekg.fact.DateValue;
import org.w3id.e2eekg.fact.DocumentFact;

/**
 * What the document stage carries from one sentence to the next within an article: whether
 * the last sentence named a signatory ("X is one of the signatories"), so that "Y is
 * another" can follow, whose demands the lines after "What are they asking for?" list, and
 * whose signatories the list items after "It was signed by:" name, and the date of each event
 * noun a sentence dated ("a briefing on Tuesday"), for "Alongside the briefing, ...".
 * One per article run, confined to that run's thread; only {@link DocumentReader} reads or
 * changes it.
 */
public final class DocumentMemory {
    private boolean lastWasMembership;
    private boolean membership;
    private DocumentFact.Builder demandsOf;
    private DocumentFact.Builder signatoryList;
    private final Map<String, DateValue> eventDates = new HashMap<>();

    /** The sentence named a signatory of the document under discussion. */
    void membership() {
        membership = true;
    }

    /** Whether the sentence before named a signatory. */
    boolean followsMembership() {
        return lastWasMembership;
    }

    /** The document whose demands the following lines list, or null. */
    DocumentFact.Builder demandsOf() {
        return demandsOf;
    }

    void demandsOf(DocumentFact.Builder doc) {
        demandsOf = doc;
    }

    /** The document whose signatories the following list items name ("signed by:"), or null. */
    DocumentFact.Builder signatoryList() {
        return signatoryList;
    }

    void signatoryList(DocumentFact.Builder doc) {
        signatoryList = doc;
    }

    /** A sentence with this one date named this common noun (lower case). */
    void dated(String noun, DateValue date) {
        eventDates.put(noun, date);
    }

    /** The date of the last sentence with one date that named this common noun, or null. */
    DateValue dateOf(String noun) {
        return eventDates.get(noun);
    }

    /** The sentence is over. */
    void next() {
        lastWasMembership = membership;
        membership = false;
    }
}
