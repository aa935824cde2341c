package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.ctl.ActionCompact;
import org.apache.jena.fuseki.ctl.ActionTasks;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.ActionBackup;
import org.apache.jena.fuseki.mgt.ActionBackupList;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.prometheus.FMod_Prometheus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.AuthFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.Prefixes;
import org.w3id.e2eekg.store.KnowledgeStore;

/**
 * The SPARQL server: an embedded Fuseki (jena-fuseki-main) over the store's own TDB2
 * dataset, started and stopped with this object. Every filter and servlet is registered in
 * {@link #routes}, the dataset's endpoints in {@link #dataService}; what it serves:
 *
 * <ul>
 *   <li>{@value #DATASET}: SPARQL 1.1 Query (GET and POST, at {@code /kg}, {@code /kg/sparql},
 *       {@code /kg/query}) and Graph Store Protocol reads ({@code /kg}, {@code /kg/get},
 *       {@code /kg/data}), with the union of the named graphs as default graph (also for
 *       {@code ?default}); every result format by content negotiation, as Fuseki does it.
 *       With {@link ServerSettings#allowUpdate()}: Graph Store writes at {@code /kg} and
 *       {@code /kg/data}, SPARQL Update at {@code /kg} and {@code /kg/update}, uploads at
 *       {@code /kg/upload}, all for the administrator only.</li>
 *   <li>Fuseki's UI at {@code /} (the jena-fuseki-ui module, wired by {@link FMod_UI}), with
 *       the read-only {@code /$/server}, {@code /$/stats} and {@code /$/ping} it needs, and
 *       Prometheus metrics at {@code /$/metrics} ({@link FMod_Prometheus}).</li>
 *   <li>The named queries ({@code /queries}), linked data pages ({@code /id/...},
 *       {@code /graph/...}, {@code /ontology}), the VoID description
 *       ({@code /.well-known/void}) and the dumps ({@code /dump/...}).</li>
 *   <li>With a login only: {@code /$/compact}, {@code /$/tasks} and {@code /$/backup}, for the
 *       administrator. Fuseki's {@code /$/datasets} (adding and removing datasets) is never
 *       offered: the server serves one store.</li>
 * </ul>
 *
 * <p>Guards, each in its own class: {@link AccessRules} and Fuseki's per-endpoint
 * {@link AuthPolicy} and {@link AuthFilter} (writes and administration need the login; none
 * exist without one), {@link CorsFilter} (public reads for every origin, credentials only
 * for listed ones), {@link RequestSizeLimit} (413), {@link BoundedQueryService} and
 * {@link AnswerBudget} (answers made whole and bounded), {@link CancellableRegex} (the
 * timeout stops regular expressions too), {@link FederatedQuery} (no SERVICE calls unless
 * allowed), {@link DumpCache} (dumps written once per store version), optional TLS, and a
 * listening address of the caller's choosing (loopback by default).
 *
 * <p>Speed: answers stream ({@link StreamedAnswer}); linked-data pages, named-query answers
 * and dumps carry an entity tag and a date of the store's version and are answered 304 when
 * a client already has them ({@link StoreVersion}); responses are gzip-compressed for
 * clients that accept it.
 *
 * <p>Trade-offs: the server works on the store's dataset, not a copy, so it must be the
 * only user of the store while it runs (TDB2 allows one JVM per directory anyway); the
 * timeout, union, SERVICE and regex settings are put on that dataset's context. Fuseki's
 * admin module is not used as a whole: it would create a run area in the working directory
 * and offer dataset management; the few admin pieces are added one by one.
 */
public final class KgServer implements AutoCloseable {
    /** Where the dataset is served. */
    public static final String DATASET = "/kg";
    /** The dataset's endpoints that do nothing but write. */
    private static final List<String> WRITE_ONLY_ENDPOINTS = List.of("update", "upload");

    private final FusekiServer fuseki;
    private final String host;
    private final boolean https;
    private final DumpCache dumps;

    private KgServer(FusekiServer fuseki, String host, boolean https, DumpCache dumps) {
        this.fuseki = fuseki;
        this.host = host;
        this.https = https;
        this.dumps = dumps;
    }

