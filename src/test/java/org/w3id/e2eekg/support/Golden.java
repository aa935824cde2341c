package org.w3id.e2eekg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output of a stage for a real input, kept under
 * {@code src/test/resources/golden/} and compared by the tests. After a deliberate change,
 * run the tests with {@code -Dgolden.update=true} to rewrite them, then review the
 * difference with {@code git diff} before committing: the golden files are the reviewed
 * expectations, not whatever the code happens to produce.
 */
public final class Golden {
    /** The system property that makes the tests rewrite the golden files instead of comparing. */
    public static final String UPDATE = "golden.update";
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {}

    /** Whether this run rewrites the golden files. */
    public static boolean updating() {
        return Boolean.getBoolean(UPDATE);
    }

    /** The golden file {@code kind/name} in the source tree. */
    public static Path file(String kind, String name) {
        return ROOT.resolve(kind).resolve(name);
    }

    /** Reads a golden file; a missing one is a clear failure that says how to create it. */
    public static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("golden file " + file + " is missing: run the tests with -D" + UPDATE + "=true");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a golden file (update mode only). */
    public static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
