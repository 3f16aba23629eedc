package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of format v2, read as a reader would: kinds of difference and the editor's notes, the
 * front page's counts and versions side by side, origins in words, sources named by their labels,
 * bylines, and each source on its own.
 */
class FormatTwoPagesTest {
    /**
     * Three sources of one story: one with a label and two authors, one with an outlet only, one with
     * neither; a conflict, a detail, a detail the editor calls spelling, and claims only one source has.
     */
    static final String SITE = """
            -- index.md --
            ---
            title: "The Riverton bridge vote"
            ---
            The council voted on a bridge.
            -- actors/council.md --
            ---
            name: Riverton City Council
            aliases: [the council]
            kind: organization
            ---
            -- actors/mayor.md --
            ---
            name: Mayor Okafor
            kind: person
            ---
            -- events/vote.md --
            ---
            title: The bridge vote
            date: 2024-05-13
            participants: [council]
            ---
            -- articles/post.md --
            ---
            title: "Council approves the river bridge"
            outlet: Morning Post
            label: "Post"
            authors: [Ana Martín, "Luis Gómez"]
            published: 2024-05-14
            ---
            The council approved the bridge on Monday, seven votes to two, said the mayor. Mayor Okafor welcomed it. The bridge will cost 40 million.
            -- articles/star.md --
            ---
            title: "Bridge passes after long debate"
            outlet: Evening Star
            authors: [Jo Park]
            published: 2024-05-14
            ---
            The council backed the bridge, eight to one, according to the council. Critics say it was rushed.
            -- articles/wire.md --
            ---
            title: "Riverton: a bridge, and a denial from the town hall that nobody expected"
            published: 2024-05-15
            ---
            The council did not approve any bridge, a spokesman said. Work starts in June. The meeting ran late on Tuesday.
            -- claims/approved.md --
            ---
            statement: "The council approved the bridge"
            event: vote
            about: [council]
            sources:
              post:
                stance: reports
                quote: "The council approved the bridge on Monday"
              star:
                stance: attributes
                quote: "The council backed the bridge"
                via: [council]
              wire:
                stance: disputes
                quote: "The council did not approve any bridge"
            ---
            -- claims/cost.md --
            ---
            statement: "The bridge will cost 40 million"
            sources:
              post:
                stance: reports
                quote: "The bridge will cost 40 million"
                via: [mayor]
            ---
            -- claims/meeting-day.md --
            ---
            statement: "The day of the vote"
            topic: The vote
            sources:
              post:
                stance: reports
                quote: "on Monday"
                value: "Monday"
              wire:
                stance: reports
                quote: "late on Tuesday"
                value: "Tuesday"
            ---
            -- claims/rushed.md --
            ---
            statement: "Critics say the vote was rushed"
            sources:
              star:
                stance: attributes
                quote: "Critics say it was rushed"
            ---
            -- claims/vote-count.md --
            ---
            statement: "The vote count"
            topic: The vote
            event: vote
            sources:
              post:
                stance: reports
                quote: "seven votes to two"
                value: "7–2"
                via: [mayor]
              star:
                stance: differs
                quote: "eight to one"
                value: "8–1"
                via: [council]
            discrepancy: spelling
            discrepancy_note: "The count was disputed on the night; both are plausible."
            ---
            -- claims/work-starts.md --
            ---
            statement: "Work starts in June"
            sources:
              wire:
                stance: reports
                quote: "Work starts in June"
            ---
            """;

    @TempDir
    static Path tmp;

    static Path site;
    /** The label the wire story gets, having no label and no outlet: its title, cut. */
    static final String WIRE = "Riverton: a bridge, and a denial from…";

