package org.w3id.e2eekg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tells whether the counts a store's description holds are those of its data: whether the
 * store was last written by this program's own writes, which keep the description up to
 * date ({@link DescriptionUpdate}), or by something else (a SPARQL Update through a server
 * with writes allowed, a restore, an older version of this program), after which the
 * description may be stale and the store is counted again.
 *
 * <p>After each of its own commits the store records a fingerprint of TDB2's state files
 * in a file beside the generation folders ({@value #FILE}). TDB2 writes copy-on-write: every
 * committed change, by whatever writer, moves the roots and allocation limits of the
 * B+trees it touched, which TDB2 keeps in the small {@code *.bpt} and {@code *.bdf} files of
 * the current generation. So the fingerprint matches exactly when nothing was committed
 * since it was recorded.
 *
 * <p>Trade-off: this reads TDB2's file layout, not an API (TDB2 has no persistent version
 * number: its data version restarts with each process). If a later TDB2 lays its files out
 * otherwise, no fingerprint ever matches, and every load counts the store again: slower,
 * never wrong. A crash between a commit and the recording of its fingerprint also only
 * costs a recount.
 */
final class DescriptionFingerprint {
    static final String FILE = "e2ee-kg-description.state";

    private DescriptionFingerprint() {}

    /** True when {@code dir}'s recorded fingerprint is that of its current state. */
    static boolean matches(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.US_ASCII).strip().equals(current(dir));
        } catch (IOException | StoreException e) {
            return false;
        }
    }

    /** Records the fingerprint of {@code dir}'s current state; a failure to write it only costs a recount later. */
    static void record(Path dir) {
        Path file = dir.resolve(FILE);
        Path partial = dir.resolve(FILE + ".partial");
        try {
            Files.writeString(partial, current(dir) + "\n", StandardCharsets.US_ASCII);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | StoreException e) {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a stale fingerprint file cannot match a later state: at worst, a recount
            }
        }
    }

    /** SHA-256 over the generation's name and the names and bytes of its state files. */
    static String current(Path dir) throws IOException {
        String generation = StoreLocation.currentGeneration(dir);
        Path data = dir.resolve(generation);
        List<Path> states;
        try (Stream<Path> files = Files.list(data)) {
            states = files.filter(f -> f.getFileName().toString().endsWith(".bpt") || f.getFileName().toString().endsWith(".bdf"))
                    .sorted().toList();
        }
        if (states.isEmpty()) {
            throw new IOException(data + " has no state files");
        }
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        md.update(generation.getBytes(StandardCharsets.UTF_8));
        for (Path f : states) {
            md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
