package org.w3id.e2eekg.fact;

/**
 * A post a person holds.
 *
 * @param person       the holder
 * @param role         the role's name without organisation or dating words ("Attorney General")
 * @param title        the title as written ("US Attorney General")
 * @param organisation where the post is held, or null
 * @param prov         evidence, rule and cue
 */
public record RoleFact(Actor person, String role, String title, Actor organisation, Provenance prov) {}
