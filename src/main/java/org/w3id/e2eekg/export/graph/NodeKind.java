package org.w3id.e2eekg.export.graph;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.e2eekg.vocab.E2K;

/**
 * What a node is, for the eye: each kind names the ontology class it stands for and how
 * every tool draws it (colour, and a shape in each tool's own vocabulary). A node's kind is
 * the first kind, in declaration order, whose class is one of its types or a superclass of
 * one ({@link OntologyTerms#kind}); so a new subclass in the ontology (a new kind of
 * document, say) is drawn as its parent without a change here.
 *
 * <p>Colours are from the Okabe-Ito palette, which stays distinguishable for colour-blind
 * readers.
 */
public enum NodeKind {
    PERSON(E2K.Person, "#E69F00", "ellipse", "disc", "ellipse", "ellipse"),
    ORGANISATION(E2K.Organisation, "#0072B2", "roundrectangle", "square", "box", "round-rectangle"),
    PLACE(E2K.Place, "#A6761D", "triangle", "triangle", "triangle", "triangle"),
    DOCUMENT(E2K.Document, "#CC79A7", "rectangle", "square", "note", "rectangle"),
    STATISTIC(E2K.Statistic, "#56B4E9", "hexagon", "diamond", "hexagon", "hexagon"),
    TOPIC(E2K.Topic, "#444444", "octagon", "disc", "doubleoctagon", "octagon"),
    ROLE(ORG.Role, "#B0B0B0", "trapezoid", "triangle", "trapezium", "tag"),
    CONCEPT(SKOS.Concept, "#8E8E3A", "diamond", "diamond", "diamond", "diamond"),
    OTHER(null, "#DDDDDD", "ellipse", "disc", "ellipse", "ellipse");

    private final Resource type;
    private final String colour;
    private final String yedShape;
    private final String gexfShape;
    private final String dotShape;
    private final String cytoscapeShape;

    NodeKind(Resource type, String colour, String yedShape, String gexfShape, String dotShape, String cytoscapeShape) {
        this.type = type;
        this.colour = colour;
        this.yedShape = yedShape;
        this.gexfShape = gexfShape;
        this.dotShape = dotShape;
        this.cytoscapeShape = cytoscapeShape;
    }

    /** The class the kind stands for; empty for {@link #OTHER}. */
    public Optional<Resource> type() {
        return Optional.ofNullable(type);
    }

    /** The kind's name as data carries it: {@code person}, {@code organisation} ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Fill colour, {@code #RRGGBB}. */
    public String colour() {
        return colour;
    }

    /** A {@code y:Shape type} of yEd's GraphML. */
    public String yedShape() {
        return yedShape;
    }

    /** A GEXF {@code viz:shape value}. */
    public String gexfShape() {
        return gexfShape;
    }

    /** A Graphviz node shape. */
    public String dotShape() {
        return dotShape;
    }

    /** A Cytoscape.js node shape. */
    public String cytoscapeShape() {
        return cytoscapeShape;
    }
}
