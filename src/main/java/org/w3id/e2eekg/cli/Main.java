package org.w3id.e2eekg.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code e2ee-kg} command. It only dispatches to its subcommands; run without one, it
 * is a usage error.
 *
 * <p>Output is UTF-8 whatever the platform's default charset, so that labels such as
 * "Barnardo’s" survive a pipe into a program that reads JSON.
 */
@Command(name = "e2ee-kg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A knowledge graph of the public debate over end-to-end encryption: load articles into a "
                + "TDB2 store, query it with SPARQL, export, validate and serve it; back it up, restore and compact it.",
        subcommands = {LoadCommand.class, QueryCommand.class, ExportCommand.class, ValidateCommand.class,
                ServeCommand.class, ExtractCommand.class, BackupCommand.class, RestoreCommand.class,
                CompactCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand");
    }

    /** A configured command line writing to the given writers (used by {@link #main} and tests). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        ErrorHandler handler = new ErrorHandler();
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        return cl;
    }

    /** Runs the command with {@code args} and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }
}
