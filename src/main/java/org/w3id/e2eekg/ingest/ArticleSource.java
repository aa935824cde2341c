package org.w3id.e2eekg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns what a user names on the command line into the list of article files to load: a
 * file is itself, a folder is every article file in it ({@code *.txt}, and saved pages
 * {@code *.html}, {@code *.htm}, {@code *.xhtml}; sorted by name, so loads are reproducible;
 * sub-folders are not entered), and nothing at all is the main article bundled in the jar.
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
                    throw new ArticleException(p.toString(), "folder holds no article files (*.txt, *.html, *.htm, *.xhtml)");
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
                    .filter(f -> isArticleFileName(f.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ArticleException(dir.toString(), "folder cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** True for the names a folder is searched for: {@code *.txt} and saved web pages. */
    public static boolean isArticleFileName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".txt") || FormatDetector.hasHtmlExtension(name);
    }

    /** Reads one entry. */
    public static Article read(ArticleReader reader, Entry entry) throws ArticleException {
        return entry.path() != null ? reader.read(entry.path()) : reader.readResource(entry.resource());
    }
}
