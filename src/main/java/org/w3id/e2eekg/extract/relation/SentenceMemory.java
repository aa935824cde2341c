package org.w3id.e2eekg.extract.relation;

/** What one sentence leaves for the next: whether it named a signatory ("X is one of the signatories"), so "Y is another" can follow. */
final class SentenceMemory {
    boolean lastWasMembership;
    boolean membership;
    /** the document whose demands the lines after "What are they asking for?" list, or null */
    org.w3id.e2eekg.fact.DocumentFact demandsOf;

    void next() {
        lastWasMembership = membership;
        membership = false;
    }
}