    @BeforeAll
    static void build() {
        Path content = TestFiles.writeFiles(tmp.resolve("content"), SITE);
        site = tmp.resolve("site");
        var run = TestFiles.build(content, site);
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void theClaimPageShowsTheKindAndSaysItsOriginsInWords() {
        Document approved = page("claims/approved.html");
        assertThat(approved.select(".facts .flag").text()).isEqualTo("Sources conflict");
        Element origins = approved.selectFirst(".facts dd.origins");
        assertThat(origins.text()).isEqualTo("2 of 3 sources report or attribute it, 2 independent origins: "
                + "Riverton City Council; Post’s own reporting");
        assertThat(origins.select("a").eachAttr("href")).containsExactly("../actors/council.html",
                "../sources/post.html");
        assertThat(approved.select(".quote-card h3 > a").eachText()).containsExactly("Post", "Evening Star", WIRE);
        assertThat(approved.select(".quote-card .via").eachText()).containsExactly("Its own reporting",
                "Via Riverton City Council");

        Document count = page("claims/vote-count.html");
        assertThat(count.select(".flag")).isEmpty();
        assertThat(count.select(".facts .difference-note").text())
                .isEqualTo("Spelling differs: The count was disputed on the night; both are plausible.");
        assertThat(count.selectFirst(".facts dd.origins").text())
                .isEqualTo("1 of 2 sources reports or attributes it, 1 origin: Mayor Okafor");
        assertThat(count.select(".quote-card .via").eachText()).containsExactly("Via Mayor Okafor",
                "Via Riverton City Council");
        assertThat(page("claims/rushed.html").select(".quote-card .via").eachText())
                .containsExactly("Origin not named: counted as its own reporting");
        assertThat(page("claims/meeting-day.html").selectFirst(".facts dd.origins").text())
                .isEqualTo("2 sources, 2 independent origins: Post’s own reporting; " + WIRE + "’s own reporting");
    }

    @Test
    void theFrontPageCountsByKindAndSetsTheVersionsSideBySide() {
        Document index = page("index.html");
        assertThat(index.select(".kind-counts").text())
                .isEqualTo("Where the sources differ: 1 conflict, 1 detail, 1 spelling");
        // Each count opens the comparison filtered to that kind.
        assertThat(index.select(".kind-counts a").eachAttr("href")).containsExactly("compare.html#f-conflict",
                "compare.html#f-detail", "compare.html#f-spelling");
        assertThat(page("compare.html").getElementById("f-detail")).isNotNull();
        Elements differences = index.select("ul.differences > li");
        assertThat(differences).hasSize(2);
        // The conflict first: who reports or attributes it, who disputes it.
        assertThat(differences.get(0).select("p > a").first().text()).isEqualTo("The council approved the bridge");
        assertThat(differences.get(0).select(".flag").text()).isEqualTo("Sources conflict");
        assertThat(versions(differences.get(0))).containsExactly("Report or attribute it: Post, Evening Star",
                "Dispute it: " + WIRE);
        // Then the detail: each value and the sources that give it.
        assertThat(differences.get(1).select(".flag").text()).isEqualTo("Details differ");
        assertThat(versions(differences.get(1))).containsExactly("Monday: Post", "Tuesday: " + WIRE);
        // The editor's spelling is counted, not listed.
        assertThat(index.select("ul.differences").text()).doesNotContain("The vote count");

        assertThat(index.select("ul.single-origin > li").eachText()).containsExactly(
                "The bridge will cost 40 million from Mayor Okafor",
                "Critics say the vote was rushed from Evening Star’s own reporting",
                "The vote count from Mayor Okafor",
                "Work starts in June from " + WIRE + "’s own reporting");
        assertThat(index.select("ul.sources > li > a").eachText()).containsExactly("Post", "Evening Star", WIRE);
    }

    @Test
    void everyPageNamesSourcesByLabelNeverAsAnUnknownOutlet() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            // The comparison (compare.html) has its own headings, tested with it.
            for (Path file : files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.getFileName().toString().equals("compare.html")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("Outlet unknown");
            }
        }
        assertThat(page("sources/index.html").select("ul.sources > li > a").eachText())
                .containsExactly("Post", "Evening Star", WIRE);
        Document event = page("events/vote.html");
        assertThat(event.select(".stances a").eachText()).containsExactly("Post", "Evening Star", WIRE, "Post",
                "Evening Star", WIRE);
        assertThat(event.select(".event-claims > li").get(0).select(".flag").text()).isEqualTo("Sources conflict");
        assertThat(event.select(".event-claims > li").get(1).select(".difference-note").text())
                .startsWith("Spelling differs: The count was disputed");
        assertThat(page("actors/council.html").select(".claims-about .flag").text()).isEqualTo("Sources conflict");
        Document mayor = page("actors/mayor.html");
        assertThat(mayor.select("#naming ~ ul li").eachText()).containsExactly("Post: “Mayor Okafor” ×1");
        assertThat(mayor.select("#mentions ~ h3").eachText()).containsExactly("Post");
    }

    @Test
    void theSourcePageGivesOutletLabelAndByline() {
        Document post = page("sources/post.html");
        assertThat(post.select(".byline").text()).isEqualTo("By Ana Martín and Luis Gómez");
        assertThat(facts(post)).contains("Outlet: Morning Post", "Short name: Post");
        assertThat(post.select("script[type=application/ld+json]").html())
                .contains("\"publisher\":{\"@type\":\"Organization\",\"name\":\"Morning Post\"}")
                .contains("\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Martín\"},"
                        + "{\"@type\":\"Person\",\"name\":\"Luis Gómez\"}]");
        Document star = page("sources/star.html");
        assertThat(star.select(".byline").text()).isEqualTo("By Jo Park");
        assertThat(facts(star)).contains("Outlet: Evening Star").noneMatch(f -> f.startsWith("Short name"));
        Document wire = page("sources/wire.html");
        assertThat(wire.select(".byline")).isEmpty();
        assertThat(facts(wire)).contains("Outlet: unknown", "Short name: " + WIRE);
    }

    @Test
    void theSourcePageSaysWhatItAloneReportsWhereItDiffersAndWhatItIsSilentOn() {
        Document post = page("sources/post.html");
        assertThat(section(post, "only-here")).containsExactly("The bridge will cost 40 million");
        Elements differences = post.select(".source-differences > li");
        assertThat(differences.eachText()).hasSize(2);
        assertThat(differences.get(0).select("p > a").text()).isEqualTo("The council approved the bridge");
        assertThat(versions(differences.get(0))).containsExactly("This source: Reports", "Evening Star: Attributes",
                WIRE + ": Disputes");
        assertThat(differences.get(1).select("p > a").text()).isEqualTo("The day of the vote");
        assertThat(versions(differences.get(1))).containsExactly("This source: Reports Monday",
                WIRE + ": Reports Tuesday");
        assertThat(section(post, "silent")).containsExactly("Critics say the vote was rushed", "Work starts in June");
        assertThat(post.select("#origins ~ ul li").eachText()).containsExactly("Mayor Okafor 2 claims");

        Document star = page("sources/star.html");
        assertThat(section(star, "only-here")).containsExactly("Critics say the vote was rushed");
        // The vote count's difference is the editor's spelling: not a difference in substance.
        assertThat(star.select(".source-differences > li > p > a").eachText())
                .containsExactly("The council approved the bridge");
        assertThat(star.select("#origins ~ ul li").eachText()).containsExactly("Riverton City Council 2 claims");
        assertThat(page("sources/wire.html").select("#origins")).isEmpty();
    }

    @Test
    void theFrontPageKeepsLongListsOfDifferencesShort(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        TestFiles.write(content, "index.md", "---\ntitle: Many differences\n---\n");
        for (int i = 1; i <= 9; i++) {
            TestFiles.write(content, "articles/a" + i + ".md", "---\ntitle: A" + i + "\n---\nThe count.\n");
        }
        StringBuilder eight = new StringBuilder();
        StringBuilder nine = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            String source = "  a" + i + ": {stance: reports, quote: The count, value: \"%s\"}\n";
            if (i <= 8) {
                eight.append(source.formatted("v" + i));
            }
            nine.append(source.formatted(i <= 8 ? "same" : "other"));
        }
        TestFiles.write(content, "claims/eight-values.md",
                "---\nstatement: Eight values\nsources:\n" + eight + "---\n");
        TestFiles.write(content, "claims/nine-sources.md", "---\nstatement: Nine sources\nsources:\n" + nine + "---\n");
        for (int i = 10; i < 24; i++) {
            TestFiles.write(content, "claims/x" + i + ".md", """
                    ---
                    statement: "Claim %d"
                    sources:
                      a1: {stance: reports, quote: The count, value: "1"}
                      a2: {stance: reports, quote: The count, value: "2"}
                    ---
                    """.formatted(i));
        }
        Path out = dir.resolve("site");
        TestFiles.Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select(".kind-counts").text())
                .isEqualTo("Where the sources differ: 0 conflicts, 16 details, 0 spelling");
        // A count of none links to nothing: only the details open the comparison.
        assertThat(index.select(".kind-counts a").eachAttr("href")).containsExactly("compare.html#f-detail");
        assertThat(index.select("ul.differences > li")).hasSize(12);
        assertThat(index.select("#differ ~ p > a[href=compare.html]").first().parent().text())
                .isEqualTo("The full comparison of sources (all 16 claims on which they differ)");
        Element eightValues = index.select("ul.differences > li").get(0);
        assertThat(eightValues.select("p > a").first().text()).isEqualTo("Eight values");
        assertThat(versions(eightValues)).hasSize(6).startsWith("v1: A1");
        assertThat(eightValues.text()).endsWith("And 2 more versions: see the claim.");
        Element nineSources = index.select("ul.differences > li").get(1);
        assertThat(versions(nineSources)).containsExactly("same: A1, A2, A3, A4, A5, A6 and 2 more", "other: A9");
    }

    private static Document page(String path) {
        try {
            return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Each version in a list of versions, as "what: who". */
    private static List<String> versions(Element item) {
        return item.select(".versions > div").stream()
                .map(d -> d.selectFirst("dt").text() + ": " + d.selectFirst("dd").text()).toList();
    }

    private static List<String> facts(Document page) {
        return page.select(".facts > div").stream()
                .map(d -> d.selectFirst("dt").text() + ": " + d.selectFirst("dd").text()).toList();
    }

    /** The items listed under a heading of the "on its own" section. */
    private static List<String> section(Document page, String id) {
        Element next = page.getElementById(id).nextElementSibling();
        return next.tagName().equals("ul") ? next.select("li").eachText() : List.of();
    }
}
