package org.w3id.e2eekg.fact;

/** The three kinds of named entity, with the class of the ontology each maps to by default. */
public enum ActorKind {
    PERSON, ORGANISATION, PLACE;

    /** The lower-case name used in query results: person, organisation, place. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
