package org.w3id.e2eekg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.store.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup}: the whole store as one gzip-compressed N-Quads file ({@link StoreBackup}). */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a backup of the store: every named graph, as gzip-compressed N-Quads, taken in one read "
                + "transaction. Restore it with the restore command (or load it into any quad store).")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.nq.gz", required = true,
            description = "The backup file; written beside its name and moved into place, so it is never left half "
                    + "written. An existing file is replaced.")
    Path output;

    @Override
    public Integer call() {
        long quads;
        try (KnowledgeStore store = KnowledgeStore.openExisting(common.store(), common.iris())) {
            quads = StoreBackup.backup(store, output);
        }
        spec.commandLine().getOut().println("backed up " + quads + " quads of " + common.store() + " to " + output);
        return 0;
    }
}
