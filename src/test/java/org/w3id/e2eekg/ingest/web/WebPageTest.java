package org.w3id.e2eekg.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.support.TestArticles;

/** The main text and the metadata taken out of saved pages. */
class WebPageTest {

    private static WebPage page(String html) {
        return WebPage.read(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTestPageGivesItsArticleTextAndNothingElse() throws Exception {
        WebPage p = WebPage.read(Files.readAllBytes(TestArticles.page(TestArticles.DEV_01_PAGE)));
        String expected = Files.readString(TestArticles.file(TestArticles.DEV_01)).split("\n", 2)[1].strip();
        // the text file runs some paragraphs on after their subhead with a single line end
        assertEquals(expected.replaceAll("\n+", "\n\n"),
                p.text().replace("\u00AD", "").replace("\u200B", "").replace('\u00A0', ' '));
        for (String furniture : List.of("cookies", "Advertisement", "SuperVPN", "Share on X", "Topics", "Tech Briefing",
                "More on encryption", "Comments", "Most read", "Privacy Policy", "Photo:", "Read more", "Jane Example")) {
            assertFalse(p.text().contains(furniture), furniture);
        }
    }

    @Test
    void theTestPageGivesItsMetadata() throws Exception {
        WebPage p = WebPage.read(Files.readAllBytes(TestArticles.page(TestArticles.DEV_01_PAGE)));
        assertEquals("Facebook refuses three governments' call for an encryption backdoor as senators threaten to legislate",
                p.metadata().headline());
        assertEquals(LocalDate.of(2019, 12, 12), p.date());
        assertEquals(List.of("Jane Example", "Sam Sample"), p.metadata().authors());
        assertEquals("https://news.example.org/technology/2019/12/facebook-backdoor-refusal", p.metadata().url());
    }

    @Test
    void anArticleElementIsTakenWithItsHeadline() {
        WebPage p = page("""
                <html><body><nav>Home World</nav>
                <article><h1>Ministers write to Facebook</h1><p class="byline">By A. Writer</p>
                <p>The ministers wrote to the company on Friday.</p><div class="social-share">Share</div>
                <p>They asked it to wait.</p></article>
                <footer>Contact us</footer></body></html>""");
        assertEquals("Ministers write to Facebook\n\nThe ministers wrote to the company on Friday.\n\nThey asked it to wait.",
                p.text());
    }

    @Test
    void withoutMarkupTheBlockWithMostProseWins() {
        WebPage p = page("""
                <html><body>
                <div class="top"><a href="/a">Sport</a> <a href="/b">Weather</a> <a href="/c">Money</a></div>
                <div class="x1"><div class="x2">
                  <p>The committee met on Tuesday to hear evidence from the regulator, the police and two charities.</p>
                  <p>Its chair said the evidence, which ran to forty pages, would be published in full next week.</p>
                </div></div>
                <div class="links"><p><a href="/1">A much longer link text that is only a link to another story elsewhere</a></p></div>
                </body></html>""");
        assertTrue(p.text().startsWith("The committee met on Tuesday"), p.text());
        assertFalse(p.text().contains("Sport"), p.text());
        assertFalse(p.text().contains("another story"), p.text());
    }

    @Test
    void aClassNameDoesNotDropTheArticleItself() {
        WebPage p = page("""
                <html><body><article><div class="commentary-body">
                <p>The columnist argued that the bill would weaken encryption for everyone.</p>
                <p>She said the government had not answered the engineers who wrote to it.</p></div>
                <div class="comments">Reader: I agree.</div></article></body></html>""");
        assertEquals("The columnist argued that the bill would weaken encryption for everyone.\n\n"
                + "She said the government had not answered the engineers who wrote to it.", p.text());
    }

    @Test
    void hiddenElementsAndScriptsAreNotText() {
        WebPage p = page("""
                <html><body><main><p>Visible words here.</p><p hidden>Hidden words.</p>
                <p style="display: none">Invisible words.</p><div aria-hidden="true">Decoration.</div>
                <script>var x = "script words";</script><noscript>Enable JavaScript.</noscript></main></body></html>""");
        assertEquals("Visible words here.", p.text());
    }

    @Test
    void metadataComesFromJsonLdWhenTheMetaTagsAreMissing() {
        WebPage p = page("""
                <html><head><title>Site | Story</title>
                <script type="application/ld+json">{ not json at all</script>
                <script type="application/ld+json">[{"@type": "WebSite", "name": "Site"},
                  {"@type": ["ReportageNewsArticle"], "headline": "Regulator fines app", "datePublished": "2021-03-04",
                   "author": {"@type": "Person", "name": "Ann Author"}, "url": "https://example.org/story#top"}]</script>
                </head><body><article><p>The regulator fined the app on Thursday.</p></article></body></html>""");
        assertEquals("Regulator fines app", p.metadata().headline());
        assertEquals(LocalDate.of(2021, 3, 4), p.date());
        assertEquals(List.of("Ann Author"), p.metadata().authors());
        assertEquals("https://example.org/story", p.metadata().url(), "the fragment is not part of the address");
    }

    @Test
    void aTimeElementGivesTheDateAndBadValuesAreIgnored() {
        WebPage p = page("""
                <html><head><meta property="article:published_time" content="2021-02-30T10:00:00Z">
                <link rel="canonical" href="/relative/path"><meta property="og:url" content="javascript:alert(1)"></head>
                <body><article><time datetime="2020-06-01">1 June</time><p>Words of the story.</p></article></body></html>""");
        assertEquals(LocalDate.of(2020, 6, 1), p.date(), "30 February is passed over");
        assertNull(p.metadata().url(), "only an absolute http(s) address is taken");
    }

    @Test
    void aDeeplyNestedPageDoesNotExhaustTheStack() {
        String deep = "<div>".repeat(50_000) + "<p>Deep words of the story.</p>" + "</div>".repeat(50_000);
        WebPage p = page("<html><body>" + deep + "</body></html>");
        assertTrue(p.text().contains("Deep words of the story."), p.text());
    }
}
