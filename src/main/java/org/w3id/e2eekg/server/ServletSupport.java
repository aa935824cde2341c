package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small shared bits of the server's own servlets: plain-text errors and HTML bodies. */
final class ServletSupport {
    private ServletSupport() {}

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void notAcceptable(HttpServletResponse response, List<String> offers) throws IOException {
        error(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable; offered: " + String.join(", ", offers));
    }

    static void html(HttpServletResponse response, String page) throws IOException {
        response.setContentType("text/html;charset=utf-8");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
