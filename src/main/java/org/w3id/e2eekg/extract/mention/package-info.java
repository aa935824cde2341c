/**
 * Named-entity recognition: finds the names of actors (persons, organisations, places) and
 * the titles of posts in each sentence, then resolves mentions across the article to one
 * {@link org.w3id.e2eekg.fact.Actor} each (a surname to the full name, an acronym to what it
 * abbreviates, "the Commission" to the European Commission).
 */
package org.w3id.e2eekg.extract.mention;
