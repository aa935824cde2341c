package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Query answers sent as they are made, with the guarantee that a client never takes a cut
 * answer for a whole one. The first {@value #BUFFER} bytes are held in the response's
 * buffer: an answer that fits (nearly all of them) is sent whole, with its length, and one
 * that fails before then (the timeout, the answer budget) is answered with its error status
 * instead, as if nothing had been written. A larger answer streams; if it fails after its
 * first bytes have gone, the connection is cut (HTTP/1.1 chunked encoding without its last
 * chunk), which every client reports as an error, rather than ending a 200 normally.
 *
 * <p>Trade-off: memory per request is bounded by the buffer instead of by the answer, and a
 * large answer reaches the client while it is being made; the price is that past the buffer
 * a failure can no longer say why (no status, no message), only that the answer is not whole.
 */
final class StreamedAnswer {
    /** How much of an answer is held back before the response is committed. */
    static final int BUFFER = 256 * 1024;

    /** Thrown through the writing of an answer that cannot be finished; {@link #reason()} says why. */
    static final class Stopped extends RuntimeException {
        private final RuntimeException reason;

        Stopped(RuntimeException reason) {
            super(reason.getMessage(), reason, false, false);
            this.reason = reason;
        }

        /** The timeout ({@code QueryCancelledException}) or the budget ({@code QueryDeniedException}). */
        RuntimeException reason() {
            return reason;
        }
    }

    private StreamedAnswer() {}

    /**
     * Readies {@code response} for an answer: call before anything is written. (The buffer
     * is set whatever it was: Fuseki's Jetty gives every response one of 5 MB.)
     */
    static void begin(HttpServletResponse response) {
        if (!response.isCommitted()) {
            response.setBufferSize(BUFFER);
        }
    }

    /**
     * {@code out} with its flushes ignored: writers flush when they finish, which would commit
     * the response and send a small answer without its length; the container sends what is
     * buffered when the request ends.
     */
    static OutputStream unflushed(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() {
                // the response's own end sends the bytes
            }

            @Override
            public void close() {
                // the container closes the response
            }
        };
    }

    /**
     * Ends an answer that stopped. When nothing has been sent, the buffer is dropped and the
     * reason returned, to be thrown and answered with its status; otherwise the connection is
     * cut, and the reason returned all the same (nothing more can reach the client).
     */
    static RuntimeException stopped(HttpServletRequest request, HttpServletResponse response, Stopped stopped) {
        if (!response.isCommitted()) {
            response.resetBuffer();
        } else {
            // Jetty would still end the response normally (and Fuseki write its error into it): close the connection
            ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
            jetty.getServletChannel().abort(stopped.reason());
            jetty.getConnectionMetaData().getConnection().getEndPoint().close(stopped.reason());
        }
        return stopped.reason();
    }
}
