package org.w3id.e2eekg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Lets the response buffer of Fuseki's endpoints hold back the first part of an answer
 * ({@link StreamedAnswer}): Jena's result writers flush their output when they finish a
 * part, and a flush sends the response, status and all, before the answer is known to be
 * whole. Here flushes are ignored; the buffer is sent when it is full or the request ends.
 *
 * <p>Trade-off: a client of a slow, large answer gets its first bytes when the buffer
 * fills, not at the first row; answers are not meant to be read as a live feed.
 */
final class HeldBackAnswers implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new Response((HttpServletResponse) response));
    }

    private static final class Response extends HttpServletResponseWrapper {
        private ServletOutputStream out;

        Response(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new Unflushed(super.getOutputStream());
            }
            return out;
        }
    }

    private static final class Unflushed extends ServletOutputStream {
        private final ServletOutputStream out;

        Unflushed(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            // held back: the container sends the buffer when it is full or the request ends
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
