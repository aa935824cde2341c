package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.extract.ExtractorFactory;
import org.w3id.e2eekg.fact.FactListing;
import org.w3id.e2eekg.ingest.ArticleReader;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.TestArticles;

/** {@code e2ee-kg extract}: the fact listing of real articles, and one-line errors for bad ones. */
class ExtractCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheListingOfEachArticleUnderItsName() throws Exception {
        Path dev = TestArticles.file(TestArticles.DEV_01);
        Cli.Result r = Cli.run("extract", dev.toString());
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.outLines();
        assertEquals("# " + dev, lines.get(0));
        List<String> expected = FactListing.lines(ExtractorFactory.standard().extract(new ArticleReader().read(dev)));
        assertEquals(expected, lines.subList(1, lines.size()));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("stance\torg/facebook\tsupports")), r.toString());
    }

    @Test
    void withoutAFileItExtractsTheBundledArticle() {
        Cli.Result r = Cli.run("extract");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.outLines().get(0).startsWith("# /articles/000_4633c21910299fa8.txt"), r.toString());
        assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith("stance\torg/nspcc\topposes")), r.toString());
    }

    @Test
    void aBadArticleIsOneLineNamingTheFile() throws Exception {
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'d', 'a', 't', 'e', ' ', (byte) 0xff, (byte) 0xfe});
        Cli.Result r = Cli.run("extract", bad.toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.errLines().get(0).startsWith("e2ee-kg: ") && r.errLines().get(0).contains(bad.toString()), r.toString());
        assertEquals("", r.out(), r.toString());
    }

    @Test
    void aFolderMeansEveryArticleInIt() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "date 2021-05-01\nApple said it opposes end-to-end encryption.",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "date 2021-05-02\nSignal supports end-to-end encryption.",
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("extract", dir.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(2, r.outLines().stream().filter(l -> l.startsWith("# ")).count(), r.toString());
    }
}
