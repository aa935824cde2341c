package org.w3id.e2eekg.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.e2eekg.graph.DatasetDescription;
import org.w3id.e2eekg.graph.Iris;

/**
 * Builds a new store with Jena's bulk loader (TDB2's {@link LoaderFactory#parallelLoader
 * parallel loader}, or its phased loader): a load into a directory that holds no store yet.
 * The articles are streamed into the loader as they come, each with its line of the
 * description; at {@link #commit()} the loader finishes its indexes, the store is counted
 * from them ({@link StoreCounts}) and described, its full-text index ({@link SearchIndex}) is
 * built from it, and only then is the store moved into place.
 *
 * <p>Atomic by construction: the store is built in a hidden directory beside the target
 * ({@code .NAME.loading-*}) and renamed onto it at the end, so the target is absent (or the
 * empty directory it was) until the whole load is in, and has all of it after. A failure or
 * {@link #close()} without commit deletes the hidden directory; a crash (power cut, kill -9)
 * leaves it behind, with the target still untouched, to be deleted by hand.
 *
 * <p>Trade-offs: Jena's parallel and phased loaders commit their indexes separately and lock
 * out every other transaction while they run, which is why they are used only for a store
 * nobody else can see yet; loads into an existing store go through one ordinary write
 * transaction ({@link KnowledgeStore#beginWrites()}). The parallel loader runs a thread per
 * index: on a machine with few cores, the phased loader (fewer threads, indexes built
 * after the data) leaves more of the processor to extraction.
 */
public final class BulkLoad implements ArticleWriter {
    /** Jena's bulk loaders this class can drive. */
    public enum Loader {
        /** {@link LoaderFactory#parallelLoader}: every index built at once, a thread each */
        PARALLEL,
        /** {@link LoaderFactory#phasedLoader}: primary indexes first, the others from them */
        PHASED
    }

    private final Path target;
    private final Path building;
    private final Iris iris;
    private final DatasetGraph dsg;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final DatasetDescription description;
    private final Node descriptionGraph;
    private boolean ended;

    private BulkLoad(Path target, Path building, Iris iris, Loader kind) {
        this.target = target;
        this.building = building;
        this.iris = iris;
        this.description = new DatasetDescription(iris);
        this.descriptionGraph = NodeFactory.createURI(iris.voidGraph());
        this.dsg = DatabaseMgr.connectDatasetGraph(building.toString());
        this.loader = switch (kind) {
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, (format, args) -> { });
            case PHASED -> LoaderFactory.phasedLoader(dsg, (format, args) -> { });
        };
        loader.startBulk();
        this.stream = loader.stream();
    }

    /**
     * True when a load into {@code dir} would create the store: the directory is missing or
     * empty. Such a load can go through {@link #begin}.
     */
    public static boolean applies(Path dir) {
        return !Files.exists(dir) || Files.isDirectory(dir) && StoreLocation.isEmpty(dir);
    }

    /**
     * Starts building a new store for {@code dir} (which {@link #applies} to), with the
     * standard graphs already in it.
     *
     * @throws StoreException when the directory beside it cannot be created
     */
    public static BulkLoad begin(Path dir, Iris iris, Loader kind) {
        Objects.requireNonNull(iris, "iris");
        if (!applies(dir)) {
            throw new StoreException(dir + ": not empty; a bulk load only creates a store");
        }
        Path absolute = dir.toAbsolutePath().normalize();
        Path building;
        try {
            Path parent = Files.createDirectories(absolute.getParent());
            // not createTempDirectory: the store gets the permissions any new directory gets
            building = Files.createDirectory(parent.resolve("." + absolute.getFileName() + ".loading-"
                    + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime())));
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create the store (" + e.getMessage() + ")", e);
        }
        BulkLoad load;
        try {
            load = new BulkLoad(absolute, building, iris, kind);
        } catch (RuntimeException e) {
            deleteTree(building);
            throw new StoreException(dir + ": cannot create the store (" + KnowledgeStore.oneLine(e) + ")", e);
        }
        KnowledgeStore.standardGraphs(iris).forEach(load::add);
        return load;
    }

    @Override
    public ArticleWrite write(NamedGraph article) {
        add(article);
        return ArticleWrite.written(article.name(), List.of(), false);
    }

    private void add(NamedGraph g) {
        if (ended) {
            throw new IllegalStateException("the bulk load has ended");
        }
        try {
            Node name = NodeFactory.createURI(g.name());
            List<Triple> fresh = StoredTerms.inOrder(g.model().getGraph());
            fresh.forEach(t -> stream.quad(new Quad(name, t)));
            description.subset(g.name(), fresh.size()).forEach(t -> stream.quad(new Quad(descriptionGraph, t)));
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean commit() {
        if (ended) {
            throw new IllegalStateException("the bulk load has ended");
        }
        ended = true;
        try {
            loader.finishBulk();
            Txn.executeWrite(dsg, () -> {
                StoreCounts.Recount recount = StoreCounts.count(dsg, iris);
                description.head(recount.counts()).getGraph().find()
                        .forEachRemaining(t -> dsg.add(new Quad(descriptionGraph, t)));
            });
            // the bulk loader writes beside jena-text, so the new store's search index is built from it here
            SearchIndex.open(dsg, building).getTextIndex().close();
            TDBInternal.expel(dsg);
            moveIntoPlace();
        } catch (RuntimeException e) {
            discard();
            throw failed(e);
        }
        DescriptionFingerprint.record(target);
        return false;
    }

    /** Renames the finished store onto the target: atomic, and onto an empty directory as well. */
    private void moveIntoPlace() {
        try {
            try {
                Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                // the target is an empty directory this platform will not rename over
                if (!StoreLocation.isEmpty(target)) {
                    throw new StoreException(target + ": something was written into it during the load; "
                            + "the new store is left in " + building);
                }
                Files.delete(target);
                Files.move(building, target);
            }
        } catch (IOException e) {
            throw new StoreException(target + ": cannot move the new store into place (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Abandons the load unless committed: the loader is let finish what it holds (so that its
     * threads end) and the new store is deleted.
     */
    @Override
    public void close() {
        if (!ended) {
            ended = true;
            try {
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
            } finally {
                discard();
            }
        }
    }

    private void discard() {
        try {
            TDBInternal.expel(dsg);
        } catch (RuntimeException e) {
            // the files go anyway
        }
        deleteTree(building);
    }

    private StoreException failed(RuntimeException e) {
        return e instanceof StoreException se ? se
                : new StoreException(target + ": load failed, nothing was created (" + KnowledgeStore.oneLine(e) + ")", e);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left for the user: the name says what it is
        }
    }
}
