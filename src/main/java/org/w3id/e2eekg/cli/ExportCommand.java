package org.w3id.e2eekg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.e2eekg.export.DatasetExporter;
import org.w3id.e2eekg.export.ExportFormat;
import org.w3id.e2eekg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: writes the whole store, deterministically, to standard output or a file.
 * A file is written beside its final name and moved into place, so a failed export never
 * leaves a truncated file behind.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Export the store: trig and nquads and jsonld keep the named graphs, turtle merges them. "
                + "The same content always gives the same bytes.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "trig",
            description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        DatasetGraph data;
        try (KnowledgeStore store = KnowledgeStore.openExisting(common.store(), common.iris())) {
            data = store.copy();
        }
        DatasetExporter exporter = new DatasetExporter(common.iris());
        if (output == null) {
            exporter.write(data, format, spec.commandLine().getOut());
            return 0;
        }
        writeFile(exporter, data);
        spec.commandLine().getOut().println("exported the store as " + format + " to " + output);
        return 0;
    }

    private void writeFile(DatasetExporter exporter, DatasetGraph data) throws IOException {
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
                exporter.write(data, format, w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
