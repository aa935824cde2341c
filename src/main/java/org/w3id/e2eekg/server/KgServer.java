package org.w3id.e2eekg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.fuseki.Fuseki;
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
import org.apache.jena.query.ARQ;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.Prefixes;
import org.w3id.e2eekg.store.KnowledgeStore;

/**
 * The SPARQL server: an embedded Fuseki (jena-fuseki-main) over the store's own TDB2
 * dataset, started and stopped with this object. What it serves:
 *
 * <ul>
 *   <li>{@value #DATASET}: SPARQL 1.1 Query (GET and POST, at {@code /kg}, {@code /kg/sparql},
 *       {@code /kg/query}) and Graph Store Protocol reads ({@code /kg/get}, {@code /kg/data}),
 *       with the union of the named graphs as default graph (also for {@code ?default});
 *       every result format by content negotiation, as Fuseki does it. With
 *       {@link ServerSettings#allowUpdate()}: {@code /kg/update}, {@code /kg/upload} and
 *       Graph Store writes at {@code /kg/data}, behind the login.</li>
 *   <li>Fuseki's UI at {@code /} (the jena-fuseki-ui module, wired by {@link FMod_UI}), with
 *       the read-only {@code /$/server}, {@code /$/stats} and {@code /$/ping} it needs, and
 *       Prometheus metrics at {@code /$/metrics} ({@link FMod_Prometheus}).</li>
 *   <li>The named queries ({@code /queries}), linked data pages ({@code /id/...},
 *       {@code /graph/...}, {@code /ontology}), the VoID description
 *       ({@code /.well-known/void}) and the dumps ({@code /dump/...}).</li>
 *   <li>With a login only: {@code /$/compact}, {@code /$/tasks} and {@code /$/backup}, behind
 *       it. Fuseki's {@code /$/datasets} (adding and removing datasets) is never offered: the
 *       server serves one store.</li>
 * </ul>
 *
 * <p>Guards: {@link AccessGuard} (writes and administration need the login), a query timeout
 * on the dataset's context (a query that runs out is answered 503 and stopped), a request
 * body limit (Jetty's {@link SizeLimitHandler}: 413), CORS for every origin (Fuseki's
 * filter, preflight included), and a listening address of the caller's choosing
 * (loopback by default).
 *
 * <p>Trade-offs: the server works on the store's dataset, not a copy, so it must be the
 * only user of the store while it runs (TDB2 allows one JVM per directory anyway); the
 * timeout and union settings are put on that dataset's context. Fuseki's admin module is
 * not used as a whole: it would create a run area in the working directory and offer
 * dataset management; the few admin pieces the UI needs are added one by one.
 */
public final class KgServer implements AutoCloseable {
    /** Where the dataset is served. */
    public static final String DATASET = "/kg";

    private final FusekiServer fuseki;
    private final String host;

    private KgServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** Builds and starts a server over {@code store}; the store stays open and owned by the caller. */
    public static KgServer start(KnowledgeStore store, ServerSettings settings) {
        Objects.requireNonNull(store, "store");
        Iris iris = store.iris();
        DatasetGraph dsg = store.datasetGraph();
        long timeout = settings.queryTimeout().toMillis();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout));

        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(iris));
        ResourcePage page = new ResourcePage(new LocalPaths(iris), prefixes);
        RdfOutput rdf = new RdfOutput(iris);
        LinkedDataServlet linkedData = new LinkedDataServlet(new ResourceDescriber(dsg, timeout), iris, page);

        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .add(DATASET, dataService(dsg, settings.allowUpdate()))
                .fusekiModules(FusekiModules.create(FMod_UI.create(), FMod_Prometheus.create()))
                // FMod_UI looks for a "webapp" folder under the server's base before the jar's UI; the store has none
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(store.directory().toAbsolutePath()))
                .enableCors(true)
                .enablePing(true)
                .enableStats(true)
                .addFilter("/*", new AccessGuard(DATASET, settings.login()))
                .addFilter("/*", new UnionDefaultGraph(DATASET))
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/id/*", linkedData)
                .addServlet("/graph/*", linkedData)
                .addServlet("/ontology", linkedData)
                .addServlet("/queries", new NamedQueryServlet(NamedQueries.bundled(), dsg, timeout, page, rdf))
                .addServlet("/queries/*", new NamedQueryServlet(NamedQueries.bundled(), dsg, timeout, page, rdf))
                .addServlet("/.well-known/void", new VoidServlet(dsg, iris, page))
                .addServlet("/dump/*", new DumpServlet(dsg, iris));
        // graph exports and the explorer page
        builder.addServlet("/export/*", new ExportServlet(dsg, iris))
                .addServlet(ExploreServlet.PATH, new ExploreServlet())
                .addServlet(ExploreServlet.PATH + "/*", new ExploreServlet());
        if (settings.login().isPresent()) {
            // ActionBackup writes into FusekiServerCtl's backup area, a static setting of Fuseki's
            Path backups = settings.backups().toAbsolutePath();
            try {
                Files.createDirectories(backups);
            } catch (IOException e) {
                throw new UncheckedIOException(backups + ": cannot create the backup directory", e);
            }
            FusekiServerCtl.dirBackups = backups;
            ActionBackup backup = new ActionBackup();
            builder.enableCompact(true)
                    .enableTasks(true)
                    .addServlet("/$/backup/*", backup)
                    .addServlet("/$/backups/*", backup)
                    .addServlet("/$/backups-list", new ActionBackupList());
        }
        FusekiServer fuseki = builder.build();
        Server jetty = fuseki.getJettyServer();
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(settings.host());
            }
        }
        Handler handler = jetty.getHandler();
        SizeLimitHandler limit = new SizeLimitHandler(settings.maxRequestSize(), -1);
        limit.setHandler(handler);
        jetty.setHandler(limit);
        fuseki.start();
        return new KgServer(fuseki, settings.host());
    }

    private static DataService.Builder dataService(DatasetGraph dsg, boolean allowUpdate) {
        DataService.Builder b = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        if (allowUpdate) {
            b.addEndpoint(Operation.Update, "update")
                    .addEndpoint(Operation.Upload, "upload")
                    .addEndpoint(Operation.GSP_RW, "data");
        } else {
            b.addEndpoint(Operation.GSP_R, "data");
        }
        return b;
    }

    /** The port the server listens on (the one picked, when started on port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's base URL, ending in {@code /}: {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0") || h.equals("[::]")) {
            h = "localhost";
        }
        return "http://" + h + ":" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; the store stays open. */
    @Override
    public void close() {
        fuseki.stop();
    }
}
