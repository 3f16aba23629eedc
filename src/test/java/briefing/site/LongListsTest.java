package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * Pages stay small when a briefing grows: an actor page shows five mentions in context per source and
 * links to the rest, and the lists of sources, events and claims are cut into numbered parts.
 */
class LongListsTest {
    /** The most a page other than an article page may weigh. */
    private static final long PAGE_LIMIT = 300 * 1024;

    @TempDir
    Path dir;

    @Test
    void anActorPageShowsFiveMentionsPerSourceAndLinksToTheRest() {
        Path content = dir.resolve("content");
        TestFiles.write(content, "index.md", "---\ntitle: Mentions\n---\n");
        TestFiles.write(content, "actors/ana.md", "---\nname: Ana\nkind: person\n---\n");
        TestFiles.write(content, "articles/a.md", "---\ntitle: A\n---\n"
                + "Ana came. Ana spoke. Ana ate. Ana slept. Ana woke. Ana ran. Ana left.\n");
        TestFiles.write(content, "articles/b.md", "---\ntitle: B\n---\nAna stayed. Ana sang.\n");
        Path out = dir.resolve("site");
        TestFiles.Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isZero();

        Document actor = parse(out.resolve("actors/ana.html"));
        List<Element> lists = actor.select("#mentions ~ ul.mentions");
        assertThat(lists).hasSize(2);
        assertThat(lists.get(0).select("li")).hasSize(5);
        assertThat(lists.get(0).select("a").eachAttr("href")).containsExactly("../sources/a.html#m1",
                "../sources/a.html#m2", "../sources/a.html#m3", "../sources/a.html#m4", "../sources/a.html#m5");
        Element more = lists.get(0).nextElementSibling().selectFirst("a");
        assertThat(more.text()).isEqualTo("And 2 more in this source");
        // The link lands on the first mention the page leaves out, highlighted on the source page.
        assertThat(more.attr("href")).isEqualTo("../sources/a.html#m6");
        Document source = parse(out.resolve("sources/a.html"));
        assertThat(source.getElementById("m6").text()).isEqualTo("Ana");
        assertThat(source.getElementById("m6").parent().text()).contains("Ana ran");
        // All names are still counted, each source's own.
        assertThat(actor.select("#naming + ul li").eachText()).containsExactly("A: “Ana” ×7", "B: “Ana” ×2");
        assertThat(lists.get(1).select("li")).hasSize(2);
        assertThat(actor.select("p.meta a[href^=../sources/b.html]")).isEmpty();
    }

