package briefing.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import briefing.Await;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens every kind of page in headless Chromium (Debian's chromium and chromium-driver, installed
 * by {@code .ci/install}) at 390 and 1280 px, light and dark, and fails on horizontal overflow of
 * the page, console errors, failed or external requests, and serious or critical axe-core
 * violations. Without the browser these checks are skipped, with one line on standard error that
 * says what to install; where {@code BRIEFING_REQUIRE_BROWSER} is set (as {@code .ci/run} does) or
 * {@code -Dbriefing.requireBrowser=true} is given, a missing browser fails the run instead. The
 * paths can be changed with {@code -Dbriefing.chromium=...} and {@code -Dbriefing.chromedriver=...}.
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
    /** Why the browser checks cannot run here, or null when they can. */
    private String missing;

    /** Whether a missing browser fails the run rather than skipping these checks. */
    static boolean browserRequired() {
        String env = System.getenv("BRIEFING_REQUIRE_BROWSER");
        return env != null && !env.isEmpty() && !env.equals("0") || Boolean.getBoolean("briefing.requireBrowser");
    }

    @BeforeAll
    void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "the browser checks need Chromium at " + CHROMIUM + " and chromedriver at "
                    + CHROMEDRIVER + "; install them with `sudo apt-get install chromium chromium-driver`"
                    + " (or .ci/install)";
            if (browserRequired()) {
                fail("BrowserQualityTest failed: " + missing
                        + ". The browser is required here (BRIEFING_REQUIRE_BROWSER or -Dbriefing.requireBrowser),"
                        + " so a missing one fails the run.");
            }
            System.err.println("BrowserQualityTest skipped: " + missing + ".");
            this.missing = missing;
            return;
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
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(Await.HANG_GUARD_MINUTES));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(Await.HANG_GUARD_MINUTES));
    }

    /** Each check counts as skipped where the browser is missing (and not required). */
    @BeforeEach
    void browserPresent() {
        Assumptions.assumeTrue(missing == null, () -> "skipped: " + missing);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
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
        // The script searches once the page has loaded: wait until it has said how many it found.
        WebElement status = driver.findElement(By.id("search-status"));
        new WebDriverWait(driver, Duration.ofMinutes(Await.HANG_GUARD_MINUTES))
                .until(d -> !status.getText().isEmpty());
        List<WebElement> results = driver.findElements(By.cssSelector("#search-results > li > a"));
        // The actor by the alias in her name, first; then the source whose text spells it so.
        assertThat(results).extracting(WebElement::getText).containsExactly("Ana Ruiz", "Strike closes Valmora port");
        assertThat(driver.findElement(By.id("search-nojs")).isDisplayed()).isFalse();
        assertThat(status.getText()).isEqualTo("2 results");
    }

    @Test
    void searchFindsAWordOfAnArticlesTextAsItIsTypedAndShowsThePassage() {
        BuiltSites.Site fixture = BuiltSites.build(tmp).get(0);
        driver.get(fixture.root().resolve("search.html").toUri().toString());
        WebElement input = driver.findElement(By.id("q"));
        // "declined" is only in the text of one article: its first letters find it, as the reader types.
        input.sendKeys("Port DECLIN");
        WebElement status = driver.findElement(By.id("search-status"));
        new WebDriverWait(driver, Duration.ofMinutes(Await.HANG_GUARD_MINUTES))
                .until(d -> status.getText().equals("1 result")
                        && !d.findElements(By.cssSelector("#search-results .passage")).isEmpty());
        WebElement result = driver.findElement(By.cssSelector("#search-results > li"));
        assertThat(result.findElement(By.tagName("a")).getText()).isEqualTo("Dockers walk out in Valmora");
        assertThat(result.findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("sources/coast-daily.html#:~:text=Port%20Authority%20of%20Valmora");
        assertThat(result.findElement(By.className("passage")).getText())
                .contains("The Port Authority of Valmora declined to comment.");
        assertThat(result.findElements(By.tagName("mark"))).extracting(WebElement::getText)
                .containsSubsequence("Port", "declined")
                .allMatch(m -> m.equalsIgnoreCase("port") || m.equals("declined"));
        // Accents and case fold: "tomas" finds Tomás; every word must occur.
        input.clear();
        input.sendKeys("tomas ferrer ");
        new WebDriverWait(driver, Duration.ofMinutes(Await.HANG_GUARD_MINUTES))
                .until(d -> d.findElements(By.cssSelector("#search-results > li > a")).stream()
                        .anyMatch(a -> a.getText().equals("Tomás Ferrer")));
        input.clear();
        input.sendKeys("declined walkout ");
        new WebDriverWait(driver, Duration.ofMinutes(Await.HANG_GUARD_MINUTES))
                .until(d -> status.getText().equals("Nothing found."));
    }

    @Test
    void aFilterOfTheComparisonStartsWhereItsClaimsStart() {
        BuiltSites.Site fixture = BuiltSites.build(tmp).get(0);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        driver.get(fixture.root().resolve("compare.html").toUri() + "#f-detail");
        // The note saying what is shown is at the top of the screen, the first table right under it.
        WebElement note = driver.findElement(By.cssSelector(".note-f-detail"));
        assertThat(note.isDisplayed()).isTrue();
        Number noteTop = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().top;", note);
        assertThat(noteTop.doubleValue()).isBetween(-1.0, 1.0);
        WebElement table = driver.findElements(By.cssSelector("table.compare")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElseThrow();
        Number tableTop = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().top;", table);
        assertThat(tableTop.doubleValue()).isBetween(0.0, 450.0);
        assertThat(driver.findElements(By.cssSelector("table.compare tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.getAttribute("class"))).isNotEmpty().allMatch(c -> c.contains("kind-detail"));
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
