package org.w3id.e2eekg.fact;

/** What an actor wants instead of end-to-end encryption; names follow the ontology's e2k:Demand concepts. */
public enum Demand {
    Backdoor, LawfulAccess, Decryption, HaltRollout, Scanning
}
