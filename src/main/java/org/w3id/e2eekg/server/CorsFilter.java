package org.w3id.e2eekg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin resource sharing, in two tiers.
 *
 * <ul>
 *   <li>Any origin may read: {@code Access-Control-Allow-Origin: *}, never with
 *       {@code Access-Control-Allow-Credentials}, so a page on another site can query the
 *       endpoint but a browser never attaches the user's credentials for it. Its preflight
 *       offers {@code GET}, {@code HEAD} and {@code POST} with the headers a query needs, and
 *       not {@code Authorization}.</li>
 *   <li>The origins given to {@code serve --cors-origin} (none by default) may also write:
 *       their own origin is echoed with {@code Access-Control-Allow-Credentials: true}, and
 *       their preflight offers {@code PUT}, {@code DELETE}, {@code PATCH} and
 *       {@code Authorization}. The login is still needed; this only lets their pages send it.</li>
 * </ul>
 *
 * <p>A preflight asking for more than its tier offers is answered 403 without CORS headers,
 * so the browser stops there. Every answer carries {@code Vary: Origin}.
 *
 * <p>Why not Fuseki's or Jetty's filter: both echo the request's origin rather than send
 * {@code *}, and have one credentials setting for every origin, which is how the server
 * came to grant credentials to any site.
 */
final class CorsFilter implements Filter {
    private static final List<String> READ_METHODS = List.of("GET", "HEAD", "POST");
    private static final List<String> WRITE_METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final List<String> READ_HEADERS = List.of("Accept", "Accept-Language", "Content-Type", "X-Requested-With");
    private static final List<String> WRITE_HEADERS = List.of("Accept", "Accept-Language", "Content-Type", "X-Requested-With",
            "Authorization");
    private static final String EXPOSED = "Content-Length, ETag, Location, Retry-After";
    private static final String MAX_AGE = "600";

    private final Set<String> writeOrigins;

    CorsFilter(List<String> writeOrigins) {
        this.writeOrigins = Set.copyOf(writeOrigins);
    }

    /**
     * Fails unless {@code origin} is a web origin as browsers send it: {@code http} or
     * {@code https}, a host, an optional port, and nothing else.
     */
    static void checkOrigin(String origin) {
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme();
            boolean web = scheme != null && (scheme.equals("http") || scheme.equals("https"));
            if (!web || uri.getHost() == null || uri.getRawUserInfo() != null || !uri.getRawPath().isEmpty()
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("'" + origin + "' is not a web origin (like https://app.example.org)");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + origin + "' is not a web origin (like https://app.example.org)", e);
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        response.addHeader("Vary", "Origin");
        String origin = request.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(req, resp);
            return;
        }
        boolean trusted = writeOrigins.contains(origin);
        String asked = request.getHeader("Access-Control-Request-Method");
        if (request.getMethod().equals("OPTIONS") && asked != null) {
            preflight(origin, trusted, asked, request.getHeader("Access-Control-Request-Headers"), response);
            return;
        }
        allowOrigin(origin, trusted, response);
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        chain.doFilter(req, resp);
    }

    private static void preflight(String origin, boolean trusted, String method, String headers,
                                  HttpServletResponse response) throws IOException {
        List<String> methods = trusted ? WRITE_METHODS : READ_METHODS;
        List<String> allowedHeaders = trusted ? WRITE_HEADERS : READ_HEADERS;
        if (!methods.contains(method) || !allAllowed(headers, allowedHeaders)) {
            ServletSupport.error(response, HttpServletResponse.SC_FORBIDDEN,
                    "Cross-origin " + method + " with these headers is not offered to " + origin);
            return;
        }
        allowOrigin(origin, trusted, response);
        response.setHeader("Access-Control-Allow-Methods", String.join(", ", methods));
        response.setHeader("Access-Control-Allow-Headers", String.join(", ", allowedHeaders));
        response.setHeader("Access-Control-Max-Age", MAX_AGE);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static void allowOrigin(String origin, boolean trusted, HttpServletResponse response) {
        if (trusted) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
        } else {
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
    }

    private static boolean allAllowed(String requested, List<String> allowed) {
        if (requested == null || requested.isBlank()) {
            return true;
        }
        Set<String> lower = Set.copyOf(allowed.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        return Arrays.stream(requested.split(",")).map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).allMatch(lower::contains);
    }
}
