package org.w3id.e2eekg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.e2eekg.extract.ExtractorFactory;
import org.w3id.e2eekg.fact.FactListing;
import org.w3id.e2eekg.support.TestArticles;

/** What the reader refuses, and what it normalises so that facts are not lost. */
class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(utf8("<w:document>The NSPCC said so.</w:document>"));
        }
        return out.toByteArray();
    }

    /** Files that are not articles, each with the words its refusal must contain. */
    static Stream<Arguments> notArticles() throws IOException {
        return Stream.of(
                Arguments.of("ascii.pdf.txt", utf8("%PDF-1.4\n1 0 obj << /Type /Font /BaseFont /Helvetica >> endobj\n"
                        + "2 0 obj << /Type /Page /MediaBox [0 0 612 792] >> endobj\nThe NSPCC opposes it.\n%%EOF\n"), "Portable Document Format"),
                Arguments.of("letter.rtf.txt", utf8("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} The NSPCC opposes it.}"), "Rich Text"),
                Arguments.of("print.txt", utf8("%!PS-Adobe-3.0\n/Helvetica findfont 12 scalefont setfont\n(The NSPCC) show\n"), "PostScript"),
                Arguments.of("feed.txt", utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>"
                        + "<item><title>The NSPCC opposes it</title></item></channel></rss>"), "rss"),
                Arguments.of("document.docx", zip(), "zip"),
                Arguments.of("fragment.txt", utf8("date 2020-02-06\n<p>The NSPCC opposes it.</p>\n<p>Barnardo's agreed.</p>\n"
                        + "<div class=\"ad\">Buy now</div>"), "HTML markup in a text file"),
                Arguments.of("utf16.txt", ("\uFEFFdate 2020-02-06\nThe NSPCC opposes it.").getBytes(StandardCharsets.UTF_16LE), "UTF-16"),
                Arguments.of("nav-only.html", utf8("<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href=/>Home</a>"
                        + "</nav><p>Subscribe today.</p></body></html>"), "no article text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notArticles")
    void refusesWhatIsNotAnArticleInOneLineNamingTheFile(String name, byte[] bytes, String problem) {
        ArticleException e = assertThrows(ArticleException.class, () -> reader.parse("in/" + name, name, bytes));
        assertTrue(e.getMessage().startsWith("in/" + name + ": "), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains(problem.toLowerCase()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void everyTestArticleIsPlainText() throws Exception {
        for (var p : TestArticles.all()) {
            Article a = reader.read(p);
            assertEquals(ArticleMetadata.NONE, a.metadata(), p.toString());
            assertTrue(a.date() != null, p.toString());
        }
    }

    @Test
    void aTextFileLongerThanTheLimitIsRefused() {
        byte[] big = utf8("date 2020-02-06\n" + "The NSPCC said so. ".repeat(ArticleReader.MAX_TEXT_CHARS / 19 + 1));
        ArticleException e = assertThrows(ArticleException.class, () -> reader.parse("big.txt", "big.txt", big));
        assertTrue(e.getMessage().startsWith("big.txt: article text is too long ("), e.getMessage());
    }

    @Test
    void lineEndsAndInvisibleCharactersDoNotChangeTheFacts() throws Exception {
        String clean = Files.readString(TestArticles.file(TestArticles.DEV_01));
        String messy = "\uFEFF" + clean.replace("\n", "\r")
                .replace("Priti Patel", "Pri\u200Bti\u00A0Pa\u200Ftel")
                .replace("William Barr", "Wil\u00ADliam \u2066Barr\u2069")
                .replace("Facebook", "Face\u200Dbook");
        Article messyArticle = reader.parse("messy.txt", TestArticles.DEV_01, utf8(messy));
        Article cleanArticle = reader.parse("clean.txt", TestArticles.DEV_01, utf8(clean));
        assertEquals(cleanArticle.text(), messyArticle.text(), "the stored text is the normalised one");
        List<String> messyFacts = FactListing.lines(ExtractorFactory.standard().extract(messyArticle));
        assertEquals(FactListing.lines(ExtractorFactory.standard().extract(cleanArticle)), messyFacts);
        assertTrue(messyFacts.stream().anyMatch(l -> l.startsWith("actor\tperson/priti-patel\t")), messyFacts.toString());
    }

    @Test
    void aPageSavedAsTextIsReadAsAPage() throws Exception {
        byte[] page = Files.readAllBytes(TestArticles.page(TestArticles.DEV_01_PAGE));
        Article a = reader.parse("saved.txt", "saved.txt", page);
        assertEquals("Jane Example", a.metadata().authors().get(0));
        assertFalse(a.text().contains("<"), "no markup in the text");
    }
}
