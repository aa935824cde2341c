package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The version of the served store, for HTTP caching of everything that changes only when
 * the store does: linked-data pages, named-query answers and dumps. TDB2 numbers every
 * committed write (the data version of its transaction coordinator); a response made in a
 * read transaction is labelled with the version that transaction sees, as an entity tag
 * ({@code "SERVER-VERSION-VARIANT"}) and a {@code Last-Modified} date, so a client that asks
 * again with {@code If-None-Match} or {@code If-Modified-Since} gets {@code 304 Not Modified}
 * until the next write, without the store being read.
 *
 * <p>Data versions restart at every start of the process, so an entity tag carries an id of
 * this server as well, and is never taken for one of another run. {@code Last-Modified} is
 * the time of the store's last commit as its files record it (the state files TDB2 rewrites
 * at each commit), read once per version, so it stays the same across restarts of a server
 * over an unchanged store.
 *
 * <p>Trade-off: a version covers the whole store, so any write (even to another article)
 * makes every cached response stale; in exchange the check costs nothing but the lookup of a
 * number, and a server that takes no writes (the usual case) answers revalidations forever.
 */
final class StoreVersion {
    /** What a response is labelled with: the data version and the time of the last commit. */
    record Stamp(String server, long version, Instant lastModified) {
        /**
         * The entity tag of the representation {@code variant} (a media type, a page kind) at
         * this version; characters an entity tag should not hold become {@code -}.
         */
        String etag(String variant) {
            return "\"" + server + "-" + version + "-" + variant.replaceAll("[^A-Za-z0-9.]", "-") + "\"";
        }
    }

    /** Work done in one read transaction, which may write a response. */
    interface InSnapshot {
        void run(Stamp stamp) throws IOException;
    }

    private static final int VERSIONS_KEPT = 8;

    private final DatasetGraph dataset;
    private final Path storeDirectory;
    private final String server = UUID.randomUUID().toString().substring(0, 8);
    private final Map<Long, Instant> commitTimes = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Instant> eldest) {
            return size() > VERSIONS_KEPT;
        }
    });

    StoreVersion(DatasetGraph dataset, Path storeDirectory) {
        this.dataset = dataset;
        this.storeDirectory = storeDirectory;
    }

    /** The stamp of the version the calling thread's read transaction sees; call inside one. */
    Stamp current() {
        DatasetGraph base = dataset;
        // the text index wraps the TDB2 dataset, and TDBInternal does not look through wrappers
        while (base instanceof DatasetGraphWrapper wrapper) {
            base = wrapper.getWrapped();
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base);
        if (tdb == null) {
            throw new IllegalStateException("the store version is known for TDB2 stores only");
        }
        long version = tdb.getTxnSystem().getThreadTransaction().getDataVersion();
        return new Stamp(server, version, commitTimes.computeIfAbsent(version, v -> lastCommit()));
    }

    /**
     * Runs {@code work} in one read transaction (joining the caller's, if it has one), with
     * the stamp of the version it reads, so that a response and its entity tag agree.
     */
    void inSnapshot(InSnapshot work) throws IOException {
        boolean mine = !dataset.isInTransaction();
        if (mine) {
            dataset.begin(TxnType.READ);
        }
        try {
            work.run(current());
        } finally {
            if (mine) {
                dataset.end();
            }
        }
    }

    /** The newest modification time of the current generation's state files, to the second; now if unknown. */
    private Instant lastCommit() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (storeDirectory == null) {
            return now;
        }
        try (Stream<Path> files = Files.walk(storeDirectory, 2)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".bpt"))
                    .map(StoreVersion::modified)
                    .max(Instant::compareTo)
                    .map(t -> t.truncatedTo(ChronoUnit.SECONDS))
                    .orElse(now);
        } catch (IOException | RuntimeException e) {
            return now;
        }
    }

    private static Instant modified(Path file) {
        try {
            FileTime t = Files.getLastModifiedTime(file);
            return t.toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /**
     * Labels the response with {@code etag} and the stamp's date, and answers
     * {@code 304 Not Modified} when the request's {@code If-None-Match} names that tag (or,
     * without it, its {@code If-Modified-Since} is not before the date).
     *
     * @return true when the 304 was sent and nothing more should be
     */
    static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag, Stamp stamp) {
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", stamp.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", "no-cache");
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean fresh;
        if (ifNoneMatch != null) {
            fresh = matches(ifNoneMatch, etag);
        } else {
            long since = ifModifiedSince(request);
            fresh = since >= 0 && stamp.lastModified().toEpochMilli() <= since;
        }
        if (fresh) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return fresh;
    }

    /** True when the {@code If-None-Match} list holds {@code etag} (compared weakly, as RFC 9110 asks for GET) or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || strip(c).equals(strip(etag))) {
                return true;
            }
        }
        return false;
    }

    /** The tag without a weak prefix, and without the suffix a compressing handler adds ({@code --gzip}). */
    private static String strip(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        return t.replace("--gzip\"", "\"");
    }

    private static long ifModifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
