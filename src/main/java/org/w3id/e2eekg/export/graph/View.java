package org.w3id.e2eekg.export.graph;

import java.util.Locale;

/** Which graph an export shows. */
public enum View {
    /** The fact view ({@link FactView}): the facts and what they link, statements folded into edges. */
    FACT,
    /** Every triple, as stored: statements, evidence and selectors are nodes too. */
    FULL;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
