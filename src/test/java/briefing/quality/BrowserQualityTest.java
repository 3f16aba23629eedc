package briefing.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens every kind of page in headless Chromium (Debian's chromium and chromium-driver, installed
 * by {@code .ci/install}) at 390 and 1280 px, light and dark, and fails on horizontal overflow of
 * the page, console errors, failed or external requests, and serious or critical axe-core
 * violations. Never skipped: without the browser it fails and says how to install it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserQualityTest {
    static final Path CHROMIUM = Path.of(System.getProperty("briefing.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("briefing.chromedriver", "/usr/bin/chromedriver"));
    static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    static final int[] WIDTHS = {390, 1280};
    /** How many pages of each item kind to open; the single pages are always opened. */
    static final int PER_KIND = 3;

    @TempDir
    Path tmp;

    private ChromeDriver driver;
    private String axe;
    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test needs Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
                    + ". Install them with .ci/install (apt-get install -y chromium chromium-driver).");
        }
        try (InputStream in = BrowserQualityTest.class.getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core on the test classpath at %s (org.webjars.npm:axe-core)", AXE).isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        profile = Files.createTempDirectory("briefing-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--allow-file-access-from-files",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void everyPageKindWorksOnAPhoneAndADesktop() {
        List<String> problems = new ArrayList<>();
        int opened = 0;
        for (BuiltSites.Site site : BuiltSites.build(tmp)) {
            for (String page : sample(site.pages())) {
                String url = site.root().resolve(page).toUri().toString();
                for (int width : WIDTHS) {
                    for (String scheme : width == 390 ? List.of("light") : List.of("light", "dark")) {
                        String where = site + " " + page + " @" + width + "px " + scheme + ": ";
                        check(url, width, scheme).forEach(p -> problems.add(where + p));
                        opened++;
                    }
                }
            }
        }
        assertThat(opened).as("page views opened").isGreaterThan(20);
        assertThat(problems).as("browser problems in %d page views", opened).isEmpty();
    }

    @Test
    void searchFindsActorsByAliasOfflineFromTheFileSystem() {
        BuiltSites.Site fixture = BuiltSites.build(tmp).get(0);
        driver.get(fixture.root().resolve("search.html").toUri() + "?q=%D0%90%D0%BD%D0%B0");
        List<org.openqa.selenium.WebElement> results = driver.findElements(
                org.openqa.selenium.By.cssSelector("#search-results a"));
        assertThat(results).extracting(org.openqa.selenium.WebElement::getText).containsExactly("Ana Ruiz");
        assertThat(driver.findElement(org.openqa.selenium.By.id("search-all")).isDisplayed()).isFalse();
        assertThat(driver.findElement(org.openqa.selenium.By.id("search-status")).getText()).isEqualTo("1 result");
    }

    /** The single pages, and the first few pages of each item kind. */
    static List<String> sample(List<String> pages) {
        Map<String, Integer> perFolder = new LinkedHashMap<>();
        List<String> chosen = new ArrayList<>();
        for (String page : pages) {
            int slash = page.lastIndexOf('/');
            if (slash < 0 || page.endsWith("/index.html")) {
                chosen.add(page);
            } else if (perFolder.merge(page.substring(0, slash), 1, Integer::sum) <= PER_KIND) {
                chosen.add(page);
            }
        }
        return chosen;
    }

    private List<String> check(String url, int width, String scheme) {
        List<String> problems = new ArrayList<>();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        driver.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
        driver.get(url);

        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add("console error: " + entry.getMessage());
            }
        }
        @SuppressWarnings("unchecked")
        List<String> external = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => !n.startsWith('file:'));");
        external.forEach(n -> problems.add("request outside the site: " + n));
        @SuppressWarnings("unchecked")
        List<String> unloaded = (List<String>) driver.executeScript(
                "return [...document.querySelectorAll('link[rel=stylesheet]')].filter(l => !l.sheet)"
                        + ".map(l => l.href);");
        unloaded.forEach(n -> problems.add("stylesheet failed to load: " + n));

        @SuppressWarnings("unchecked")
        List<String> overflow = (List<String>) driver.executeScript("""
                const doc = document.documentElement, w = doc.clientWidth;
                if (doc.scrollWidth <= w) return [];
                const inScroller = el => { for (let p = el.parentElement; p; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; }
                    return false; };
                const wide = [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > w + 1 && !inScroller(e))
                    .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '')
                        + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')');
                return ['page is ' + doc.scrollWidth + 'px wide in a ' + w + 'px viewport: ' + wide.join(', ')];
                """);
        problems.addAll(overflow);

        driver.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => 'axe ' + v.impact + ' ' + v.id + ': ' + v.help + ' at '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        problems.addAll(violations);
        return problems;
    }
}
