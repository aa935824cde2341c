package org.w3id.e2eekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.e2eekg.ingest.ArticleSource;
import org.w3id.e2eekg.load.ArticleLoader;
import org.w3id.e2eekg.load.DestinationFactory;
import org.w3id.e2eekg.load.LoadDestination;
import org.w3id.e2eekg.load.LoadFailure;
import org.w3id.e2eekg.load.LoadListener;
import org.w3id.e2eekg.load.LoadResult;
import org.w3id.e2eekg.load.LoadedArticle;
import org.w3id.e2eekg.store.BulkLoad;
import org.w3id.e2eekg.store.Credentials;
import org.w3id.e2eekg.store.RemoteStore;
import org.w3id.e2eekg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code load}: reads articles, extracts their facts and writes each article's graph into
 * the store, replacing the graph of an article loaded before from a file of the same name,
 * and compacts the store when that replaced data (unless {@code --no-compact}; the
 * compaction is reported on standard error). Standard output gets one
 * report line per article loaded, once the load is in the store (they are spooled to a
 * temporary file until then, so a load of any size holds none of them in memory); standard
 * error one line per article refused, as it happens, and progress when there are more than
 * {@value #PROGRESS_ABOVE} files ({@link LoadProgress}). Exit code 0 when every article
 * loaded, 1 when any was refused; the refused ones leave the store untouched.
 *
 * <p>With {@code --endpoint URL} the same graphs go to a SPARQL 1.1 Graph Store Protocol
 * endpoint instead of the {@code --store} directory, one HTTP PUT per named graph; the
 * password for {@code --endpoint-user} comes from the environment variable
 * {@value #PASSWORD_ENV}, never from the command line.
 */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Load articles into the store: UTF-8 plain text, or saved HTML pages (the article's text and "
                + "its headline, date, authors and address are taken out of the page). A FILE that is a folder means "
                + "every *.txt, *.html, *.htm and *.xhtml file in it; no FILE means the main article bundled in the jar. "
                + "An article replaces the one loaded before from a file of the same name; it never replaces an "
                + "article from another file.")
final class LoadCommand implements Callable<Integer> {
    static final int PROGRESS_ABOVE = 5;
    /** The environment variable holding the password for {@code --endpoint-user}. */
    static final String PASSWORD_ENV = "E2EE_KG_ENDPOINT_PASSWORD";

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Article files or folders of them.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--endpoint", paramLabel = "URL", converter = EndpointUrl.class,
            description = "Write the graphs into this SPARQL 1.1 Graph Store Protocol endpoint (one HTTP PUT per "
                    + "named graph; for Fuseki, the dataset URL such as http://localhost:3030/ds) instead of the "
                    + "--store directory.")
    String endpoint;

    @Option(names = "--endpoint-user", paramLabel = "USER",
            description = "User name for --endpoint; the password is read from the environment variable "
                    + PASSWORD_ENV + ".")
    String endpointUser;

    @Option(names = "--no-compact",
            description = "Do not compact the store after a load that replaced articles it held (by default it does: "
                    + "TDB2 keeps replaced data in its files until a compaction). See also the compact command.")
    boolean noCompact;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extract on N threads at once (default: one per core, here ${DEFAULT-VALUE}); articles are "
                    + "still written, and reported, in the order given, so the store and the output are the same for any N.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--bulk-loader", paramLabel = "LOADER", defaultValue = "parallel",
            description = "Jena's bulk loader for a load that creates the store: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}). A load into an existing store is one write transaction.")
    BulkLoad.Loader bulkLoader;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadDestination destination = destination();
        List<ArticleSource.Entry> entries = ArticleSource.expand(files);
        boolean progress = entries.size() > PROGRESS_ABOVE;
        LoadProgress meter = new LoadProgress(err, entries.size(), System::nanoTime);
        LoadResult result;
        try (ReportSpool reports = new ReportSpool()) {
            LoadListener listener = new LoadListener() {
                @Override
                public void processed(int index, int total, String source) {
                    if (progress) {
                        meter.processed(index, total, source);
                    }
                }

                @Override
                public void loaded(LoadedArticle article) {
                    reports.add(article.reportLine());
                }

                @Override
                public void failed(LoadFailure failure) {
                    err.println(ErrorHandler.PREFIX + failure.message());
                    if (common.debug() && failure.cause() != null) {
                        failure.cause().printStackTrace(err);
                    }
                    err.flush();
                }
            };
            result = ArticleLoader.standard(common.iris()).withThreads(threads).load(destination, entries, listener);
            // only now are the articles in the store: their reports go out
            reports.copyTo(out);
        }
        out.flush();
        if (progress) {
            err.println("loaded " + result.loaded() + " of " + entries.size() + " articles into "
                    + destination.describe());
        }
        result.compaction().ifPresent(c -> err.println("compacted " + destination.describe() + ": " + c.describe()));
        return result.allLoaded() ? 0 : 1;
    }

    /** The --store directory, or the --endpoint with its credentials; usage errors for mixed options. */
    private LoadDestination destination() {
        boolean storeGiven = spec.commandLine().getParseResult().hasMatchedOption("--store");
        if (endpoint == null) {
            if (endpointUser != null) {
                throw new ParameterException(spec.commandLine(), "--endpoint-user needs --endpoint");
            }
            return DestinationFactory.tdb2(common.store(), common.iris(), !noCompact, bulkLoader);
        }
        if (storeGiven) {
            throw new ParameterException(spec.commandLine(), "give --store or --endpoint, not both");
        }
        if (noCompact) {
            throw new ParameterException(spec.commandLine(), "--no-compact is for a --store; an endpoint compacts itself");
        }
        Credentials credentials = null;
        if (endpointUser != null) {
            String password = System.getenv(PASSWORD_ENV);
            if (password == null || password.isEmpty()) {
                throw new CommandFailure("--endpoint-user " + endpointUser + " needs the password in the environment "
                        + "variable " + PASSWORD_ENV + ", which is not set");
            }
            credentials = new Credentials(endpointUser, password);
        }
        return DestinationFactory.endpoint(endpoint, common.iris(), credentials);
    }

    /** Accepts an absolute http(s) URL only. */
    static final class EndpointUrl implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                RemoteStore.checkUrl(value);
                return value;
            } catch (StoreException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
