package org.newsgraph.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.NetworkFixture;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServletApiCheck;
import org.newsgraph.store.GraphStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer page in a real headless Chromium (Debian packages chromium and chromium-driver):
 * it loads without console errors, draws the actors, finds one by name, shows a statement when an
 * edge is clicked, and runs a canned query. Leaves a screenshot in target/explorer.png. Skips when Chromium or its
 * driver is not installed.
 */
class ExplorerBrowserTest {
    private static final Path SCREENSHOT = Path.of("target/explorer.png");
    @TempDir
    static Path dir;
    private static NewsgraphServer server;
    private static ChromeDriver browser;

    private static final Optional<Path> CHROMIUM = firstExisting("/usr/lib/chromium/chromium", "/usr/bin/chromium");
    private static final Optional<Path> DRIVER = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    // Checked before each test, not in @BeforeAll: an assumption failing there aborts the class
    // before any test starts, and Surefire then reports "Tests run: 0" instead of a skipped test.
    @BeforeEach
    void requireChromium() {
        assumeTrue(CHROMIUM.isPresent() && DRIVER.isPresent(), "Chromium or its driver is not installed"
                + " (Debian packages chromium and chromium-driver): the explorer page is not tested in a browser");
    }

    @BeforeAll
    static void start() {
        if (CHROMIUM.isEmpty() || DRIVER.isEmpty()) return;
        Optional<Path> chromium = CHROMIUM;
        Optional<Path> driver = DRIVER;
        ServletApiCheck.require();
        Path db = dir.resolve("db");
        try (GraphStore store = NetworkFixture.open(db)) {
            store.articleCount();
        }
        server = NewsgraphServer.builder().database(db).config(Path.of("fuseki-config/config.ttl")).port(0).build().start();
        // The driver is given, so Selenium Manager never tries to download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options(chromium.get(), dir));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void loadsDrawsSearchesAndShowsTheStatementBehindAnEdge() throws Exception {
        browser.get(server.baseUrl() + "/explore/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("graph-status"), "actors"));
        assertEquals(4L, script("return window.explorer.cy.nodes().length;"), "every actor is drawn");
        assertTrue(browser.findElement(By.cssSelector("#graph canvas")).isDisplayed());

        browser.findElement(By.id("search-input")).sendKeys("freedon");
        browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        By result = By.cssSelector("#search-results button[data-actor='" + NetworkFixture.FREEDONIA + "']");
        wait.until(ExpectedConditions.elementToBeClickable(result)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#details h2"), "Freedonia"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("graph-status"), "around"));
        assertEquals(3L, script("return window.explorer.cy.nodes().length;"), "Freedonia and its two neighbours");

        clickEdge("quotedAbout");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"),
                "The army must stay behind the river"));
        assertTrue(browser.findElement(By.cssSelector("#details h2")).getText().contains("quotedAbout"));
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
                StandardCopyOption.REPLACE_EXISTING);

        // The query box runs its first canned query (who threatened whom) on the SPARQL endpoint.
        browser.findElement(By.cssSelector("#query-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("query-status"), "rows"));
        assertTrue(browser.findElement(By.cssSelector("#query-results table")).getText().contains("Sylvania"));

        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertEquals(List.of(), errors, "console errors");
    }

    // A real mouse click at the middle of the edge as Cytoscape drew it.
    private void clickEdge(String relation) {
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) script("const edge = window.explorer.cy.edges()"
                + ".filter(e => e.data('interaction') === arguments[0])[0];"
                + "const p = edge.renderedMidpoint(); return [p.x, p.y];", relation);
        WebElement graph = browser.findElement(By.id("graph"));
        int x = (int) Math.round(point.get(0).doubleValue() - graph.getSize().getWidth() / 2.0);
        int y = (int) Math.round(point.get(1).doubleValue() - graph.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(graph, x, y).click().perform();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private static ChromeOptions options(Path chromium, Path dir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // No network but this machine, nothing from Google's services, a fresh profile.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1400,1000");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        return options;
    }

    private static Optional<Path> firstExisting(String... paths) {
        for (String path : paths) {
            if (Files.isExecutable(Path.of(path))) {
                return Optional.of(Path.of(path));
            }
        }
        return Optional.empty();
    }
}
