package org.w3id.e2eekg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;

/**
 * Answers 413 to a request whose body is larger than the limit, however it is sent. A
 * declared {@code Content-Length} over the limit is refused before anything is read; a
 * chunked body is counted as it is read, and once past the limit the read fails. Whatever
 * error the reader then reports (Fuseki answers a failed read with 400 or 500), the answer
 * becomes 413.
 *
 * <p>Jetty's {@link org.eclipse.jetty.server.handler.SizeLimitHandler} stays in front as a
 * backstop for what does not read through the servlet stream (form parameters); on its own
 * it let a chunked upload end in a 500.
 */
final class RequestSizeLimit implements Filter {
    private static final int SC_REQUEST_ENTITY_TOO_LARGE = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
    private final long limit;

    RequestSizeLimit(long limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close");
            ServletSupport.error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, message());
            return;
        }
        Counted counted = new Counted(request);
        chain.doFilter(counted, new TooLargeAware(response, counted));
    }

    private String message() {
        return "Request body too large: the limit is " + limit + " bytes.";
    }

    /** The request, its body counted as it is read. */
    private final class Counted extends HttpServletRequestWrapper {
        private boolean exceeded;
        private ServletInputStream stream;

        Counted(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        private final class CountingStream extends ServletInputStream {
            private final ServletInputStream in;
            private long count;

            CountingStream(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                int b;
                try {
                    b = in.read();
                } catch (IOException | RuntimeException e) {
                    throw failed(e);
                }
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n;
                try {
                    n = in.read(buffer, offset, length);
                } catch (IOException | RuntimeException e) {
                    throw failed(e);
                }
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            /** Notes a read failed by Jetty's own limit (a 413 somewhere in the causes); returns an IOException. */
            private IOException failed(Exception e) {
                for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                    if (t instanceof HttpException http && http.getCode() == SC_REQUEST_ENTITY_TOO_LARGE) {
                        exceeded = true;
                    }
                }
                return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }

            private void counted(int n) throws IOException {
                count += n;
                if (count > limit) {
                    exceeded = true;
                    throw new IOException(message());
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }

    /** The response, its error turned into 413 once the body was found too large. */
    private final class TooLargeAware extends HttpServletResponseWrapper {
        private final Counted request;

        TooLargeAware(HttpServletResponse response, Counted request) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status, String msg) throws IOException {
            if (request.exceeded) {
                setHeader("Connection", "close");
                super.sendError(SC_REQUEST_ENTITY_TOO_LARGE, message());
            } else {
                super.sendError(status, msg);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(request.exceeded && status >= 400 ? SC_REQUEST_ENTITY_TOO_LARGE : status);
        }
    }
}
