package org.w3id.e2eekg.export.graph;

import org.apache.jena.shared.PrefixMapping;

/**
 * Names of attributes, made from the properties they come from: the prefixed name with
 * {@code _} for {@code :} ({@code rdfs:label} gives {@code rdfs_label}), which is a valid
 * name in GraphML keys, GEXF attribute ids, DOT and JavaScript alike; a property without a
 * known prefix gives its local name. A few names are the writers' own and never come from
 * a property: {@link #LABEL}, {@link #KIND}, {@link #TYPES}, {@link #STANCE}, {@link #PREDICATE},
 * {@link #START}.
 */
public final class AttributeNames {
    public static final String LABEL = "label";
    public static final String KIND = "kind";
    public static final String TYPES = "types";
    public static final String STANCE = "stance";
    public static final String PREDICATE = "predicate";
    /** Earliest date of an edge, {@code YYYY-MM-DD}. */
    public static final String START = "start";

    /** The fact view's evidence sentences: its statements' {@code rdfs:comment}. */
    public static final String SENTENCES = "rdfs_comment";
    /** The fact view's articles: its statements' {@code dcterms:source}. */
    public static final String ARTICLES = "dcterms_source";

    private final PrefixMapping prefixes;

    AttributeNames(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    /** The attribute name for a property. */
    String of(String property) {
        String q = prefixes.qnameFor(property);
        if (q == null) {
            int cut = Math.max(property.lastIndexOf('#'), property.lastIndexOf('/'));
            q = property.substring(cut + 1);
        }
        String name = q.replace(':', '_').replaceAll("[^A-Za-z0-9_]", "_");
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "p_" + name : name;
    }
}
