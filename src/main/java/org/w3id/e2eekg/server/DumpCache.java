package org.w3id.e2eekg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
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
 * per version; serving it costs nothing but the file read. The version and the entity tag
 * are those of every cached response of the server ({@link StoreVersion}).
 */
final class DumpCache implements AutoCloseable {
    /** A dump on disk, with its HTTP entity tag and the version it is of. */
    record Dump(Path file, String etag, StoreVersion.Stamp stamp) {}

    private record Key(ExportFormat format, long version) {}

    private final DatasetGraph dataset;
    private final Iris iris;
    private final StoreVersion versions;
    private final Path folder;
    private final ConcurrentMap<Key, CompletableFuture<Dump>> dumps = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();

    DumpCache(DatasetGraph dataset, Iris iris, StoreVersion versions) {
        this.dataset = dataset;
        this.iris = iris;
        this.versions = versions;
        try {
            this.folder = Files.createTempDirectory("e2ee-kg-dumps-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the dumps", e);
        }
    }

    /** The dump in {@code format} of the store as it is now, written first if need be. */
    Dump current(ExportFormat format) {
        return Txn.calculateRead(dataset, () -> {
            StoreVersion.Stamp stamp = versions.current();
            Key key = new Key(format, stamp.version());
            CompletableFuture<Dump> mine = new CompletableFuture<>();
            CompletableFuture<Dump> existing = dumps.putIfAbsent(key, mine);
            if (existing != null) {
                return join(existing);
            }
            try {
                Dump dump = write(key, stamp);
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

    private Dump write(Key key, StoreVersion.Stamp stamp) {
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
        return new Dump(file, stamp.etag(key.format().extension()), stamp);
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
