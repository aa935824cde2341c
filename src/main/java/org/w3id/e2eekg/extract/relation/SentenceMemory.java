package org.w3id.e2eekg.extract.relation;

/** What one sentence leaves for the next: whether it named a signatory ("X is one of the signatories"), so "Y is another" can follow. */
final class SentenceMemory {
    boolean lastWasMembership;
    boolean membership;

    void next() {
        lastWasMembership = membership;
        membership = false;
    }
}
