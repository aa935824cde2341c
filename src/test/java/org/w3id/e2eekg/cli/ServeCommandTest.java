package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.support.Cli;

/**
 * {@code e2ee-kg serve}: what it refuses before it starts. The running command is tested
 * end to end, from the jar, by {@code org.w3id.e2eekg.server.ServeJarIT}.
 */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void updatesWithoutAPasswordAreRefused() {
        Cli.Result r = Cli.run("serve", "--store", tmp.resolve("store").toString(), "--allow-update");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.errLines().get(0).contains("--allow-update needs a password"), r.toString());
        assertFalse(Files.exists(tmp.resolve("store")), "nothing was loaded");
    }

    @Test
    void aMissingPasswordFileIsAnError() {
        Cli.Result r = Cli.run("serve", "--store", tmp.resolve("store").toString(), "--password-file", tmp.resolve("none").toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.errLines().get(0).contains("no such password file"), r.toString());
    }

    @Test
    void aFolderThatIsNotAStoreIsNotServed() throws IOException {
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Cli.Result r = Cli.run("serve", "--store", foreign.toString(), "--port", "0");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.errLines().get(0).contains("not a TDB2 store"), r.toString());
    }

    @Test
    void badSizesAndPortsAreUsageErrors() {
        assertEquals(2, Cli.run("serve", "--max-request-size", "ten").exit());
        assertEquals(1, Cli.run("serve", "--store", tmp.resolve("s").toString(), "--port", "70000").exit());
        assertEquals(1, Cli.run("serve", "--store", tmp.resolve("s").toString(), "--timeout", "0").exit());
    }
}
