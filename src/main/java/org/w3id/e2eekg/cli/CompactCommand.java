package org.w3id.e2eekg.cli;

import java.util.concurrent.Callable;
import org.w3id.e2eekg.store.Compaction;
import org.w3id.e2eekg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code compact}: gives back the disk space that replaced data still takes. TDB2 writes
 * copy-on-write; {@code load} compacts by itself after replacing articles, so this is for a
 * store written some other way (a load with {@code --no-compact}, a server with
 * {@code --allow-update}). Prints the size before and after.
 */
@Command(name = "compact", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compact the store: copy its live data into a new generation and delete the old one, which "
                + "still holds everything that loads replaced. Run it when no server has the store open.")
final class CompactCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Compaction c;
        try (KnowledgeStore store = KnowledgeStore.openExisting(common.store(), common.iris())) {
            c = store.compact();
        }
        spec.commandLine().getOut().println("compacted " + common.store() + ": " + c.describe());
        return 0;
    }
}
