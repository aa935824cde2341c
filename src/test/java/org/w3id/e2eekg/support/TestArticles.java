package org.w3id.e2eekg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The copies of the shared articles in {@code src/test/resources/articles/} (see SOURCE.md there). */
public final class TestArticles {
    /** The main article, also bundled in the jar. */
    public static final String MAIN = "000_4633c21910299fa8.txt";
    public static final String DEV_01 = "dev-01-facebook-backdoor-refusal.txt";
    public static final String DEV_02 = "dev-02-apple-icloud-scanning.txt";

    private TestArticles() {}

    /** The folder holding the test articles. */
    public static Path folder() {
        return file(DEV_01).getParent();
    }

    public static Path file(String name) {
        URL url = TestArticles.class.getResource("/articles/" + name);
        if (url == null) {
            throw new IllegalStateException("test article missing: " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every test article, sorted by name. */
    public static List<Path> all() {
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
