package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.e2eekg.support.Cli;

/** Help, version, usage errors and the error handler of the top command. */
class MainTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"load", "query", "export", "validate"})
    void everySubcommandHasHelp(String name) {
        Cli.Result r = Cli.run(name, "--help");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Usage: e2ee-kg " + name), r.out());
        assertTrue(r.out().contains("--store=DIR"), r.out());
        assertTrue(r.out().contains("--debug"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void topLevelHelpListsTheSubcommands() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exit());
        for (String name : new String[] {"load", "query", "export", "validate"}) {
            assertTrue(r.out().contains("\n  " + name + " "), r.out());
        }
        Cli.Result v = Cli.run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("e2ee-kg "), v.out());
    }

    @Test
    void usageErrorsExitWithTwoAndPointToHelp() {
        Cli.Result none = Cli.run();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("missing subcommand"), none.err());
        assertEquals(2, Cli.run("frobnicate").exit());
        Cli.Result unknown = Cli.run("load", "--no-such-option");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("Try 'e2ee-kg load --help'"), unknown.err());
        Cli.Result base = Cli.run("load", "--base", "not an iri");
        assertEquals(2, base.exit());
        assertTrue(base.err().contains("not an"), base.err());
    }

    @Test
    void stackTracesOnlyWithDebug() {
        String missing = tmp.resolve("none").toString();
        Cli.Result plain = Cli.run("validate", "--store", missing);
        assertEquals(1, plain.exit());
        assertEquals(1, plain.errLines().size(), plain.toString());
        assertTrue(plain.errLines().get(0).startsWith("e2ee-kg: " + missing), plain.toString());
        Cli.Result debug = Cli.run("validate", "--store", missing, "--debug");
        assertEquals(1, debug.exit());
        assertTrue(debug.errLines().size() > 3, debug.toString());
        assertTrue(debug.err().contains("StoreException"), debug.toString());
    }
}
