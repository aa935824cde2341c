package org.w3id.e2eekg.fact;

/** A position on end-to-end encryption. */
public enum Stance {
    OPPOSES, SUPPORTS;

    public static Stance of(int sign) {
        return sign < 0 ? OPPOSES : SUPPORTS;
    }
}
