package org.w3id.e2eekg.fact;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.ArrayList;

/**
 * A person, organisation or place that an article names. Mutable while the article is being
 * read (names and mentions accumulate); frozen in effect once facts are handed on.
 */
public final class Actor {
    private final String key;
    private ActorKind kind;
    private String type;
    private String label;
    private final String referenceId;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<Span> mentions = new TreeSet<>();
    private boolean named;

    /**
     * @param key         identity within the article and, through the IRI minted from it, across
     *                    articles: the reference id ({@code org/nspcc}) or kind and slug
     * @param kind        person, organisation or place
     * @param type        local name of the most specific ontology class (Company, Country...)
     * @param label       the name as the article writes it in full
     * @param referenceId the id in the reference data, or null for actors found only in text
     */
    public Actor(String key, ActorKind kind, String type, String label, String referenceId) {
        this.key = key;
        this.kind = kind;
        this.type = type;
        this.label = label;
        this.referenceId = referenceId;
        aliases.add(label);
    }

    public String key() {
        return key;
    }

    public ActorKind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    public String label() {
        return label;
    }

    public String referenceId() {
        return referenceId;
    }

    public Set<String> aliases() {
        return aliases;
    }

    public Set<Span> mentions() {
        return mentions;
    }

    /** True once the article names the actor (not only by a demonym or a pronoun). */
    public boolean named() {
        return named;
    }

    public void markNamed() {
        named = true;
    }

    public void addAlias(String alias) {
        aliases.add(alias);
    }

    public void addMention(Span span) {
        mentions.add(span);
    }

    public void setLabel(String label) {
        this.label = label;
        aliases.add(label);
    }

    public void setType(ActorKind kind, String type) {
        this.kind = kind;
        this.type = type;
    }

    public List<String> sortedAliases() {
        List<String> out = new ArrayList<>(aliases);
        out.sort(null);
        return out;
    }

    public boolean isCountry() {
        return "Country".equals(type);
    }

    /** A country (as its government) or a body of a government: a ministry, an agency, a regulator. */
    public boolean isGovernment() {
        return isCountry() || "GovernmentBody".equals(type);
    }

    /** A parliament or one of its chambers, which bills are put before. */
    public boolean isLegislature() {
        return "Legislature".equals(type);
    }

    @Override
    public String toString() {
        return label + " [" + key + "]";
    }
}