    /** Builds and starts a server over {@code store}; the store stays open and owned by the caller. */
    public static KgServer start(KnowledgeStore store, ServerSettings settings) {
        Objects.requireNonNull(store, "store");
        DatasetGraph dsg = store.datasetGraph();
        Limits limits = settings.limits();
        configureQueries(dsg.getContext(), settings);

        StoreVersion versions = new StoreVersion(dsg, store.directory());
        DumpCache dumps = new DumpCache(dsg, store.iris(), versions);
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.create(FMod_UI.create(), FMod_Prometheus.create()))
                // FMod_UI looks for a "webapp" folder under the server's base before the jar's UI; the store has none
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(store.directory().toAbsolutePath()))
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                        new BoundedQueryService(AnswerBudget.of(limits)))
                .add(DATASET, dataService(dsg, settings))
                .enablePing(true)
                .enableStats(true);
        settings.tls().ifPresentOrElse(
                tls -> builder.port(-1).https(settings.port(), tls.keystore().toString(), tls.password()),
                () -> builder.port(settings.port()));
        settings.login().ifPresent(login -> builder.auth(AuthScheme.BASIC)
                .securityHandler(AccessRules.forLogin(DATASET, WRITE_ONLY_ENDPOINTS, login)));
        routes(builder, store, settings, dumps, versions);

        FusekiServer fuseki;
        try {
            fuseki = builder.build();
            listenOn(fuseki.getJettyServer(), settings);
            fuseki.start();
        } catch (RuntimeException e) {
            dumps.close();
            throw e;
        }
        return new KgServer(fuseki, settings.host(), settings.tls().isPresent(), dumps);
    }

    /**
     * Every filter and servlet of the server, in one place. Filters run in the order added:
     * CORS first (so refusals carry its headers), then the request size limit, then the
     * union default graph for the Graph Store, then Fuseki's own dispatch to the dataset.
     */
    private static void routes(FusekiServer.Builder builder, KnowledgeStore store, ServerSettings settings, DumpCache dumps,
                               StoreVersion versions) {
        Iris iris = store.iris();
        DatasetGraph dsg = store.datasetGraph();
        Limits limits = settings.limits();
        long timeout = limits.queryTimeout().toMillis();
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(iris));
        ResourcePage page = new ResourcePage(new LocalPaths(iris), prefixes);
        RdfOutput rdf = new RdfOutput(iris);
        ResourceDescriber describer = new ResourceDescriber(dsg, timeout);
        LinkedDataServlet linkedData = new LinkedDataServlet(describer, iris, page, versions);
        NamedQueries bundled = NamedQueries.bundled();
        NamedQueryServlet namedQueries = new NamedQueryServlet(bundled, dsg, timeout,
                AnswerBudget.of(limits), page, rdf, prefixes, versions);
        DownloadSlots downloads = new DownloadSlots(limits.maxDumpStreams());
        LocalPaths paths = new LocalPaths(iris);
        Kinds kinds = new Kinds(iris);
        ServiceDescriptionFilter describe = new ServiceDescriptionFilter(dsg, iris);
        IdIndexServlet index = new IdIndexServlet(describer, kinds, paths, iris);

        builder.addFilter("/*", new CorsFilter(settings.writeOrigins()))
                .addFilter("/*", new RequestSizeLimit(limits.maxRequestSize()))
                .addFilter("/*", new UnionDefaultGraph(DATASET))
                .addFilter(DATASET + "/sparql", describe)
                .addFilter(DATASET + "/query", describe)
                .addFilter("/*", new QueryUi(bundled, iris, settings.allowUpdate()))
                .addFilter(DATASET + "/*", new HeldBackAnswers())
                .addServlet(QueryUi.SCRIPT, new QueryUi.Script())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/id/*", linkedData)
                .addServlet(IdIndexServlet.PATH, index)
                .addServlet("/graph/*", linkedData)
                .addServlet("/ontology", linkedData)
                .addServlet("/queries", namedQueries)
                .addServlet("/queries/*", namedQueries)
                .addServlet(SearchServlet.PATH, new SearchServlet(new Search(dsg, timeout), paths, kinds))
                .addServlet("/.well-known/void", new VoidServlet(dsg, iris, page))
                .addServlet("/dump/*", new DumpServlet(dumps, downloads))
                // graph exports and the explorer page
                .addServlet("/export/*", new ExportServlet(dsg, iris, downloads))
                .addServlet(ExploreServlet.PATH, new ExploreServlet())
                .addServlet(ExploreServlet.PATH + "/*", new ExploreServlet());
        // the index of each kind of resource, /id/org/ ..., before the linked data pages of /id/*
        Kinds.segments().forEach(segment -> builder.addServlet(IdIndexServlet.PATH + segment + "/", index));
        settings.login().ifPresent(login -> {
            ActionBackup backup = new ActionBackup();
            AuthPolicy administrator = Auth.policyAllowSpecific(login.user());
            FusekiServerCtl.dirBackups = backupFolder(settings.backups());
            administration(builder, administrator, "/$/compact/*", new ActionCompact());
            administration(builder, administrator, "/$/tasks/*", new ActionTasks());
            administration(builder, administrator, "/$/backup/*", backup);
            administration(builder, administrator, "/$/backups/*", backup);
            administration(builder, administrator, "/$/backups-list", new ActionBackupList());
        });
    }

    /** An administration servlet, behind Fuseki's {@link AuthFilter} on the same path spec. */
    private static void administration(FusekiServer.Builder builder, AuthPolicy administrator, String pathSpec,
                                       HttpServlet servlet) {
        builder.addServlet(pathSpec, servlet).addFilter(pathSpec, new AuthFilter(administrator::isAllowed));
    }

    /** ActionBackup writes into FusekiServerCtl's backup area, a static setting of Fuseki's. */
    private static Path backupFolder(Path backups) {
        Path folder = backups.toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot create the backup directory", e);
        }
        return folder;
    }

    /** The settings every query over the served dataset runs with. */
    private static void configureQueries(Context context, ServerSettings settings) {
        context.set(TDB2.symUnionDefaultGraph, true);
        context.set(ARQ.queryTimeout, Long.toString(settings.limits().queryTimeout().toMillis()));
        FederatedQuery.configure(context, settings.serviceAllowList(), settings.limits().queryTimeout());
        GuardedOptimizer.install(context, settings.serviceAllowList(), settings.limits().queryTimeout());
    }

    /**
     * The dataset's endpoints. Reads are open; each write operation carries an
     * {@link AuthPolicy} for the administrator, which Fuseki's dispatcher checks on the
     * operation it chose, whatever path or method led there.
     */
    private static DataService.Builder dataService(DatasetGraph dsg, ServerSettings settings) {
        DataService.Builder b = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R, "data");
        if (settings.allowUpdate()) {
            AuthPolicy administrator = Auth.policyAllowSpecific(settings.login().orElseThrow().user());
            b.addEndpoint(Operation.GSP_RW, administrator)
                    .addEndpoint(Operation.Update, administrator)
                    .addEndpoint(Operation.GSP_RW, "data", administrator)
                    .addEndpoint(Operation.Update, "update", administrator)
                    .addEndpoint(Operation.Upload, "upload", administrator);
        }
        return b;
    }

    /**
     * Binds the connectors to the chosen address and puts Jetty's size limit and compression
     * in front: a response is gzip-compressed when the client accepts it, for GET and POST
     * (SPARQL queries come both ways), whatever its type but images and archives.
     */
    private static void listenOn(Server jetty, ServerSettings settings) {
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(settings.host());
            }
        }
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");
        gzip.setHandler(jetty.getHandler());
        SizeLimitHandler limit = new SizeLimitHandler(settings.limits().maxRequestSize(), -1);
        limit.setHandler(gzip);
        jetty.setHandler(limit);
    }

    /** The port the server listens on (the one picked, when started on port 0). */
    public int port() {
        return https ? fuseki.getHttpsPort() : fuseki.getHttpPort();
    }

    /** The server's base URL, ending in {@code /}: {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0") || h.equals("[::]")) {
            h = "localhost";
        }
        return (https ? "https" : "http") + "://" + h + ":" + port() + "/";
    }

    /** How many dump files have been written since the start: one per format and store version. */
    int dumpsWritten() {
        return dumps.written();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; the store stays open. */
    @Override
    public void close() {
        try {
            fuseki.stop();
        } finally {
            dumps.close();
        }
    }
}
