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
    /** A saved news page written around the text of {@link #DEV_01}, in {@code src/test/resources/pages/}. */
    public static final String DEV_01_PAGE = "dev-01-facebook-backdoor-refusal.html";

    private TestArticles() {}

    /** The folder holding the test articles. */
    public static Path folder() {
        return file(DEV_01).getParent();
    }

    public static Path file(String name) {
        return resource("/articles/" + name);
    }

    /** A saved web page of {@code src/test/resources/pages/}. */
    public static Path page(String name) {
        return resource("/pages/" + name);
    }

    private static Path resource(String name) {
        URL url = TestArticles.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource missing: " + name);
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
