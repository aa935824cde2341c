package org.w3id.e2eekg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.e2eekg.store.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore}: a store from a backup file ({@link StoreBackup}), all or nothing. */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Restore the store from a backup (gzip-compressed or plain N-Quads) in one transaction: a bad "
                + "file leaves the store as it was. A store that holds data is refused unless --replace is given.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.nq.gz", description = "The backup to restore.")
    Path backup;

    @Option(names = "--replace", description = "Replace the content of a store that is not empty (and compact it).")
    boolean replace;

    @Override
    public Integer call() {
        long quads = StoreBackup.restore(backup, common.store(), common.iris(), replace);
        spec.commandLine().getOut().println("restored " + quads + " quads from " + backup + " into " + common.store());
        return 0;
    }
}
