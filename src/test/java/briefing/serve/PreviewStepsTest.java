package briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.model.Diagnostic;
import briefing.model.Severity;
import briefing.site.PostProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the preview adds to served pages: two insertions made by post-processing steps, styled and
 * scripted from the preview's own addresses, so they work with an editor's own layout too.
 */
class PreviewStepsTest {
    private static final Pattern CSP_META = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>");
    private static final String SCRIPT = "<script src=\"/__briefing/reload.js\"></script>\n";
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta http-equiv="Content-Security-Policy" content="style-src 'self';"></head>
            <body class="plain">
            <p>Text &amp; more</p>
            </body>
            </html>
            """;

    @TempDir
    Path dir;

    @Test
    void aChainAppliesItsStepsInOrderAndAnEmptyChainLeavesThePageAlone() {
        byte[] page = "<p>é</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(PostProcess.EMPTY.isEmpty()).isTrue();
        assertThat(PostProcess.EMPTY.apply("a.html", page)).isSameAs(page);

        PostProcess chain = PostProcess.of((path, html) -> html + "[1:" + path + "]").then((path, html) -> html + "[2]");
        assertThat(chain.isEmpty()).isFalse();
        assertThat(new String(chain.apply("a.html", page), StandardCharsets.UTF_8)).isEqualTo("<p>é</p>[1:a.html][2]");
    }

    @Test
    void aGoodSiteGetsTheReloadScriptBeforeTheEndOfTheBodyAndNothingElse() {
        LiveSite.Snapshot good = new LiveSite.Snapshot(Map.of(), List.of(), 1);
        String served = apply(Preview.steps(good), PAGE);
        assertThat(served).isEqualTo(PAGE.replace("</body>", SCRIPT + "</body>"));
        assertThat(apply(Preview.steps(good), "no body")).isEqualTo("no body" + SCRIPT);
    }

    @Test
    void aBrokenSiteGetsTheErrorsFirstAndTheWarningsApartAtTheStartOfTheBodyLinkedToThePreviewStylesheet() {
        Diagnostic warning = new Diagnostic(Severity.WARNING, "content/actors/a.md", 3, "alias 'Ana' never occurs");
        Diagnostic error = new Diagnostic(Severity.ERROR, "content/claims/a.md", 6, "'stance' must be <one of>");
        Diagnostic other = new Diagnostic(Severity.ERROR, "content/claims/b.md", 0, "no statement");
        LiveSite.Snapshot broken = new LiveSite.Snapshot(Map.of("page.html", new byte[0]),
                List.of(warning, other, error), 2);
        String served = apply(Preview.steps(broken), PAGE);

        int start = served.indexOf("<body class=\"plain\">") + "<body class=\"plain\">".length();
        int end = served.indexOf("</div>\n", start) + "</div>\n".length();
        String banner = served.substring(start, end);
        assertThat(banner).startsWith("\n<link rel=\"stylesheet\" href=\"/__briefing/preview.css\">"
                        + "<div class=\"briefing-preview\"><div class=\"briefing-preview-errors\" role=\"alert\">")
                .contains("<strong>The content has 2 errors.</strong> This is the last good version of the page")
                .contains("<a href=\"/__briefing/source?file=content%2Fclaims%2Fa.md#L6\">"
                        + "content/claims/a.md:6: error: 'stance' must be &lt;one of&gt;</a>")
                .contains("<a href=\"/__briefing/source?file=content%2Fclaims%2Fb.md\">")
                .contains("<details class=\"briefing-preview-warnings\"><summary>1 warning as well</summary>")
                .doesNotContain("file:")
                .doesNotContain("style=");
        assertThat(banner.indexOf("claims/a.md:6")).as("errors in file order")
                .isLessThan(banner.indexOf("claims/b.md"));
        assertThat(banner.indexOf("claims/b.md")).as("every error before any warning")
                .isLessThan(banner.indexOf("actors/a.md"));
        assertThat(banner.indexOf("actors/a.md")).as("the warning inside the warnings' own list")
                .isGreaterThan(banner.indexOf("<details"));
        assertThat(served.substring(0, start) + served.substring(end)).as("the page apart from the two insertions")
                .isEqualTo(PAGE.replace("</body>", SCRIPT + "</body>"));
    }

    @Test
    void aSiteThatNeverBuiltSaysSoInsteadOfPromisingALastGoodVersion() {
        Diagnostic error = new Diagnostic(Severity.ERROR, "content/claims/a.md", 6, "'stance' must be <one of>");
        String served = apply(Preview.steps(new LiveSite.Snapshot(Map.of(), List.of(error), 1)), PAGE);
        assertThat(served).contains("<strong>The content has 1 error.</strong> The site has not built yet")
                .doesNotContain("last good version");
    }

    @Test
    void aSiteWithWarningsOnlyShowsThemFoldedAwayWithoutAnAlarm() {
        Diagnostic warning = new Diagnostic(Severity.WARNING, "content/actors/a.md", 3, "alias 'Ana' never occurs");
        String served = apply(Preview.steps(new LiveSite.Snapshot(Map.of(), List.of(warning), 2)), PAGE);
        assertThat(served).contains("<details class=\"briefing-preview-warnings\"><summary>1 warning</summary>")
                .contains("content/actors/a.md:3: warning: alias 'Ana' never occurs")
                .doesNotContain("role=\"alert\"").doesNotContain("briefing-preview-errors");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">"})
    void anEditorsOwnLayoutKeepsTheStyledBannerWhateverPolicyItWrites(String ownPolicy) throws Exception {
        Path content = TestFiles.copySmall(dir);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Matcher meta = CSP_META.matcher(Files.readString(Path.of("templates/layout.ftlh"), StandardCharsets.UTF_8));
        assertThat(meta.find()).as("the bundled layout writes the policy").isTrue();
        Files.writeString(templates.resolve("layout.ftlh"), meta.replaceFirst(Matcher.quoteReplacement(ownPolicy)),
                StandardCharsets.UTF_8);

        try (Server server = Server.start(content, "content", templates, null, 0, new PrintWriter(new StringWriter()));
                Rebuilds rebuilds = new Rebuilds(server)) {
            String good = get(server, "claims/strike-legal.html");
            assertThat(good).contains("<h1>The strike is legal</h1>").doesNotContain("role=\"alert\"");
            Matcher served = CSP_META.matcher(good);
            assertThat(served.find() ? served.group() : "").as("the layout's own policy, unchanged")
                    .isEqualTo(ownPolicy);

            replace(content.resolve("claims/strike-legal.md"), "stance: disputes", "stance: denies");
            rebuilds.awaitUntil(() -> get(server, "claims/strike-legal.html")
                    .contains("role=\"alert\""));
            String broken = get(server, "claims/strike-legal.html");
            assertThat(broken).contains("<link rel=\"stylesheet\" href=\"/__briefing/preview.css\">"
                            + "<div class=\"briefing-preview\"><div class=\"briefing-preview-errors\" role=\"alert\">")
                    .contains("content/claims/strike-legal.md:6: error: 'stance'")
                    .contains(SCRIPT + "</body>");
            int start = broken.indexOf("\n<link rel=\"stylesheet\" href=\"/__briefing/preview.css\">");
            int end = broken.indexOf("</ul></div></div>\n", start) + "</ul></div></div>\n".length();
            assertThat(broken.substring(0, start) + broken.substring(end)).as("the last good page, banner aside")
                    .isEqualTo(good);

            HttpURLConnection css = open(server, "__briefing/preview.css");
            assertThat(css.getResponseCode()).isEqualTo(200);
            assertThat(css.getContentType()).startsWith("text/css");
            assertThat(new String(css.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains(".briefing-preview-errors {");
            css.disconnect();
        }
    }

    /** A condition to wait for; each look may ask the server. */
    private interface Condition {
        boolean holds() throws IOException;
    }

    /**
     * The server's stream of rebuild announcements: waiting for a condition reads the next
     * announcement whenever the condition does not hold yet, so the wait ends as soon as it holds.
     */
    private static final class Rebuilds implements AutoCloseable {
        private final HttpURLConnection events;
        private final BufferedReader in;

        Rebuilds(Server server) throws IOException {
            events = open(server, "__briefing/events");
            events.setReadTimeout(20_000);
            in = new BufferedReader(new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo(": connected");
        }

        void awaitUntil(Condition condition) throws IOException {
            while (!condition.holds()) {
                String line;
                do {
                    line = in.readLine();
                    assertThat(line).as("the server announces rebuilds").isNotNull();
                } while (!line.startsWith("data:"));
            }
        }

        @Override
        public void close() {
            events.disconnect();
        }
    }

    private static String apply(PostProcess chain, String page) {
        return new String(chain.apply("page.html", page.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private static HttpURLConnection open(Server server, String path) throws IOException {
        return (HttpURLConnection) URI.create(server.address() + path).toURL().openConnection();
    }

    private static String get(Server server, String path) throws IOException {
        HttpURLConnection c = open(server, path);
        assertThat(c.getResponseCode()).as(path).isEqualTo(200);
        String body = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        c.disconnect();
        return body;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
