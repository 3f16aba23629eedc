package briefing.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of every checked site passes the W3C Nu HTML Checker with zero errors, and keeps the
 * site's own contracts: one h1, a lang, links relative, nothing loaded from elsewhere, no script.
 */
class HtmlValidityTest {
    @TempDir
    Path tmp;

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (BuiltSites.Site site : BuiltSites.build(tmp)) {
            for (String page : site.pages()) {
                String report = validator.validate(site.root().resolve(page));
                checked++;
                for (String line : report.split("\n")) {
                    if (line.contains(": error:") || line.contains(": fatal")
                            || line.contains("non-document-error")) {
                        errors.add(site.name() + " " + page + ": " + line.substring(line.indexOf(':', 5) + 1));
                    }
                }
            }
        }
        assertThat(checked).as("pages checked").isGreaterThan(10);
        assertThat(errors).as("Nu HTML Checker errors on %d pages", checked).isEmpty();
    }

    @Test
    void everyPageKeepsTheSiteContracts() throws Exception {
        List<String> problems = new ArrayList<>();
        for (BuiltSites.Site site : BuiltSites.build(tmp)) {
            for (String page : site.pages()) {
                Document doc = Jsoup.parse(site.root().resolve(page).toFile(), "UTF-8");
                String where = site.name() + " " + page + ": ";
                if (doc.select("h1").size() != 1) {
                    problems.add(where + doc.select("h1").size() + " h1 elements");
                }
                if (doc.selectFirst("html[lang]") == null || doc.selectFirst("html").attr("lang").isBlank()) {
                    problems.add(where + "no lang on <html>");
                }
                if (doc.selectFirst("a.skip[href=#main]") == null || doc.getElementById("main") == null) {
                    problems.add(where + "no skip link to #main");
                }
                for (Element e : doc.select("script:not([type=application/ld+json])")) {
                    boolean search = page.equals("search.html") && e.data().isEmpty()
                            && List.of("assets/search.js", "data/search-index.js").contains(e.attr("src"));
                    if (!search) {
                        problems.add(where + "script: " + e.outerHtml());
                    }
                }
                for (Element e : doc.select("[src], link[href]")) {
                    String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                    boolean canonical = e.is("link[rel=canonical]");
                    if (!canonical && (url.contains("//") || url.startsWith("/"))) {
                        problems.add(where + "loads " + url);
                    }
                }
                for (Element a : doc.select("a[href]")) {
                    String href = a.attr("href");
                    if (href.startsWith("/") || (href.contains(":") && !href.startsWith("http")
                            && !href.startsWith("#"))) {
                        problems.add(where + "link not relative: " + href);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
