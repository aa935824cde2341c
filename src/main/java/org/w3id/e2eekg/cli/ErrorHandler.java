package org.w3id.e2eekg.cli;

import java.io.PrintWriter;
import org.w3id.e2eekg.ingest.ArticleException;
import org.w3id.e2eekg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place errors become output. A failure while running prints
 * {@code e2ee-kg: <message>} on one line and exits 1; the stack trace follows only with
 * {@code --debug}. A usage error prints the message and a pointer to {@code --help} and
 * exits 2. Expected failures (bad input, missing store) print their own message; anything
 * else is a bug and says what kind of exception it was.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final String PREFIX = "e2ee-kg: ";

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println(PREFIX + message(ex));
        if (debug(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(PREFIX + oneLine(ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(Throwable ex) {
        boolean expected = ex instanceof CommandFailure || ex instanceof StoreException || ex instanceof ArticleException;
        String m = ex.getMessage();
        if (expected && m != null) {
            return oneLine(m);
        }
        return "unexpected " + ex.getClass().getSimpleName() + (m == null ? "" : ": " + oneLine(m))
                + " (run with --debug for the stack trace)";
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static boolean debug(ParseResult pr) {
        for (ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
