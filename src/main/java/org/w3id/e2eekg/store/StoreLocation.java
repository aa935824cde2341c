package org.w3id.e2eekg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides, from the files in a directory alone, whether it holds a TDB2 store, and so
 * whether it may be opened or created. Opening a directory with TDB2 creates a database in
 * it whatever it holds, so these checks run first: a mistyped {@code --store} must not turn
 * a user's folder into a database, and a query must not create an empty store.
 *
 * <p>Trade-off: the check looks for TDB2's layout (a {@code Data-NNNN} generation folder)
 * rather than opening the database, so it is cheap and never writes, but a damaged store
 * with that layout passes and fails later, when TDB2 opens it.
 */
final class StoreLocation {
    private static final Pattern GENERATION = Pattern.compile("Data-\\d{4}");

    private StoreLocation() {}

    /** True when {@code dir} is a directory laid out as a TDB2 database. */
    static boolean isTdb2(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && GENERATION.matcher(p.getFileName().toString()).matches());
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    /** Fails unless {@code dir} holds a TDB2 store. Never creates anything. */
    static void requireExisting(Path dir) {
        if (!Files.exists(dir)) {
            throw new StoreException(dir + ": no such store (load articles into it first)");
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreException(dir + ": not a store directory (it is a file)");
        }
        if (!isTdb2(dir)) {
            throw new StoreException(dir + ": not a TDB2 store");
        }
    }

    /**
     * Fails unless a store may be created or reused at {@code dir}: it is missing, an empty
     * directory, or a TDB2 store. Never creates anything.
     */
    static void requireLoadable(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreException(dir + ": not a store directory (it is a file)");
        }
        if (!isTdb2(dir) && !isEmpty(dir)) {
            throw new StoreException(dir + ": not a TDB2 store, and not empty; refusing to create a store in it");
        }
    }

    /** The name of the newest generation directory ({@code Data-NNNN}) of the store in {@code dir}. */
    static String currentGeneration(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> GENERATION.matcher(n).matches()).max(String::compareTo)
                    .orElseThrow(() -> new StoreException(dir + ": not a TDB2 store"));
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }
}
