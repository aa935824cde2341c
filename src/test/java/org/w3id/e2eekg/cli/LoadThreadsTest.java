package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.bench.ArticleGenerator;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.TestArticles;

/**
 * {@code load --threads N} gives, byte for byte, the output and the store that one thread
 * gives: articles are extracted on N threads and written in the order given. Over the test
 * articles and a few generated ones, into a new store (the bulk loader) and into an existing
 * one (one transaction).
 */
class LoadThreadsTest {
    private static final int GENERATED = 24;

    @TempDir
    static Path shared;
    private static Path corpus;
    /** The corpus again, with one article changed. */
    private static Path changed;

    @BeforeAll
    static void corpus() throws IOException {
        corpus = Files.createDirectories(shared.resolve("corpus"));
        changed = Files.createDirectories(shared.resolve("changed"));
        for (Path p : TestArticles.all()) {
            Files.copy(p, corpus.resolve(p.getFileName()));
            Files.copy(p, changed.resolve(p.getFileName()));
        }
        Files.writeString(changed.resolve(TestArticles.DEV_01), Files.readString(TestArticles.file(TestArticles.DEV_01))
                + "\nThe NSPCC said it opposes end-to-end encryption.\n");
        ArticleGenerator generator = ArticleGenerator.withSeed(11);
        for (int i = 0; i < GENERATED; i++) {
            ArticleGenerator.Generated a = generator.article(i);
            Files.writeString(corpus.resolve(a.fileName()), a.text(), StandardCharsets.UTF_8);
            Files.writeString(changed.resolve(a.fileName()), a.text(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void fourThreadsGiveWhatOneGives() throws IOException {
        Result one = load("one", "1");
        Result four = load("four", "4");
        assertEquals(one.report(), four.report(), "the report lines");
        assertEquals(one.store(), four.store(), "the store, exported as N-Quads");
        assertEquals(one.reload(), four.reload(), "the store after loading into it again");
    }

    private record Result(String report, String store, String reload) {}

    private Result load(String name, String threads) throws IOException {
        Path store = shared.resolve(name);
        Cli.Result first = Cli.run("load", "--threads", threads, "--store", store.toString(), corpus.toString());
        assertEquals(0, first.exit(), first.toString());
        String exported = export(store);
        // again, into the store now there: the transaction path, with every article unchanged but one
        Cli.Result second = Cli.run("load", "--threads", threads, "--no-compact", "--store", store.toString(),
                changed.toString());
        assertEquals(0, second.exit(), second.toString());
        return new Result(first.out(), exported, second.out() + export(store));
    }

    private static String export(Path store) throws IOException {
        Path file = store.resolveSibling(store.getFileName() + ".nq");
        Cli.Result r = Cli.run("export", "--store", store.toString(), "--format", "nquads", "-o", file.toString());
        assertEquals(0, r.exit(), r.toString());
        return Files.readString(file);
    }
}
