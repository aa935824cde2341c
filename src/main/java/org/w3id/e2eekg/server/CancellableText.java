package org.w3id.e2eekg.server;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string, as a {@link CharSequence}, that stops whoever reads it once its query is over:
 * {@link #charAt} looks, every thousand reads, at the query's cancel signal and at its
 * deadline, and throws {@link QueryCancelledException} when either has passed.
 * {@code java.util.regex} reads its input only through {@code charAt}, so a regular
 * expression that backtracks for ever over such a text ends right after the query's
 * timeout, and its thread is free again.
 *
 * <p>Both are needed: ARQ's timeout sets the signal from another thread, but while the plan
 * is being made (when constant expressions are folded) ARQ holds the lock that its timeout
 * callback needs, so only the deadline can stop a constant regex.
 *
 * <p>Not thread-safe (one matcher reads it); the stop condition is shared.
 */
final class CancellableText implements CharSequence {
    /** How many reads go by between two looks at the signal; a power of two, minus one. */
    private static final int CHECK_MASK = 0x3FF;

    private final String text;
    private final int start;
    private final int end;
    private final Stop stop;
    private int reads;

    /** When a query is over: its cancel signal is set, or its deadline ({@link System#nanoTime()}) has passed. */
    record Stop(AtomicBoolean cancelled, long deadlineNanos) {
        boolean reached() {
            return cancelled.get() || System.nanoTime() - deadlineNanos > 0;
        }
    }

    CancellableText(String text, Stop stop) {
        this(text, 0, text.length(), stop);
    }

    private CancellableText(String text, int start, int end, Stop stop) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.stop = stop;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & CHECK_MASK) == 0 && stop.reached()) {
            throw new QueryCancelledException();
        }
        return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        if (from < 0 || to > length() || from > to) {
            throw new IndexOutOfBoundsException("subSequence(" + from + ", " + to + ") of a text of length " + length());
        }
        return new CancellableText(text, start + from, start + to, stop);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
