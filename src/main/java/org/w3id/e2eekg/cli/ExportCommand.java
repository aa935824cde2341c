package org.w3id.e2eekg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.e2eekg.export.ExportFormat;
import org.w3id.e2eekg.export.StoreExport;
import org.w3id.e2eekg.export.graph.View;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: writes the store, one of its graphs or a CONSTRUCT query's result,
 * deterministically, as RDF or for a graph tool, to standard output or a file. A file is
 * written beside its final name and moved into place, so a failed export never leaves a
 * truncated file behind.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Export the store: trig, nquads and jsonld keep the named graphs, turtle merges them; graphml "
                + "(yEd, Gephi, Cytoscape), gexf (Gephi), dot (Graphviz) and cytoscape (Cytoscape.js JSON) are for graph "
                + "tools. The same content always gives the same bytes.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "trig",
            description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = "--view", paramLabel = "VIEW",
            description = "fact (the facts and what they link, the evidence on the edges) or full (every triple). "
                    + "Default: fact for the graph formats, full for RDF.")
    View view;

    @Option(names = "--graph", paramLabel = "GRAPH",
            description = "Only this named graph: its IRI, or an article's id (000-4633c21910299fa8).")
    String graph;

    @Option(names = "--query", paramLabel = "FILE.rq", description = "Export the result of this CONSTRUCT query instead of a view.")
    Path query;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Iris iris = common.iris();
        StoreExport export = new StoreExport(iris);
        StoreExport.Request request = request(iris);
        DatasetGraph data;
        try (KnowledgeStore store = KnowledgeStore.openExisting(common.store(), iris)) {
            data = store.copy();
        }
        StoreExport.Selected selected;
        try {
            selected = export.select(data, request);
        } catch (StoreExport.UnknownGraphException e) {
            throw new CommandFailure(common.store() + ": " + e.getMessage());
        }
        if (output == null) {
            export.write(selected, spec.commandLine().getOut());
            return 0;
        }
        writeFile(export, selected);
        spec.commandLine().getOut().println("exported " + (query != null ? query.toString() : request.effectiveView() + " view")
                + " as " + format + " to " + output);
        return 0;
    }

    private StoreExport.Request request(Iris iris) {
        Optional<Query> construct = Optional.empty();
        if (query != null) {
            if (view != null) {
                throw new CommandFailure("--query and --view exclude each other");
            }
            Query q = QueryText.parse(QueryText.read(query), query.toString(), iris);
            if (!q.isConstructType()) {
                throw new CommandFailure(query + ": not a CONSTRUCT query; export needs a graph");
            }
            construct = Optional.of(q);
        }
        Optional<String> graphIri = Optional.ofNullable(graph).map(g -> g.contains(":") ? g : iris.articleGraph(g));
        return new StoreExport.Request(format, Optional.ofNullable(view), graphIri, construct);
    }

    private void writeFile(StoreExport export, StoreExport.Selected selected) throws IOException {
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw new CommandFailure(output + ": is a directory");
        }
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CommandFailure(output + ": no such directory " + dir);
        }
        // not Files.createTempFile: its owner-only permissions would carry over to the result
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE))) {
                export.write(selected, w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
