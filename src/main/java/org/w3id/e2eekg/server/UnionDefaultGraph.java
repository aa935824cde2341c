package org.w3id.e2eekg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;

/**
 * Makes the Graph Store Protocol's default graph the union of the named graphs, as it is for
 * SPARQL: a read of {@code ?default} at the dataset's graph store endpoints is answered as
 * a read of Jena's union graph ({@code ?graph=urn:x-arq:UnionGraph}). The store's real
 * default graph is always empty, so without this a GSP client would see nothing there.
 *
 * <p>Trade-off: only reads are rewritten; a write to {@code ?default} (when writes are on)
 * still goes to the real, otherwise unused, default graph, which Jena's union does not
 * include.
 */
final class UnionDefaultGraph implements Filter {
    private static final Set<String> READS = Set.of("GET", "HEAD");
    private final Set<String> paths;

    UnionDefaultGraph(String dataset) {
        this.paths = Set.of(dataset, dataset + "/get", dataset + "/data");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (READS.contains(request.getMethod()) && request.getParameter("default") != null
                && request.getParameter("graph") == null && paths.contains(ServletSupport.path(request))) {
            chain.doFilter(new AsUnion(request), resp);
            return;
        }
        chain.doFilter(req, resp);
    }

    /** The request with {@code default} replaced by {@code graph=<union graph>}. */
    private static final class AsUnion extends HttpServletRequestWrapper {
        private final Map<String, String[]> params = new LinkedHashMap<>();

        AsUnion(HttpServletRequest request) {
            super(request);
            params.putAll(request.getParameterMap());
            params.remove("default");
            params.put("graph", new String[] {Quad.unionGraph.getURI()});
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(params);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }

        @Override
        public String getQueryString() {
            return "graph=" + Quad.unionGraph.getURI();
        }
    }
}
