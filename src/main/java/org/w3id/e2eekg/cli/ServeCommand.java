package org.w3id.e2eekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.ingest.ArticleSource;
import org.w3id.e2eekg.load.ArticleLoader;
import org.w3id.e2eekg.load.LoadListener;
import org.w3id.e2eekg.load.LoadResult;
import org.w3id.e2eekg.load.LoadedArticle;
import org.w3id.e2eekg.server.AdminLogin;
import org.w3id.e2eekg.server.KgServer;
import org.w3id.e2eekg.server.Limits;
import org.w3id.e2eekg.server.ServerSettings;
import org.w3id.e2eekg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code serve}: the SPARQL endpoint, an embedded Fuseki over the store
 * ({@link KgServer}). A missing or empty store is first loaded with the bundled main
 * article, so that the command works on a fresh clone. It prints where it listens and
 * serves until stopped (Ctrl-C), closing the store on the way out.
 *
 * <p>Writes are off unless {@code --allow-update} is given, and that needs a password
 * ({@code --password-file} or the environment variable {@value AdminLogin#PASSWORD_ENV});
 * there is no default password. With a password but no {@code --allow-update}, the
 * administration endpoints (compact, backup, tasks) are on, behind it. The other options
 * set the limits of one request, TLS ({@code --https}), the SERVICE allow-list and the
 * origins allowed to write from a browser ({@link ServerSettings}). Everything is checked,
 * and the address tried, before a fresh store is loaded, so a mistake fails at once.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the store over HTTP: SPARQL endpoint at /kg, Fuseki's UI at /, named queries at /queries, "
                + "linked data pages for every IRI (/id/...), VoID at /.well-known/void. Read-only unless --allow-update. "
                + "A missing or empty store is first loaded with the bundled main article.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a query may run, regular expressions included; it is then stopped and answered 503 "
                    + "(default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-request-size", paramLabel = "SIZE", defaultValue = "10M", converter = Size.class,
            description = "Largest request body accepted, chunked or not, in bytes or with K, M or G; larger gets 413 "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxRequestSize;

    @Option(names = "--max-result-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most rows (or triples) a query answer may have for a client without credentials; a larger answer "
                    + "is refused with 422, never cut short (default: ${DEFAULT-VALUE}).")
    long maxResultRows;

    @Option(names = "--max-result-size", paramLabel = "SIZE", defaultValue = "32M", converter = Size.class,
            description = "Most characters of terms such an answer may hold, the same way (default: ${DEFAULT-VALUE}).")
    long maxResultSize;

    @Option(names = "--max-dump-streams", paramLabel = "N", defaultValue = "4",
            description = "How many /dump and /export downloads may run at once; more get 503 with Retry-After "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxDumpStreams;

    @Option(names = "--allow-update",
            description = "Offer SPARQL Update, Graph Store writes and upload, behind the password.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password for writes and administration (else the environment "
                    + "variable " + AdminLogin.PASSWORD_ENV + ").")
    Path passwordFile;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = AdminLogin.DEFAULT_USER,
            description = "User name that goes with the password (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--backups", paramLabel = "DIR",
            description = "Where /$/backup writes backups (default: the store's directory name + '-backups', beside it).")
    Path backups;

    @Option(names = "--https",
            description = "Serve HTTPS (only) on --port, with the key and certificate in --keystore.")
    boolean https;

    @Option(names = "--keystore", paramLabel = "FILE",
            description = "Keystore (PKCS#12 or JKS) with the server's key and certificate, for --https.")
    Path keystore;

    @Option(names = "--keystore-password-file", paramLabel = "FILE",
            description = "File whose first line is the keystore's password, for --https.")
    Path keystorePasswordFile;

    @Option(names = "--allow-service", paramLabel = "PREFIX",
            description = "Let SPARQL SERVICE call endpoints whose IRI starts with PREFIX (repeatable; e.g. "
                    + "https://query.wikidata.org/). Without it, SERVICE is refused (422) and the server never connects out.")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "A web origin (e.g. https://app.example.org) whose pages may send credentials, to write "
                    + "(repeatable; default none). Every origin may read, without credentials.")
    List<String> corsOrigins = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ServerSettings settings = settings();
        checkPortIsFree(settings);
        Iris iris = common.iris();
        Path dir = common.store();
        if (isFresh(dir, iris)) {
            loadBundled(dir, iris, out);
        }
        KnowledgeStore store = KnowledgeStore.openExisting(dir, iris);
        KgServer server;
        try {
            server = KgServer.start(store, settings);
        } catch (RuntimeException e) {
            store.close();
            throw new CommandFailure("cannot serve on " + settings.host() + ":" + settings.port() + " ("
                    + ErrorHandler.oneLine(rootMessage(e)) + ")", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }, "e2ee-kg-serve-shutdown"));
        int graphs = store.articleGraphNames().size();
        String url = server.url();
        out.println("serving " + dir + " (" + graphs + (graphs == 1 ? " article" : " articles") + ") at " + url);
        out.println("  SPARQL endpoint  " + url + "kg/sparql");
        out.println("  UI               " + url);
        out.println("  named queries    " + url + "queries");
        out.println("  linked data      " + url + "id/...  (VoID: " + url + ".well-known/void)");
        out.println("  writes           " + (settings.allowUpdate() ? "on, for user " + user
                : settings.login().isPresent() ? "off (administration on, for user " + user + ")" : "off (read-only)"));
        out.println("  SERVICE          " + (settings.serviceAllowList().isEmpty() ? "off"
                : "only to " + String.join(", ", settings.serviceAllowList())));
        out.println("press Ctrl-C to stop");
        out.flush();
        server.join();
        return 0;
    }

    private ServerSettings settings() {
        Optional<AdminLogin> login;
        try {
            login = AdminLogin.find(user, passwordFile, System.getenv(AdminLogin.PASSWORD_ENV));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (allowUpdate && login.isEmpty()) {
            throw new CommandFailure("--allow-update needs a password: give --password-file FILE or set "
                    + AdminLogin.PASSWORD_ENV + " (there is no default password)");
        }
        if (timeoutSeconds <= 0) {
            throw new CommandFailure("--timeout must be at least 1 second");
        }
        if (port < 0 || port > 65535) {
            throw new CommandFailure("--port must be between 0 and 65535");
        }
        if (maxResultRows <= 0 || maxDumpStreams <= 0) {
            throw new CommandFailure("--max-result-rows and --max-dump-streams must be at least 1");
        }
        Path store = common.store().toAbsolutePath().normalize();
        Path backupDir = backups != null ? backups
                : store.resolveSibling(store.getFileName() + "-backups");
        Limits limits = new Limits(Duration.ofSeconds(timeoutSeconds), maxRequestSize, maxResultRows, maxResultSize,
                maxDumpStreams);
        try {
            return new ServerSettings(host, port, tls(), limits, allowUpdate, login, corsOrigins, allowService, backupDir);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** The keystore for {@code --https}, checked now so that a mistake fails before any loading. */
    private Optional<ServerSettings.Tls> tls() {
        if (!https) {
            if (keystore != null || keystorePasswordFile != null) {
                throw new CommandFailure("--keystore and --keystore-password-file go with --https");
            }
            return Optional.empty();
        }
        if (keystore == null || keystorePasswordFile == null) {
            throw new CommandFailure("--https needs --keystore FILE and --keystore-password-file FILE");
        }
        if (!Files.isRegularFile(keystore)) {
            throw new CommandFailure(keystore + ": no such keystore");
        }
        try {
            return Optional.of(new ServerSettings.Tls(keystore, AdminLogin.readPassword(keystorePasswordFile)));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /**
     * Fails at once when the address cannot be listened on (a port in use, an address not of
     * this machine), before a fresh store is loaded for nothing.
     */
    private static void checkPortIsFree(ServerSettings settings) {
        if (settings.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(settings.host(), settings.port()));
        } catch (IOException e) {
            throw new CommandFailure("cannot serve on " + settings.host() + ":" + settings.port() + " ("
                    + ErrorHandler.oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
    }

    /** True when the store is missing, an empty directory, or a store without articles. */
    private static boolean isFresh(Path dir, Iris iris) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isEmpty()) {
                    return true;
                }
            } catch (IOException e) {
                throw new CommandFailure(dir + ": cannot be listed (" + e.getMessage() + ")", e);
            }
        }
        try (KnowledgeStore s = KnowledgeStore.openExisting(dir, iris)) {
            return s.articleGraphNames().isEmpty();
        }
    }

    private void loadBundled(Path dir, Iris iris, PrintWriter out) {
        out.println("the store " + dir + " is empty: loading the bundled main article first");
        out.flush();
        LoadResult result;
        List<LoadedArticle> loaded = new ArrayList<>();
        try {
            result = ArticleLoader.standard(iris).load(dir, ArticleSource.expand(List.of()), new LoadListener() {
                @Override
                public void loaded(LoadedArticle article) {
                    loaded.add(article);
                }
            });
        } catch (org.w3id.e2eekg.ingest.ArticleException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        if (!result.allLoaded()) {
            throw new CommandFailure("the bundled article did not load: " + result.failures().get(0).message());
        }
        loaded.forEach(a -> out.println(a.reportLine()));
        out.flush();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** {@code 512}, {@code 64K}, {@code 10M}, {@code 1G}: a size in bytes. */
    static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            long unit = 1;
            if (v.endsWith("K") || v.endsWith("M") || v.endsWith("G")) {
                unit = switch (v.charAt(v.length() - 1)) {
                    case 'K' -> 1024L;
                    case 'M' -> 1024L * 1024;
                    default -> 1024L * 1024 * 1024;
                };
                v = v.substring(0, v.length() - 1);
            }
            try {
                long n = Long.parseLong(v);
                if (n <= 0) {
                    throw new TypeConversionException("'" + value + "' is not a positive size");
                }
                return Math.multiplyExact(n, unit);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new TypeConversionException("'" + value + "' is not a size (bytes, or a number with K, M or G)");
            }
        }
    }
}
