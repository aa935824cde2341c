package org.w3id.e2eekg.export.graph;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The colours of edges, one place for every writer: a stance edge is coloured by its stance
 * (opposing vermilion, supporting bluish green, any other stance the ontology may add
 * reddish purple), every other edge grey. Node colours belong to {@link NodeKind}.
 */
public final class Palette {
    /** Colour of an edge that is not a stance. */
    public static final String PLAIN_EDGE = "#9E9E9E";
    private static final String OTHER_STANCE = "#AA4499";
    private static final SortedMap<String, String> STANCES = new TreeMap<>(Map.of("opposes", "#D55E00", "supports", "#009E73"));

    private Palette() {}

    /** The colour of an edge with this stance, {@code #RRGGBB}. */
    public static String edgeColour(Optional<String> stance) {
        return stance.map(s -> STANCES.getOrDefault(s, OTHER_STANCE)).orElse(PLAIN_EDGE);
    }

    /** The stances that have a colour of their own, with it, sorted. */
    public static SortedMap<String, String> stanceColours() {
        return Collections.unmodifiableSortedMap(STANCES);
    }

    /** Black or white, whichever reads better on a fill of this colour. */
    public static String textOn(String fill) {
        int[] c = rgb(fill);
        double luminance = 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
        return luminance < 110 ? "#FFFFFF" : "#000000";
    }

    /** The colour as red, green and blue, 0 to 255. */
    public static int[] rgb(String colour) {
        int v = Integer.parseInt(colour.substring(1), 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }
}
