package org.w3id.e2eekg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.e2eekg.export.DatasetExporter;
import org.w3id.e2eekg.export.ExportFormat;
import org.w3id.e2eekg.graph.Iris;

/**
 * The dumps of the store as files, written once per <em>data version</em> of the store and
 * served from disk. TDB2 numbers every committed write (the data version of its transaction
 * coordinator, carried over by compaction); a dump is keyed by the format and the version
 * its read transaction saw, so any write (a reload, an update) makes the next request write
 * a new file, and until then every request is served the same file.
 *
 * <p>When many requests find no file for the current version, one of them writes it (with
 * the same {@link DatasetExporter} as {@code e2ee-kg export}, so the bytes equal an export of
 * the same store) and the others wait for it: the store is read once, not once per request.
 * The files live in a temporary folder of this server, removed by {@link #close()}; older
 * versions are deleted when a newer one is written.
 *
 * <p>Trade-off: the exporter sorts in memory, so writing a dump costs one copy of the store
 * per version; serving it costs nothing but the file read. Data versions restart with the
 * process, so the ETag carries a per-server id as well.
 */
final class DumpCache implements AutoCloseable {
    /** A dump on disk, with its HTTP entity tag. */
    record Dump(Path file, String etag) {}

    private record Key(ExportFormat format, long version) {}

    private final DatasetGraph dataset;
    private final Iris iris;
    private final Path folder;
    private final String serverId = UUID.randomUUID().toString().substring(0, 8);
    private final ConcurrentMap<Key, CompletableFuture<Dump>> dumps = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();

    DumpCache(DatasetGraph dataset, Iris iris) {
        this.dataset = dataset;
        this.iris = iris;
        try {
            this.folder = Files.createTempDirectory("e2ee-kg-dumps-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the dumps", e);
        }
    }

    /** The dump in {@code format} of the store as it is now, written first if need be. */
    Dump current(ExportFormat format) {
        return Txn.calculateRead(dataset, () -> {
            Key key = new Key(format, dataVersion());
            CompletableFuture<Dump> mine = new CompletableFuture<>();
            CompletableFuture<Dump> existing = dumps.putIfAbsent(key, mine);
            if (existing != null) {
                return join(existing);
            }
            try {
                Dump dump = write(key);
                mine.complete(dump);
                forgetOlder(key);
                return dump;
            } catch (RuntimeException e) {
                dumps.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
        });
    }

    /** How many dump files this cache has written: a measure for tests. */
    int written() {
        return written.get();
    }

    /** The version of the data the calling thread's read transaction sees. */
    private long dataVersion() {
        DatasetGraph base = dataset;
        while (base instanceof DatasetGraphWrapper wrapper) {
            base = wrapper.getWrapped();
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base);
        if (tdb == null) {
            throw new IllegalStateException("dumps are cached for TDB2 stores only");
        }
        return tdb.getTxnSystem().getThreadTransaction().getDataVersion();
    }

    private Dump write(Key key) {
        String name = "e2ee-kg-" + key.version() + "." + key.format().extension();
        Path file = folder.resolve(name);
        Path partial = folder.resolve(name + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            new DatasetExporter(iris).write(dataset, key.format(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dump " + partial, e);
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the dump into place: " + file, e);
        }
        written.incrementAndGet();
        return new Dump(file, "\"" + serverId + "-" + key.version() + "-" + key.format().extension() + "\"");
    }

    private void forgetOlder(Key newest) {
        dumps.entrySet().removeIf(e -> {
            Key k = e.getKey();
            boolean older = k.format() == newest.format() && k.version() < newest.version();
            if (older && e.getValue().isDone() && !e.getValue().isCompletedExceptionally()) {
                deleteQuietly(e.getValue().join().file());
            }
            return older;
        });
    }

    private static Dump join(CompletableFuture<Dump> dump) {
        try {
            return dump.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a file still being read on a system that cannot delete it; the folder goes at close
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(DumpCache::deleteQuietly);
        } catch (IOException e) {
            // nothing more to do: the folder is in the system's temporary area
        }
    }
}
