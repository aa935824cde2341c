package org.w3id.e2eekg.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.w3id.e2eekg.cli.Main;

/** Runs {@code e2ee-kg} in-process, capturing what it writes. */
public final class Cli {
    private Cli() {}

    /** Exit code and captured output of one run. */
    public record Result(int exit, String out, String err) {
        /** The non-empty lines of standard error. */
        public List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        /** The non-empty lines of standard output. */
        public List<String> outLines() {
            return out.lines().filter(l -> !l.isBlank()).toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }
}
