package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.StoreContent;
import org.w3id.e2eekg.support.TestArticles;

/** {@code backup}, {@code restore} and {@code compact} on real TDB2 stores. */
class BackupRestoreTest {
    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path loaded;
    private static Path backup;

    @BeforeAll
    static void loadAndBackUp() {
        loaded = shared.resolve("loaded");
        List<String> load = new java.util.ArrayList<>(List.of("load", "--store", loaded.toString()));
        TestArticles.all().forEach(p -> load.add(p.toString()));
        assertEquals(0, Cli.run(load.toArray(String[]::new)).exit());
        backup = shared.resolve("kg.nq.gz");
        Cli.Result r = Cli.run("backup", "--store", loaded.toString(), "-o", backup.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("backed up " + StoreContent.quadCount(loaded) + " quads of " + loaded + " to " + backup),
                r.outLines());
    }

    private static DatasetGraph copy(Path store) {
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, Iris.standard())) {
            return s.copy();
        }
    }

    @Test
    void aRestoredStoreEqualsTheOriginalQuadForQuad() {
        Path restored = tmp.resolve("restored");
        Cli.Result r = Cli.run("restore", "--store", restored.toString(), backup.toString());
        assertEquals(0, r.exit(), r.toString());
        DatasetGraph original = copy(loaded);
        DatasetGraph copy = copy(restored);
        assertEquals(original.stream().count(), copy.stream().count());
        assertTrue(IsoMatcher.isomorphic(original, copy), "the same quads, blank nodes matched");
        assertEquals(StoreContent.nquads(loaded), StoreContent.nquads(restored));
        assertEquals(0, Cli.run("validate", "--store", restored.toString()).exit());
    }

    @Test
    void aStoreWithDataIsOnlyOverwrittenWhenToldAndThenIsTheBackup() {
        Path store = tmp.resolve("other");
        assertEquals(0, Cli.run("load", "--store", store.toString(), TestArticles.file(TestArticles.DEV_01).toString()).exit());
        String before = StoreContent.nquads(store);
        Cli.Result refused = Cli.run("restore", "--store", store.toString(), backup.toString());
        assertEquals(1, refused.exit(), refused.toString());
        assertEquals(List.of("e2ee-kg: " + store + ": store is not empty (" + StoreContent.quadCount(store)
                + " quads); give --replace to overwrite it with the backup"), refused.errLines());
        assertEquals(before, StoreContent.nquads(store));

        Cli.Result replaced = Cli.run("restore", "--replace", "--store", store.toString(), backup.toString());
        assertEquals(0, replaced.exit(), replaced.toString());
        assertEquals(StoreContent.nquads(loaded), StoreContent.nquads(store));
    }

    @Test
    void aBadBackupChangesNothingAndCreatesNothing() throws IOException {
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = Files.write(tmp.resolve("truncated.nq.gz"), Arrays.copyOf(whole, whole.length / 2));
        Path notRdf = Files.writeString(tmp.resolve("notes.nq"), "these are my notes\n");
        Path defaultGraph = tmp.resolve("triples.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(defaultGraph))) {
            out.write("<https://example.org/a> <https://example.org/b> <https://example.org/c> <https://example.org/g> .\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.write("<https://example.org/a> <https://example.org/b> \"no graph\" .\n".getBytes(StandardCharsets.UTF_8));
        }
        Path existing = tmp.resolve("existing");
        assertEquals(0, Cli.run("load", "--store", existing.toString(), TestArticles.file(TestArticles.DEV_01).toString()).exit());
        String before = StoreContent.nquads(existing);
        for (Path bad : List.of(truncated, notRdf, defaultGraph, tmp.resolve("missing.nq.gz"))) {
            Path fresh = tmp.resolve("fresh-" + bad.getFileName());
            Cli.Result r = Cli.run("restore", "--store", fresh.toString(), bad.toString());
            assertEquals(1, r.exit(), r.toString());
            assertEquals(1, r.errLines().size(), r.toString());
            assertTrue(r.errLines().get(0).startsWith("e2ee-kg: " + bad + ": "), r.toString());
            assertFalse(Files.exists(fresh), "a failed restore leaves no store behind: " + bad);

            Cli.Result over = Cli.run("restore", "--replace", "--store", existing.toString(), bad.toString());
            assertEquals(1, over.exit(), over.toString());
            assertEquals(before, StoreContent.nquads(existing), "the store is as it was: " + bad);
        }
    }

    @Test
    void aBackupNeedsAnExistingStoreAndAWritableFolder() {
        Cli.Result noStore = Cli.run("backup", "--store", tmp.resolve("none").toString(), "-o", tmp.resolve("x.nq.gz").toString());
        assertEquals(1, noStore.exit(), noStore.toString());
        Path noFolder = tmp.resolve("no/such/folder/x.nq.gz");
        Cli.Result r = Cli.run("backup", "--store", loaded.toString(), "-o", noFolder.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.errLines().get(0).startsWith("e2ee-kg: " + noFolder + ": no such directory"), r.toString());
    }

    @Test
    void compactKeepsTheDataAndMovesToANewGeneration() throws IOException {
        Path store = tmp.resolve("compact");
        assertEquals(0, Cli.run("restore", "--store", store.toString(), backup.toString()).exit());
        String before = StoreContent.nquads(store);
        Cli.Result r = Cli.run("compact", "--store", store.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("compacted " + store + ": Data-0001 -> Data-0002 (old generation deleted)"), r.outLines());
        assertFalse(Files.exists(store.resolve("Data-0001")));
        assertEquals(before, StoreContent.nquads(store));
    }
}
