package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.e2eekg.export.ExportFormat;
import org.w3id.e2eekg.export.StoreExport;
import org.w3id.e2eekg.export.graph.AttributeNames;
import org.w3id.e2eekg.export.graph.GraphEdge;
import org.w3id.e2eekg.export.graph.GraphNode;
import org.w3id.e2eekg.export.graph.NodeKind;
import org.w3id.e2eekg.export.graph.PropertyGraph;
import org.w3id.e2eekg.export.graph.Value;

/**
 * The explorer page in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, driven by Selenium; one browser for the class), against a real
 * server on a free port over the main article: it draws every actor of the fact view inside
 * the window without dragging, search finds a name, a real mouse click on a node shows its
 * evidence sentences and a link to its page, a focus shows one neighbourhood that grows on
 * click, and the filters hide what they should.
 *
 * <p>Skipped, with a message, only where Chromium or its driver is not installed; CI
 * installs both ({@code .ci/run}). The click test saves a screenshot of the main article with
 * the NSPCC's evidence open, to {@code target/explorer.png}, or with
 * {@code -Dexplorer.screenshot=docs/explorer.png} to the one the README shows.
 */
class ExplorerBrowserTest {
    private static final String NSPCC = TestServer.IRIS.id("org/nspcc");

    @TempDir
    static Path dir;

    private static TestServer server;
    private static ChromeDriver browser;
    private static PropertyGraph view;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
        server = TestServer.start(dir.resolve("store"), ServerSettings.readOnly(0, dir.resolve("backups")));
        view = server.store.read(dsg -> new StoreExport(TestServer.IRIS).select(dsg, new StoreExport.Request(
                ExportFormat.CYTOSCAPE, Optional.empty(), Optional.empty(), Optional.empty()))).graph().orElseThrow();
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

    private static void open(String path) {
        browser.get(server.base + path);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                Boolean.TRUE.equals(js("return !!(window.e2eeExplorer && window.e2eeExplorer.ready);")));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> visibleNodes() {
        return new HashSet<>((List<String>) js("return window.e2eeExplorer.cy.nodes(':visible').map(n => n.id());"));
    }

    private static String label(String id) {
        return view.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().label();
    }

