package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.Fuseki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.e2eekg.graph.Prefixes;

/**
 * Fuseki's query UI as this project serves it, in a real headless Chromium against a real
 * read-only server: the query page's examples are the named queries (a click puts the
 * query's text in the editor), its prefixes are the project's, the tabs that write are not
 * shown, the version is Fuseki's, IRIs in the results link to this server's pages, and
 * {@code /kg/sparql} opened in the browser lands on the query page. The browser's console shows
 * no error but the page's refusal to let the editor fetch prefixes from prefix.cc.
 */
class QueryUiBrowserTest {
    @TempDir
    static Path dir;

    private static TestServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
        server = TestServer.start(dir.resolve("store"), ServerSettings.readOnly(0, dir.resolve("backups")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** Opens the query page and waits until its examples and editor are there. */
    private static void openQueryPage(String path) {
        browser.get(server.base + path);
        waiting().until(d -> !d.findElements(By.cssSelector(".badge.text-bg-info")).isEmpty()
                && Boolean.TRUE.equals(js("return !!document.querySelector('.CodeMirror');")));
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::strip).toList();
    }

    @Test
    void theExamplesAreTheNamedQueriesAndThePrefixesTheProjects() {
        openQueryPage(ServiceDescriptionFilter.QUERY_PAGE);
        List<String> titles = NamedQueries.bundled().all().stream().map(NamedQuery::title).toList();
        assertEquals(titles, texts(".badge.text-bg-info"));
        List<String> prefixes = texts("fieldset .badge:not(.text-bg-info)");
        assertTrue(prefixes.containsAll(Prefixes.of(TestServer.IRIS).keySet()), prefixes.toString());

        NamedQuery stances = NamedQueries.bundled().get("stances").orElseThrow();
        browser.findElements(By.cssSelector(".badge.text-bg-info")).stream()
                .filter(b -> b.getText().strip().equals(stances.title())).findFirst().orElseThrow().click();
        waiting().until(d -> stances.text().strip().equals(
                String.valueOf(js("return document.querySelector('.CodeMirror').CodeMirror.getValue();")).strip()));
        // the editor's request to prefix.cc is refused by the page's policy before any connection is made
        List<String> errors = HeadlessChromium.consoleErrors(browser).stream().filter(e -> !(e.contains("prefix.cc")
                && e.contains("Content Security Policy"))).toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void aReadOnlyServerShowsNoWriteTabs() {
        openQueryPage(ServiceDescriptionFilter.QUERY_PAGE);
        List<String> shown = browser.findElements(By.cssSelector("a.nav-link")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).map(String::strip).toList();
        assertTrue(shown.contains("query") && shown.contains("info"), shown.toString());
        assertFalse(shown.contains("add data") || shown.contains("edit"), shown.toString());
    }

    @Test
    void theVersionShownIsFusekis() {
        browser.get(server.base + "/#/");
        waiting().until(d -> d.getPageSource().contains("Version "));
        assertTrue(browser.getPageSource().contains("Version " + Fuseki.VERSION), "Fuseki " + Fuseki.VERSION);
    }

    @Test
    void theSparqlEndpointInABrowserIsTheQueryPageAndResultsLinkToLocalPages() {
        browser.get(server.base + "/kg/sparql");
        waiting().until(d -> d.getCurrentUrl().endsWith(ServiceDescriptionFilter.QUERY_PAGE));
        String query = "SELECT ?s WHERE { ?s a <https://w3id.org/e2ee-kg/ontology#Organisation> } LIMIT 3";
        openQueryPage(ServiceDescriptionFilter.QUERY_PAGE);
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
                query);
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#yasr a[href^='/id/']")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#yasr a[href^='" + TestServer.IRIS.root() + "']")).isEmpty(),
                "result links still point at the published IRIs");
    }
}
