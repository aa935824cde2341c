package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * How many downloads of the whole store ({@code /dump/...} and {@code /export/...}) may be
 * sent at once ({@link Limits#maxDumpStreams()}). A request finding no free slot is
 * answered 503 with {@code Retry-After} at once rather than queued, so such downloads
 * cannot take every thread, nor fill the memory with copies of the store. One instance is
 * shared by the servlets it bounds; it is thread-safe.
 */
final class DownloadSlots {
    private static final String RETRY_AFTER_SECONDS = "5";

    /** A download, sent once a slot is held. */
    interface Download {
        void send() throws IOException;
    }

    private final Semaphore slots;

    DownloadSlots(int slots) {
        this.slots = new Semaphore(slots);
    }

    /** Sends {@code download} in a free slot, or answers 503 when there is none. */
    void send(HttpServletResponse response, Download download) throws IOException {
        if (!slots.tryAcquire()) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            ServletSupport.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Too many downloads of the store are being sent right now; try again in a few seconds.");
            return;
        }
        try {
            download.send();
        } finally {
            slots.release();
        }
    }
}