    /** A real mouse click on a node, where Cytoscape drew it. */
    @SuppressWarnings("unchecked")
    private static void click(String id) {
        WebElement graph = browser.findElement(By.id("graph"));
        Map<String, Number> at = (Map<String, Number>) js("return window.e2eeExplorer.cy.getElementById(arguments[0]).renderedPosition();", id);
        int dx = (int) Math.round(at.get("x").doubleValue() - graph.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - graph.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(graph, dx, dy).click().perform();
    }

    private static String detailsTitle() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("details-title")).isEmpty());
        return browser.findElement(By.id("details-title")).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void drawsEveryActorOfTheMainArticleInsideTheWindow() {
        open("/explore");
        Set<NodeKind> actors = EnumSet.of(NodeKind.PERSON, NodeKind.ORGANISATION, NodeKind.PLACE);
        Set<String> expected = view.nodes().stream().filter(n -> actors.contains(n.kind())).map(GraphNode::id)
                .collect(Collectors.toSet());
        assertTrue(expected.size() > 15, expected.toString());
        Set<String> drawn = visibleNodes();
        assertTrue(drawn.containsAll(expected), "actors not drawn: " + expected.stream().filter(a -> !drawn.contains(a)).toList());
        assertEquals(view.nodes().size(), drawn.size());
        List<Map<String, Number>> boxes = (List<Map<String, Number>>) js(
                "return window.e2eeExplorer.cy.nodes().map(n => n.renderedPosition());");
        WebElement graph = browser.findElement(By.id("graph"));
        Set<String> places = new HashSet<>();
        for (Map<String, Number> p : boxes) {
            double x = p.get("x").doubleValue();
            double y = p.get("y").doubleValue();
            assertTrue(x >= 0 && y >= 0 && x <= graph.getSize().getWidth() && y <= graph.getSize().getHeight(),
                    "a node outside the window: " + p);
            places.add(Math.round(x / 4) + "," + Math.round(y / 4));
        }
        assertEquals(boxes.size(), places.size(), "nodes drawn on top of each other");
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser), "errors in the browser's console (a blocked script, a failed request ...)");
    }

    @Test
    void searchFindsANameByItsAlias() {
        open("/explore");
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("Zuckerberg");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#matches li")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#matches li")).getText().startsWith("Mark Zuckerberg"));
        search.sendKeys(Keys.ENTER);
        assertEquals("Mark Zuckerberg", detailsTitle());
        search.clear();
        search.sendKeys("NSPCC");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#matches li")).stream()
                .anyMatch(li -> li.getText().startsWith(label(NSPCC))));
    }

    @Test
    void clickingANodeShowsItsEvidenceAndLinksToItsPage() throws IOException {
        open("/explore");
        click(NSPCC);
        assertEquals(label(NSPCC), detailsTitle());
        Set<String> sentences = view.edges().stream().filter(e -> e.source().equals(NSPCC) || e.target().equals(NSPCC))
                .flatMap(e -> e.values(AttributeNames.SENTENCES).stream()).map(Value::text).collect(Collectors.toSet());
        List<String> shown = browser.findElements(By.cssSelector("#details .evidence blockquote")).stream()
                .map(WebElement::getText).toList();
        assertFalse(shown.isEmpty(), "no evidence shown");
        assertTrue(sentences.containsAll(shown) && shown.containsAll(sentences), shown + " vs " + sentences);
        String shot = System.getProperty("explorer.screenshot", "target/explorer.png");
        Files.createDirectories(Path.of(shot).toAbsolutePath().getParent());
        Files.write(Path.of(shot), browser.getScreenshotAs(OutputType.BYTES));
        WebElement page = browser.findElement(By.cssSelector("#details a.page"));
        assertEquals(server.base + "/id/org/nspcc", page.getAttribute("href"));
        page.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/id/org/nspcc"));
        assertEquals(label(NSPCC), browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aFocusShowsOneNeighbourhoodThatGrowsOnClick() {
        open("/explore?focus=" + URLEncoder.encode(NSPCC, StandardCharsets.UTF_8));
        Set<String> neighbourhood = new HashSet<>(Set.of(NSPCC));
        String letter = null;
        for (GraphEdge e : view.edges()) {
            if (e.source().equals(NSPCC) || e.target().equals(NSPCC)) {
                neighbourhood.add(e.source());
                neighbourhood.add(e.target());
                letter = e.source().equals(NSPCC) ? letter : e.source();
            }
        }
        assertEquals(neighbourhood, visibleNodes());
        assertTrue(letter != null, "something links to the NSPCC");
        click(letter);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> visibleNodes().size() > neighbourhood.size());
        assertTrue(visibleNodes().containsAll(neighbourhood));
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersHideKindsAndLaterFacts() {
        open("/explore");
        browser.findElement(By.cssSelector("#kinds input[value='statistic']")).click();
        Set<String> statistics = view.nodes().stream().filter(n -> n.kind() == NodeKind.STATISTIC).map(GraphNode::id)
                .collect(Collectors.toSet());
        assertFalse(statistics.isEmpty());
        // the filter redraws on the page's next frame: wait for it rather than read the view mid-change
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> statistics.stream().noneMatch(visibleNodes()::contains));
        js("const s = document.getElementById('date'); s.value = '0'; s.dispatchEvent(new Event('input'));");
        String first = browser.findElement(By.id("date-label")).getText();
        List<String> starts = (List<String>) js(
                "return window.e2eeExplorer.cy.edges(':visible').map(e => e.data('start')).filter(s => !!s);");
        assertFalse(starts.isEmpty());
        assertTrue(starts.stream().allMatch(s -> s.compareTo(first) <= 0), first + " but shown: " + starts);
    }
}
