package org.w3id.e2eekg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server for one test class, as a JUnit extension: before the class, a temporary
 * folder with a TDB2 store holding the bundled article, served by {@link TestServer} on a
 * free port with the read-only defaults as changed by the class; after it, the server is
 * stopped and the folder removed. Register it in a static field:
 * {@code @RegisterExtension static final RunningServer SERVER = new RunningServer(s -> s.withLogin(...))}.
 */
final class RunningServer implements BeforeAllCallback, AfterAllCallback {
    private final UnaryOperator<ServerSettings> settings;
    private Path dir;
    private TestServer server;

    RunningServer(UnaryOperator<ServerSettings> settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("e2ee-kg-server-test-");
        server = TestServer.start(dir.resolve("store"), settings.apply(ServerSettings.readOnly(0, dir.resolve("backups"))));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            server.close();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(RunningServer::delete);
            }
        }
    }

    /** The running server. */
    TestServer get() {
        return server;
    }

    /** The class's temporary folder: the store is {@code store/}, backups go to {@code backups/}. */
    Path dir() {
        return dir;
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
