package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
    void aPortInUseFailsAtOnceBeforeAnythingIsLoaded() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            long start = System.nanoTime();
            Cli.Result r = Cli.run("serve", "--store", tmp.resolve("store").toString(), "--port", Integer.toString(taken.getLocalPort()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.errLines().get(0).contains("cannot serve on 127.0.0.1:" + taken.getLocalPort()), r.toString());
            assertFalse(Files.exists(tmp.resolve("store")), "the bundled article was not loaded first");
            assertEquals("", r.out(), r.toString());
            assertTrue(millis < 5_000, "failed at once: " + millis + " ms");
        }
    }

    @Test
    void tlsAndAccessOptionsAreCheckedBeforeAnythingIsLoaded() throws IOException {
        Path store = tmp.resolve("store");
        Path pw = Files.writeString(tmp.resolve("pw"), "secret\n");
        String[][] cases = {
                {"--https"},
                {"--https", "--keystore", tmp.resolve("missing.p12").toString(), "--keystore-password-file", pw.toString()},
                {"--https", "--keystore", pw.toString()},
                {"--keystore", pw.toString()},
                {"--cors-origin", "*"},
                {"--cors-origin", "https://app.example.org/path"},
                {"--allow-service", "file:///etc/passwd"},
                {"--allow-service", "https://query.wikidata.org"},
                {"--max-result-rows", "0"}};
        for (String[] c : cases) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("serve", "--store", store.toString(), "--port", "0"));
            args.addAll(java.util.List.of(c));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(1, r.exit(), String.join(" ", c) + ": " + r);
            assertEquals(1, r.errLines().size(), r.toString());
            assertFalse(Files.exists(store), String.join(" ", c) + ": nothing was loaded");
        }
    }

    @Test
    void everyOptionIsInTheHelp() {
        Cli.Result r = Cli.run("serve", "--help");
        for (String option : new String[] {"--https", "--keystore", "--keystore-password-file", "--allow-service", "--cors-origin",
                "--max-result-rows", "--max-result-size", "--max-dump-streams", "--timeout", "--max-request-size"}) {
            assertTrue(r.out().contains(option), option);
        }
    }

    @Test
    void badSizesAndPortsAreUsageErrors() {
        assertEquals(2, Cli.run("serve", "--max-request-size", "ten").exit());
        assertEquals(1, Cli.run("serve", "--store", tmp.resolve("s").toString(), "--port", "70000").exit());
        assertEquals(1, Cli.run("serve", "--store", tmp.resolve("s").toString(), "--timeout", "0").exit());
    }
}