    @Test
    void longListsAreCutIntoNumberedPartsThatLinkToEachOther() {
        Path content = dir.resolve("content");
        TestFiles.write(content, "index.md", "---\ntitle: Long lists\n---\n");
        TestFiles.write(content, "actors/ana.md", "---\nname: Ana\nkind: person\n---\n");
        for (int i = 0; i < 1001; i++) {
            TestFiles.write(content, "articles/s%04d.md".formatted(i), "---\ntitle: Source %d\n---\nAna said %d.\n"
                    .formatted(i, i));
        }
        for (int i = 0; i < 1001; i++) {
            TestFiles.write(content, "actors/x%04d.md".formatted(i), "---\nname: Extra %04d\nkind: %s\n---\n"
                    .formatted(i, i < 990 ? "person" : "organization"));
        }
        for (int i = 0; i < 501; i++) {
            TestFiles.write(content, "events/e%03d.md".formatted(i), "---\ntitle: Event %d\ndate: %d-01-02\n"
                    .formatted(i, 1500 + i) + "participants: [ana]\n---\n");
        }
        for (int i = 0; i < 201; i++) {
            TestFiles.write(content, "claims/c%03d.md".formatted(i), """
                    ---
                    statement: "Claim %d"
                    sources:
                      s%04d: {stance: reports, quote: Ana said %d.}
                    ---
                    """.formatted(i, i, i));
        }
        Path out = dir.resolve("site");
        TestFiles.Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isZero();

        assertParts(out, List.of("sources/index.html", "sources/index.2.html"), "ul.sources > li", 1001);
        assertParts(out, List.of("events/index.html", "events/index.2.html"), "ol.events > li", 501);
        assertParts(out, List.of("timeline.html", "timeline.2.html"), "ol.timeline > li", 501);
        assertParts(out, List.of("compare.html", "compare.2.html", "compare.3.html"), "ol.claim-list > li", 201);
        assertParts(out, List.of("actors/index.html", "actors/index.2.html"), "ul.actors > li", 1002);
        assertThat(out.resolve("sources/index.3.html")).doesNotExist();
        // A group cut between two parts has its heading on both, the part's own actors under it.
        assertThat(parse(out.resolve("actors/index.2.html")).select("main h2").eachText())
                .containsExactly("Organizations");
        assertThat(parse(out.resolve("actors/index.2.html")).select("ul.actors > li").text()).isEqualTo("Extra 0999 Extra 1000");

        Document second = parse(out.resolve("compare.2.html"));
        assertThat(second.title()).startsWith("How the sources compare, part 2 of 3 ·");
        assertThat(second.select("nav.parts").first().text()).startsWith("Part 2 of 3: claims 101 to 200.");
        assertThat(second.select("head link[rel=prev]").attr("href")).isEqualTo("compare.html");
        assertThat(second.select("head link[rel=next]").attr("href")).isEqualTo("compare.3.html");
        assertThat(second.select("nav.parts").first().select("[aria-current=page]").text()).isEqualTo("Part 2");
        assertThat(second.text()).contains("Claim 100").contains("Claim 199").doesNotContain("Claim 99 ")
                .doesNotContain("Claim 200");
        Document first = parse(out.resolve("sources/index.html"));
        assertThat(first.select("head link[rel=prev]")).isEmpty();
        assertThat(first.select("nav.parts").first().text()).startsWith("Part 1 of 2: sources 1 to 1000.");
        // The timeline's day chart is on its first part; a gap is measured from the event before a part.
        Document timeline2 = parse(out.resolve("timeline.2.html"));
        assertThat(timeline2.select("ol.timeline > li").first().text()).startsWith("1 year later 2 January 2000 Event 500");
        assertThat(parse(out.resolve("events/index.2.html")).select("ol.events > li").first().text())
                .contains("Event 500");
        // The parts are valid HTML (the W3C checker), as every page of the example is.
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        for (String part : List.of("compare.2.html", "timeline.2.html", "sources/index.html", "actors/index.2.html",
                "events/index.2.html")) {
            String report = validate(validator, out.resolve(part));
            assertThat(report.lines().filter(l -> l.contains(": error:") || l.contains(": fatal")))
                    .as(part).isEmpty();
        }
        for (Path page : pages(out)) {
            if (!page.toString().contains("/sources/s")) {
                assertThat(TestFiles.size(page)).as(out.relativize(page).toString()).isLessThanOrEqualTo(PAGE_LIMIT);
            }
        }
    }

    /** The parts of a list: each links to all of them, and together they show every item once, in order. */
    private static void assertParts(Path out, List<String> paths, String items, int count) {
        int seen = 0;
        for (int k = 0; k < paths.size(); k++) {
            Path file = out.resolve(paths.get(k));
            Document page = parse(file);
            assertThat(page.select("nav.parts")).as(paths.get(k)).hasSize(2);
            List<Path> links = page.select("nav.parts").first().select("ol a").eachAttr("href").stream()
                    .map(href -> file.getParent().resolve(href).normalize()).toList();
            List<Path> expected = new ArrayList<>();
            for (String target : paths) {
                expected.add(out.resolve(target).normalize());
            }
            expected.remove(k);
            assertThat(links).as(paths.get(k)).containsExactlyElementsOf(expected);
            seen += page.select(items).size();
        }
        assertThat(seen).as(paths.get(0)).isEqualTo(count);
    }

    private static String validate(EmbeddedValidator validator, Path page) {
        try {
            return validator.validate(page);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> pages(Path out) {
        try (var s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) {
        return Jsoup.parse(TestFiles.read(file), "");
    }
}
