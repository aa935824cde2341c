package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small shared bits of the server's own servlets: paths, plain-text errors and bodies. */
final class ServletSupport {
    private ServletSupport() {}

    /**
     * The request's path inside the server as the container dispatched it: decoded, without
     * path parameters, dot segments resolved ({@code /id/org/nspcc}). Servlets decide on
     * this, never on the raw request URI, so that they judge the path they were reached by.
     */
    static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String info = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (info == null ? "" : info);
    }

    /**
     * The request's path as sent, still percent-encoded, without the context path: what a
     * linked data IRI under the root is spelled as ({@code /id/org/nspcc}).
     */
    static String rawPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A 404: an HTML page with the message and a search box holding the last words of the
     * path for a browser, plain text for any other client.
     */
    static void notFound(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        boolean html = Negotiation.choose(request.getHeader("Accept"), List.of("text/plain", Negotiation.HTML))
                .filter(Negotiation.HTML::equals).isPresent();
        if (!html) {
            error(response, HttpServletResponse.SC_NOT_FOUND, message);
            return;
        }
        String path = path(request);
        String last = path.substring(path.lastIndexOf('/', Math.max(0, path.length() - 2)) + 1).replaceAll("[-_/]+", " ").strip();
        byte[] page = Html.page("Not found", "", "<h1>Not found</h1>\n<p>" + Html.text(message) + "</p>\n"
                + "<p>Search for it by name, or by a word of a sentence:</p>\n" + Html.searchForm(last)
                + "<p>Or browse the <a href=\"/id/\">index of everything the graph names</a>.</p>\n")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        send(response, "text/html;charset=utf-8", page);
    }

    static void notAcceptable(HttpServletResponse response, List<String> offers) throws IOException {
        error(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable; offered: " + String.join(", ", offers));
    }

    static void html(HttpServletResponse response, String page) throws IOException {
        send(response, "text/html;charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** A complete body, with its length. */
    static void send(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
