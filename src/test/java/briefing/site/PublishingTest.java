package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a base_url: canonical links, Open Graph, sitemap.xml and an Atom feed; without one, none of them. */
class PublishingTest {
    @TempDir
    Path dir;

    @Test
    void baseUrlGivesCanonicalLinksOpenGraphSitemapAndFeed() {
        Path content = TestFiles.copySmall(dir);
        TestFiles.replace(content.resolve("index.md"), "language: en",
                "language: en\nbase_url: https://example.org/strike");
        Path out = dir.resolve("site");
        TestFiles.Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isZero();

        Document actor = Jsoup.parse(TestFiles.read(out.resolve("actors/ana-ruiz.html")), "");
        assertThat(actor.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/strike/actors/ana-ruiz.html");
        assertThat(actor.select("meta[property=og:title]").attr("content")).isEqualTo("Ana Ruiz");
        assertThat(actor.select("meta[property=og:url]").attr("content"))
                .isEqualTo("https://example.org/strike/actors/ana-ruiz.html");
        assertThat(actor.select("script[type=application/ld+json]").first().data()).contains("\"@type\":\"Person\"");

        Document sitemap = Jsoup.parse(TestFiles.read(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        assertThat(sitemap.select("url > loc").eachText()).contains("https://example.org/strike/index.html",
                "https://example.org/strike/claims/strike-legal.html").doesNotContain(
                "https://example.org/strike/404.html");
        Document feed = Jsoup.parse(TestFiles.read(out.resolve("feed.xml")), "", Parser.xmlParser());
        assertThat(feed.select("feed > entry > title").eachText()).contains("Dockers walk out in Valmora",
                "Dock workers walk out");
        assertThat(TestFiles.read(out.resolve("robots.txt"))).contains("Sitemap: https://example.org/strike/sitemap.xml");
        // The 404 page is served at any depth, so with a known address its links are absolute.
        Document missing = Jsoup.parse(TestFiles.read(out.resolve("404.html")), "");
        assertThat(missing.select("main a").first().attr("href")).startsWith("https://example.org/strike/");
    }

    @Test
    void withoutBaseUrlNothingAbsolute() {
        Path content = TestFiles.copySmall(dir);
        Path out = dir.resolve("site");
        assertThat(TestFiles.build(content, out).exitCode()).isZero();
        assertThat(out.resolve("sitemap.xml")).doesNotExist();
        assertThat(out.resolve("feed.xml")).doesNotExist();
        assertThat(TestFiles.read(out.resolve("robots.txt"))).doesNotContain("Sitemap");
        assertThat(TestFiles.read(out.resolve("index.html"))).doesNotContain("og:title").doesNotContain("canonical");
    }
}
