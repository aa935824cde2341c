package org.w3id.e2eekg.export.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starting positions for tools that draw a file as it comes (yEd draws GraphML at the
 * positions it gives; Gephi starts from GEXF's): a force-directed layout in the manner of
 * Fruchterman and Reingold, started from a circle in node order, with a fixed number of
 * cooling steps and no randomness, so the same graph always gets the same positions.
 * Coordinates are rounded to one decimal so that files do not differ in the last digits.
 *
 * <p>Trade-off: the repulsion is computed between every pair of nodes, which is quadratic;
 * above {@value #MAX_FORCE_NODES} nodes the circle is kept as it is, and the tools' own
 * layouts take over.
 */
final class Layout {
    static final int MAX_FORCE_NODES = 1500;
    private static final int STEPS = 300;

    /** A position. */
    record Point(double x, double y) {}

    private Layout() {}

    static Map<String, Point> of(PropertyGraph graph) {
        List<GraphNode> nodes = graph.nodes();
        int n = nodes.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).id(), i);
        }
        double side = 100 * Math.sqrt(Math.max(n, 1));
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / Math.max(n, 1);
            x[i] = side / 2 * Math.cos(angle);
            y[i] = side / 2 * Math.sin(angle);
        }
        if (n <= MAX_FORCE_NODES) {
            relax(graph, index, x, y, side);
        }
        Map<String, Point> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(nodes.get(i).id(), new Point(Math.round(x[i] * 10) / 10.0, Math.round(y[i] * 10) / 10.0));
        }
        return out;
    }

    private static void relax(PropertyGraph graph, Map<String, Integer> index, double[] x, double[] y, double side) {
        int n = x.length;
        double k = side / Math.sqrt(Math.max(n, 1));
        double temperature = side / 10;
        for (int step = 0; step < STEPS; step++) {
            double[] dx = new double[n];
            double[] dy = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ddx = x[i] - x[j];
                    double ddy = y[i] - y[j];
                    double d2 = Math.max(ddx * ddx + ddy * ddy, 0.01);
                    double f = k * k / d2;
                    dx[i] += ddx * f;
                    dy[i] += ddy * f;
                    dx[j] -= ddx * f;
                    dy[j] -= ddy * f;
                }
            }
            for (GraphEdge e : graph.edges()) {
                int a = index.get(e.source());
                int b = index.get(e.target());
                double ddx = x[a] - x[b];
                double ddy = y[a] - y[b];
                double d = Math.max(Math.sqrt(ddx * ddx + ddy * ddy), 0.1);
                double f = d / k;
                dx[a] -= ddx * f;
                dy[a] -= ddy * f;
                dx[b] += ddx * f;
                dy[b] += ddy * f;
            }
            for (int i = 0; i < n; i++) {
                double len = Math.max(Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]), 0.01);
                double move = Math.min(len, temperature);
                x[i] += dx[i] / len * move;
                y[i] += dy[i] / len * move;
            }
            temperature *= 0.985;
        }
    }
}
