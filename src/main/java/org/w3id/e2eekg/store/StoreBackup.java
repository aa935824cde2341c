package org.w3id.e2eekg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.e2eekg.graph.Iris;

/**
 * Backups of a store as gzip-compressed N-Quads, and restores from them.
 *
 * <p>A backup is written from one read transaction, so it is a consistent snapshot even
 * while a load runs in the same JVM; it is streamed (never held in memory) into a file beside
 * the target and moved into place, so a failed backup leaves no truncated file. N-Quads keeps
 * every named graph, and is what Jena's own {@code tdb2.tdbloader} and every other quad store
 * read, so a backup is also a way to move the data elsewhere.
 *
 * <p>A restore writes the whole file in one write transaction: a file that is not N-Quads,
 * is cut short, or puts triples outside any named graph (where this store keeps nothing)
 * fails and leaves the store as it was; a store directory the restore created is removed
 * again. It refuses to overwrite a store that holds data unless told to replace it, and then
 * compacts, so the replaced data does not stay in the files. Trade-off: one transaction bounds
 * a restore by memory, as a load is; for a store far larger than this project's, Jena's bulk
 * loader ({@code tdb2.tdbloader}) reads the same file.
 */
public final class StoreBackup {
    private StoreBackup() {}

    /**
     * Writes the whole store to {@code target} as gzip-compressed N-Quads.
     *
     * @return the number of quads written
     * @throws StoreException when the file cannot be written; then no file is left behind
     */
    public static long backup(KnowledgeStore store, Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new StoreException(target + ": is a directory");
        }
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new StoreException(target + ": no such directory " + dir);
        }
        // beside the target, so the move is atomic; not createTempFile, whose owner-only mode would carry over
        Path tmp = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            long quads;
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                quads = store.read(dsg -> write(dsg, out));
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return quads;
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException(target + ": backup failed, no file written (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static long write(DatasetGraph dsg, OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        long n = 0;
        writer.start();
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); n++) {
            writer.quad(it.next());
        }
        writer.finish();
        return n;
    }

    /**
     * Restores the backup {@code source} (gzip-compressed or plain N-Quads) into the store at
     * {@code storeDir}.
     *
     * @param replace when false, a store that holds any quad is refused; when true its content
     *                is replaced by the backup's
     * @return the number of quads restored
     * @throws StoreException naming the file or the store and the problem; the store is as it was
     */
    public static long restore(Path source, Path storeDir, Iris iris, boolean replace) {
        checkReadable(source);
        StoreLocation.requireLoadable(storeDir);
        boolean existed = Files.exists(storeDir);
        boolean created = !existed || StoreLocation.isEmpty(storeDir);
        boolean restored = false;
        try (KnowledgeStore store = KnowledgeStore.openForLoading(storeDir, iris)) {
            long held = store.quadCount();
            if (held > 0 && !replace) {
                throw new StoreException(storeDir + ": store is not empty (" + held + " quads); give --replace to "
                        + "overwrite it with the backup");
            }
            long quads = load(source, store);
            restored = true;
            if (held > 0) {
                store.compact();
            }
            return quads;
        } finally {
            if (created && !restored) {
                deleteCreated(storeDir, existed);
            }
        }
    }

    private static long load(Path source, KnowledgeStore store) {
        DatasetGraph dsg = store.datasetGraph();
        try {
            return Txn.calculateWrite(dsg, () -> {
                KnowledgeStore.removeAll(dsg);
                NamedGraphsOnly sink = new NamedGraphsOnly(StreamRDFLib.dataset(dsg));
                try (InputStream in = open(source)) {
                    RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                            .parse(sink);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return sink.quads;
            });
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // a parse error, a cut-off gzip stream, a triple outside the named graphs: the transaction was aborted
            throw new StoreException(source + ": not a backup of a store, nothing restored (" + KnowledgeStore.oneLine(e) + ")", e);
        }
    }

    /** The file's content, through gunzip when it starts with the gzip magic number. */
    private static InputStream open(Path source) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(source));
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(in) : in;
    }

    private static void checkReadable(Path source) {
        if (!Files.exists(source)) {
            throw new StoreException(source + ": no such file");
        }
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new StoreException(source + ": not a readable file");
        }
    }

    /** Removes what a failed restore created in {@code dir}, and {@code dir} itself unless it was there before. */
    private static void deleteCreated(Path dir, boolean keepDir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).filter(p -> !(keepDir && p.equals(dir))).forEach(StoreBackup::deleteQuietly);
        } catch (NoSuchFileException e) {
            // nothing was created
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot remove the failed restore (" + e.getMessage() + ")", e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left behind; the next run overwrites or the user removes it
        }
    }

    /** Thrown for a triple in the default graph, which a backup of this store never has. */
    private static final class OutsideNamedGraphs extends RuntimeException {
        OutsideNamedGraphs(String message) {
            super(message);
        }
    }

    /** Passes quads in named graphs on, counting them; a triple of the default graph stops the parse. */
    private static final class NamedGraphsOnly extends StreamRDFWrapper {
        long quads;

        NamedGraphsOnly(StreamRDF other) {
            super(other);
        }

        @Override
        public void triple(Triple triple) {
            throw new OutsideNamedGraphs("a triple outside any named graph: " + triple);
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                throw new OutsideNamedGraphs("a triple outside any named graph: " + quad.asTriple());
            }
            quads++;
            super.quad(quad);
        }
    }
}
