package org.w3id.e2eekg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What {@code load} says on standard error as it goes, for a load of more than a few
 * files: a line per file ({@code [3/120] path}) while there are few enough to read, and for
 * a long load, every {@value #EVERY_SECONDS} seconds, how far it is, how fast it goes and
 * when it should end ({@code progress: 4200 of 100000 articles, 38.2 articles/s, ETA 41m48s}).
 * The rate is that of the whole load so far, so the estimate steadies as it goes.
 */
final class LoadProgress {
    /** A line per file up to this many files. */
    static final int LINES_UP_TO = 500;
    static final int EVERY_SECONDS = 10;

    private final PrintWriter err;
    private final boolean lines;
    private final LongSupplier nanos;
    private final long start;
    private long lastStatus;

    LoadProgress(PrintWriter err, int total, LongSupplier nanos) {
        this.err = err;
        this.lines = total <= LINES_UP_TO;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.lastStatus = start;
    }

    /** Article {@code index} (from 1) of {@code total} is done. */
    void processed(int index, int total, String source) {
        if (lines) {
            err.println("[" + index + "/" + total + "] " + source);
        }
        long now = nanos.getAsLong();
        if (now - lastStatus >= EVERY_SECONDS * 1_000_000_000L && index < total) {
            lastStatus = now;
            err.println(status(index, total, now - start));
        }
        err.flush();
    }

    /** {@code progress: 4200 of 100000 articles, 38.2 articles/s, ETA 41m48s}. */
    static String status(long done, long total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? duration(Math.round((total - done) / rate)) : "unknown";
        return String.format(Locale.ROOT, "progress: %d of %d articles, %.1f articles/s, ETA %s", done, total, rate, eta);
    }

    /** {@code 42s}, {@code 3m07s}, {@code 2h05m}. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
