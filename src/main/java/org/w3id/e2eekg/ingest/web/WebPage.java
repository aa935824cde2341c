package org.w3id.e2eekg.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3id.e2eekg.ingest.ArticleMetadata;

/**
 * A saved web page, read: the article's text taken out of it ({@link MainText}) and what the
 * page says about the article ({@link PageMetadata}).
 *
 * <p>The page is parsed by jsoup as a browser would (HTML5 parsing rules; the character set
 * from a byte order mark, the page's {@code <meta charset>}, or UTF-8), in memory, with no
 * network access: nothing the page links to is fetched.
 *
 * @param text     the article's text, paragraphs separated by blank lines, not yet normalised
 * @param metadata the headline, authors and canonical address
 * @param date     the publication date, or null
 */
public record WebPage(String text, ArticleMetadata metadata, LocalDate date) {

    /** Reads a page from its bytes. */
    public static WebPage read(byte[] bytes) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory failed", e);
        }
        PageMetadata meta = PageMetadata.of(page);
        String text = MainText.of(page, meta.metadata().headline());
        return new WebPage(text, meta.metadata(), meta.date());
    }
}
