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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the server read-only to the world. A request that could write (SPARQL Update,
 * Graph Store writes, uploads, any PUT, DELETE or PATCH) or administer ({@code /$/backup},
 * {@code /$/compact}, {@code /$/tasks}, {@code /$/datasets} ...) needs the {@link AdminLogin}
 * over HTTP Basic: without it the answer is 401 with a challenge. A server started without
 * a login refuses such requests outright (403), whatever is sent.
 *
 * <p>Everything else, queries included (POSTed ones too), passes untouched. The filter
 * runs after Fuseki's CORS filter, so refusals still carry CORS headers, and before
 * Fuseki's dispatch, so a refused request never reaches the dataset.
 *
 * <p>Trade-off: the rules are by path and method, not by Fuseki operation, so they must
 * name the write endpoints the server offers ({@link KgServer} offers writes only at
 * {@code update}, {@code upload} and {@code data}); an unknown path is simply not
 * protected, which is safe because the dataset's other endpoints are read-only.
 */
final class AccessGuard implements Filter {
    static final String REALM = "e2ee-kg";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> ADMIN = List.of("/$/datasets", "/$/backup", "/$/backups", "/$/backups-list",
            "/$/compact", "/$/tasks", "/$/reload", "/$/logs", "/$/sleep");

    private final String dataset;
    private final Optional<AdminLogin> login;

    AccessGuard(String dataset, Optional<AdminLogin> login) {
        this.dataset = dataset;
        this.login = login;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String raw = path(request);
        if (!isGuarded(request.getMethod(), raw) && !isGuarded(request.getMethod(), normalized(raw))) {
            chain.doFilter(req, resp);
            return;
        }
        if (login.isEmpty()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "This server is read-only: writes and administration are off (start it with a password).");
            return;
        }
        if (!login.get().accepts(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Authentication required.");
            return;
        }
        chain.doFilter(req, resp);
    }

    /** True for a request that could write or administer. */
    boolean isGuarded(String method, String path) {
        for (String admin : ADMIN) {
            if (path.equals(admin) || path.startsWith(admin + "/")) {
                return true;
            }
        }
        for (String write : List.of("/update", "/upload", "/patch")) {
            if (path.equals(dataset + write) || path.startsWith(dataset + write + "/")) {
                return true;
            }
        }
        if (READ_METHODS.contains(method)) {
            return false;
        }
        if (method.equals("POST")) {
            // POST is a query at the query endpoints and the dataset itself, a write at the graph store
            return path.equals(dataset + "/data") || path.startsWith(dataset + "/data/");
        }
        return true;
    }

    /**
     * The path decoded and normalised ({@code /kg/%75pdate}, {@code /kg/./update} are
     * {@code /kg/update}): the guard checks both forms, so that no spelling of a write
     * endpoint slips past it, whichever form the dispatch behind it uses.
     */
    static String normalized(String raw) {
        try {
            String p = URI.create("http://host" + raw).normalize().getPath();
            return p == null ? raw : p.replaceAll("/{2,}", "/");
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /**
     * Answers without reading the request's body; the connection is closed after the answer,
     * since the unread body would otherwise be taken for the next request on it.
     */
    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=utf-8");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
