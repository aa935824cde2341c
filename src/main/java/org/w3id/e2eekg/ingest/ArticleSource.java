package org.w3id.e2eekg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns what a user names on the command line into the list of article files to load: a
 * file is itself, a folder is every {@code *.txt} file in it (sorted by name, so loads are
 * reproducible), and nothing at all is the main article bundled in the jar.
 */
public final class ArticleSource {
    /** Class-path location of the bundled main article; see {@code SOURCE.md} beside it. */
    public static final String BUNDLED_ARTICLE = "/articles/000_4633c21910299fa8.txt";

    private ArticleSource() {}

    /** One thing to read: a file, or the bundled resource when {@code path} is null. */
    public record Entry(Path path, String resource) {
        public String name() {
            return path != null ? path.toString() : resource;
        }
    }

    /**
     * Expands paths into entries. A missing path is kept as an entry so that reading it
     * reports the problem in its turn, alongside the other files.
     */
    public static List<Entry> expand(List<Path> paths) throws ArticleException {
        List<Entry> out = new ArrayList<>();
        if (paths == null || paths.isEmpty()) {
            out.add(new Entry(null, BUNDLED_ARTICLE));
            return out;
        }
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files = articlesIn(p);
                if (files.isEmpty()) {
                    throw new ArticleException(p.toString(), "folder holds no *.txt article files");
                }
                files.forEach(f -> out.add(new Entry(f, null)));
            } else {
                out.add(new Entry(p, null));
            }
        }
        return out;
    }

    private static List<Path> articlesIn(Path dir) throws ArticleException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ArticleException(dir.toString(), "folder cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** Reads one entry. */
    public static Article read(ArticleReader reader, Entry entry) throws ArticleException {
        return entry.path() != null ? reader.read(entry.path()) : reader.readResource(entry.resource());
    }
}
