package org.w3id.e2eekg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The named queries served at {@code /queries}: the {@code .rq} files of the project's
 * {@code queries/} folder, which the build puts in the jar (and in {@code target/classes})
 * under {@code queries/}. They are read once, at start-up, sorted by name.
 *
 * <p>The folder is found next to this class's own code (the jar or the classes directory)
 * rather than by a class-path lookup, so that a test class path with its own
 * {@code queries/} folder does not shadow it.
 */
final class NamedQueries {
    static final String FOLDER = "queries";

    private final List<NamedQuery> queries;

    NamedQueries(List<NamedQuery> queries) {
        this.queries = queries.stream().sorted(Comparator.comparing(NamedQuery::name)).toList();
    }

    /** The bundled queries. */
    static NamedQueries bundled() {
        try {
            URI code = NamedQueries.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path location = Path.of(code);
            if (Files.isDirectory(location)) {
                return new NamedQueries(readFolder(location.resolve(FOLDER)));
            }
            try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
                return new NamedQueries(readFolder(jar.getPath("/" + FOLDER)));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled queries", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled queries", e);
        }
    }

    /** Every {@code *.rq} file in {@code folder}; none when it does not exist. */
    static List<NamedQuery> readFolder(Path folder) throws IOException {
        List<NamedQuery> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                String file = f.getFileName().toString();
                out.add(NamedQuery.parse(file.substring(0, file.length() - 3), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    List<NamedQuery> all() {
        return queries;
    }

    Optional<NamedQuery> get(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
