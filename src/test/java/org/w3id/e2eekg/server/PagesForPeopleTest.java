package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The HTML pages a person reads, over a real server on the main article (parsed with jsoup):
 * a resource's facts as sentences with their counts, each quote once and linked to its place
 * in its article by the article's title and date; the article's page with its date, the facts
 * taken from it and its text with those sentences marked; a named graph's page with its
 * triples and download links; the index under {@code /id/}; and a 404 page with search.
 */
class PagesForPeopleTest {
    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(s -> s);

    private static final String ARTICLE = "/id/article/000-4633c21910299fa8";

    private static Document html(String path) {
        HttpResponse<String> r = SERVER.get().get(path, "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body(), SERVER.get().base + path);
    }

    @Test
    void factsReadAsSentencesWithEachQuoteOnceAndLinkedToItsArticle() {
        Document nspcc = html("/id/org/nspcc");
        List<Element> facts = nspcc.select("ul.facts > li");
        assertFalse(facts.isEmpty());
        Element opposes = facts.stream().filter(f -> f.selectFirst("p.fact").text().contains("opposes")).findFirst().orElseThrow();
        String line = opposes.selectFirst("p.fact").text();
        assertTrue(line.matches(".+ opposes end-to-end encryption — \\d+ sentences? in 1 article"), line);
        for (Element fact : facts) {
            List<String> quotes = fact.select("blockquote").stream().map(q -> q.ownText()).toList();
            assertEquals(new HashSet<>(quotes).size(), quotes.size(), "a sentence shown twice: " + quotes);
            for (Element link : fact.select("blockquote a")) {
                assertTrue(link.attr("href").startsWith(ARTICLE + "#s"), link.attr("href"));
                assertTrue(link.text().endsWith(", 2020-02-06"), link.text());
            }
        }
        assertFalse(nspcc.html().contains("id:statement/"), "no bare statement IRIs");
    }

    @Test
    void anArticlesPageHasItsDateFactsAndMarkedText() {
        Document article = html(ARTICLE);
        assertTrue(article.selectFirst("p.lead").text().contains("Published 2020-02-06"), article.selectFirst("p.lead").text());
        assertFalse(article.select("h2:contains(Facts taken from this article) + ul.facts li").isEmpty());
        Element text = article.selectFirst("div.text");
        assertTrue(text.select("mark").size() > 5);
        Set<String> anchors = new HashSet<>();
        text.select("span[id]").forEach(s -> anchors.add(s.id()));
        for (Element link : html("/id/org/nspcc").select("blockquote a")) {
            String anchor = link.attr("href").substring(link.attr("href").indexOf('#') + 1);
            assertTrue(anchors.contains(anchor), "no anchor " + anchor + " in the article's text");
        }
        for (Element fact : article.select("ul.facts li a[href^=#s]")) {
            assertTrue(anchors.contains(fact.attr("href").substring(1)), fact.attr("href"));
        }
    }

    @Test
    void aNamedGraphsPageShowsItsContentAndDownloads() {
        String graph = TestServer.IRIS.articleGraph("000-4633c21910299fa8");
        Document page = html("/graph/article/000-4633c21910299fa8");
        assertTrue(page.select("h2:contains(Content) + table tr").size() > 100);
        Element turtle = page.select("a").stream().filter(a -> a.text().equals("turtle")).findFirst().orElseThrow();
        assertEquals("/export/turtle?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8), turtle.attr("href"));
        HttpResponse<String> download = SERVER.get().get(turtle.attr("href"), null);
        assertEquals(200, download.statusCode());
        assertTrue(download.body().contains("nspcc"));
    }

    @Test
    void theIndexListsKindsAndTheirMembers() {
        Document index = html("/id/");
        Element orgs = index.select("a[href=/id/org/]").first();
        assertTrue(orgs != null, index.html());
        Document organisations = html("/id/org/");
        assertFalse(organisations.select("a[href=/id/org/nspcc]").isEmpty());
    }

    @Test
    void notFoundIsAPageWithSearchForBrowsersAndTextForMachines() {
        HttpResponse<String> browser = SERVER.get().get("/id/org/no-such-charity", "text/html,*/*;q=0.8");
        assertEquals(404, browser.statusCode());
        Document page = Jsoup.parse(browser.body());
        assertEquals("no such charity", page.selectFirst("form.search input[name=q]").attr("value"));
        HttpResponse<String> machine = SERVER.get().get("/id/org/no-such-charity", "text/turtle");
        assertEquals(404, machine.statusCode());
        assertTrue(TestServer.contentType(machine).startsWith("text/plain"));
        assertEquals(404, SERVER.get().get("/queries/no-such-query", "text/html").statusCode());
    }
}
