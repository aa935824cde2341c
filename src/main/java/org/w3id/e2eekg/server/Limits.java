package org.w3id.e2eekg.server;

import java.time.Duration;
import java.util.Objects;

/**
 * What one request may cost the server. Every bound here is enforced on the server side and
 * answered with an error status, never with a 200 whose body is silently cut short.
 *
 * @param queryTimeout    the longest a query may run (regular expressions included); it is
 *                        then stopped and answered 503
 * @param maxRequestSize  the largest request body accepted, in bytes, chunked or not; larger
 *                        ones get 413
 * @param maxResultRows   the most rows (or triples, for CONSTRUCT and DESCRIBE) an anonymous
 *                        client gets; a larger answer is refused with 422, never truncated
 * @param maxResultBytes  the most characters of terms an anonymous answer may hold, the same way
 * @param maxDumpStreams  how many dumps and exports may be sent at once; more get 503 with Retry-After
 */
public record Limits(Duration queryTimeout, long maxRequestSize, long maxResultRows, long maxResultBytes,
                     int maxDumpStreams) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_REQUEST_SIZE = 10L * 1024 * 1024;
    public static final long DEFAULT_MAX_RESULT_ROWS = 10_000;
    public static final long DEFAULT_MAX_RESULT_BYTES = 32L * 1024 * 1024;
    public static final int DEFAULT_MAX_DUMP_STREAMS = 4;

    /** The defaults of {@code serve}. */
    public static final Limits DEFAULT = new Limits(DEFAULT_TIMEOUT, DEFAULT_MAX_REQUEST_SIZE, DEFAULT_MAX_RESULT_ROWS,
            DEFAULT_MAX_RESULT_BYTES, DEFAULT_MAX_DUMP_STREAMS);

    public Limits {
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
        if (maxRequestSize <= 0 || maxResultRows <= 0 || maxResultBytes <= 0 || maxDumpStreams <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
    }

    public Limits withTimeout(Duration timeout) {
        return new Limits(timeout, maxRequestSize, maxResultRows, maxResultBytes, maxDumpStreams);
    }

    public Limits withMaxRequestSize(long bytes) {
        return new Limits(queryTimeout, bytes, maxResultRows, maxResultBytes, maxDumpStreams);
    }

    public Limits withMaxResultRows(long rows) {
        return new Limits(queryTimeout, maxRequestSize, rows, maxResultBytes, maxDumpStreams);
    }

    public Limits withMaxResultBytes(long bytes) {
        return new Limits(queryTimeout, maxRequestSize, maxResultRows, bytes, maxDumpStreams);
    }

    public Limits withMaxDumpStreams(int streams) {
        return new Limits(queryTimeout, maxRequestSize, maxResultRows, maxResultBytes, streams);
    }
}
