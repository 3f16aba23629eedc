package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison page and the pages of two sources side by side, built from a small story that uses
 * the fields of format v2: labels, {@code via}, a kind overruled with a note, and every kind of difference.
 */
class ComparisonPagesTest {
    static final String SITE = """
            -- index.md --
            ---
            title: "The Riverton bridge vote"
            ---
            The council voted on a bridge.
            -- actors/council.md --
            ---
            name: Riverton City Council
            kind: organization
            ---
            -- actors/mayor.md --
            ---
            name: Mayor Okafor
            kind: person
            ---
            -- articles/post.md --
            ---
            title: "Council approves the river bridge"
            outlet: Morning Post
            label: "Post"
            published: 2024-05-14
            ---
            The council approved the bridge on Monday, seven votes to two, said the mayor. Jean-Luc Okafor spoke.
            -- articles/star.md --
            ---
            title: "Bridge passes after long debate"
            outlet: Evening Star
            published: 2024-05-14
            ---
            The council backed the bridge, eight to one, according to the council. Jean Luc Okafor spoke on Monday night.
            -- articles/wire.md --
            ---
            title: "Riverton: a bridge, and a denial that nobody expected"
            published: 2024-05-15
            ---
            The council did not approve any bridge, a spokesman said. Work starts in June.
            -- claims/approved.md --
            ---
            statement: "The council approved the bridge"
            sources:
              post: {stance: reports, quote: "The council approved the bridge on Monday"}
              star: {stance: attributes, quote: "The council backed the bridge", via: [council]}
              wire: {stance: disputes, quote: "The council did not approve any bridge"}
            ---
            -- claims/vote-count.md --
            ---
            statement: "The vote count"
            topic: The vote
            sources:
              post: {stance: reports, quote: "seven votes to two", value: "7–2", via: [mayor]}
              star: {stance: differs, quote: "eight to one", value: "8–1"}
            ---
            -- claims/speaker.md --
            ---
            statement: "Jean-Luc Okafor spoke"
            topic: The vote
            sources:
              post: {stance: reports, quote: "Jean-Luc Okafor spoke", value: "Jean-Luc Okafor"}
              star: {stance: reports, quote: "Jean Luc Okafor spoke", value: "Jean Luc Okafor"}
            ---
            -- claims/day.md --
            ---
            statement: "The vote was on Monday"
            topic: The vote
            sources:
              post: {stance: reports, quote: "on Monday", value: "Monday"}
              star: {stance: reports, quote: "on Monday night", value: "Monday night"}
            discrepancy: none
            discrepancy_note: "Both say Monday."
            ---
            -- claims/works.md --
            ---
            statement: "Work starts in June"
            sources:
              wire: {stance: reports, quote: "Work starts in June"}
            ---
            """;

    @TempDir
    static Path tmp;

    static Path site;
    static Document compare;

    @BeforeAll
    static void build() {
        Path content = TestFiles.writeFiles(tmp.resolve("content"), SITE);
        site = tmp.resolve("site");
        var run = TestFiles.build(content, site);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        compare = parse("compare.html");
    }

    @Test
    void eachClaimSaysInWordsHowItsSourcesDifferWithAKey() {
        assertThat(row("approved").select(".row-kind").text()).isEqualTo("Sources conflict");
        assertThat(row("vote-count").select(".row-kind").text()).isEqualTo("Details differ");
        assertThat(row("speaker").select(".row-kind").text()).isEqualTo("Spelling differs");
        // The editor overruled the computed kind: their note stands where the kind would be.
        assertThat(row("day").select(".row-kind").text()).isEqualTo("No difference: Both say Monday.");
        assertThat(row("works").select(".row-kind")).isEmpty();
        assertThat(compare.select(".legend dt")).extracting(Element::text).contains("Sources conflict",
                "Details differ", "Spelling differs", "No difference", "One origin");
        assertThat(compare.text()).doesNotContain("differs in").doesNotContain("DIFFERS");
    }

    @Test
    void filtersByKindAndBySingleOriginSayHowManyClaimsTheyShow() {
        assertThat(compare.select("nav.filters p").first().select("a")).extracting(Element::text)
                .containsExactly("All claims (5)", "Conflicts (1)", "Details (1)", "Spelling (1)",
                        "One origin only (2)");
        // Each filter is a wrapper its link targets, nested so that any of them can be the target.
        assertThat(compare.select("#claims > #f-conflict > #f-detail > #f-spelling > #f-single .topic")).hasSize(2);
        assertThat(compare.select("tr.kind-conflict")).extracting(ComparisonPagesTest::claimId)
                .containsExactly("approved");
        assertThat(compare.select("tr.kind-detail")).extracting(ComparisonPagesTest::claimId)
                .containsExactly("vote-count");
        assertThat(compare.select("tr.kind-spelling")).extracting(ComparisonPagesTest::claimId)
                .containsExactly("speaker");
        assertThat(compare.select("tr.single-origin")).extracting(ComparisonPagesTest::claimId)
                .containsExactlyInAnyOrder("vote-count", "works");
        assertThat(compare.select(".filter-note.note-f-single").text()).contains("One origin only (2)");
    }

    @Test
    void headingsAndCellsNameSourcesByTheirLabel() {
        String wire = "Riverton: a bridge, and a denial that…";
        assertThat(compare.select("table.compare").first().select("thead th[scope=col] > a:first-child"))
                .extracting(Element::text).containsExactly("Post", "Evening Star", wire);
        assertThat(compare.text()).doesNotContain("Outlet unknown");
        assertThat(compare.select("table.totals tbody th a")).extracting(Element::text)
                .containsExactly("Post", "Evening Star", wire);
    }

    @Test
    void cellsShowWhereASourceHasTheClaimFromAndWhetherItIsTheOnlySource() {
        Element star = row("approved").select("td").get(1);
        assertThat(star.select(".via").text()).isEqualTo("via Riverton City Council");
        assertThat(star.select(".via a").attr("href")).isEqualTo("actors/council.html");
        assertThat(row("vote-count").select("td").get(0).select(".via").text()).isEqualTo("via Mayor Okafor");
        assertThat(row("vote-count").select(".row-origin").text()).isEqualTo("One origin: Mayor Okafor");
        assertThat(row("works").select(".row-origin").text())
                .isEqualTo("One origin: Riverton: a bridge, and a denial that… (its own reporting)");

        assertThat(row("works").select("td").get(2).select(".only").text()).isEqualTo("only source");
        assertThat(compare.select("td .only")).hasSize(1);
    }

    @Test
    void eachTableSaysThatMoreSourcesFollowToTheSide() {
        assertThat(compare.select(".topic")).allSatisfy(topic -> assertThat(topic.select(".scroll-hint").text())
                .startsWith("3 sources: scroll the table sideways for the rest"));
    }

    @Test
    void everyPairOfSourcesHasAPageSideBySideLinkedFromTheComparison() {
        List<String> pairs = List.of("compare/post/star.html", "compare/post/wire.html", "compare/star/wire.html");
        for (String pair : pairs) {
            assertThat(site.resolve(pair)).as(pair).exists();
        }
        assertThat(compare.select("#pairs a").eachAttr("href")).containsExactlyInAnyOrder(
                "compare/post/star.html", "compare/post/wire.html", "compare/post/star.html",
                "compare/star/wire.html", "compare/post/wire.html", "compare/star/wire.html");
        assertThat(compare.select("#pairs-star").text()).isEqualTo("Evening Star beside Post, Riverton: a bridge, and a denial that…");
        // Each column heading leads to its source's pairs.
        assertThat(compare.select("thead a.col-pairs").first().attr("href")).isEqualTo("#pairs-post");
        assertThat(compare.select("a[href=#pairs]")).isNotEmpty();
    }

    @Test
    void aPageSideBySideListsEveryClaimEitherSourceCoversWithBothSides() {
        Document pair = parse("compare/post/wire.html");
        assertThat(pair.select("h1").text()).isEqualTo("Post side by side with Riverton: a bridge, and a denial that…");
        // In the order of the comparison: by topic, the claims without one last.
        assertThat(pair.select(".pair-list > li .pair-claim a")).extracting(e -> e.attr("href")).containsExactly(
                "../../claims/day.html", "../../claims/speaker.html", "../../claims/vote-count.html",
                "../../claims/approved.html", "../../claims/works.html");
        Element approved = pair.select(".pair-list > li").get(3);
        assertThat(approved.select(".side-name")).extracting(Element::text).containsExactly("Post",
                "Riverton: a bridge, and a denial that…");
        assertThat(approved.select(".side .stance")).extracting(Element::text).containsExactly("● Reports",
                "✕ Disputes");
        assertThat(approved.select(".side-quote")).extracting(Element::text).containsExactly(
                "The council approved the bridge on Monday", "The council did not approve any bridge");
        assertThat(approved.select(".row-kind").text()).isEqualTo("Sources conflict");
        Element works = pair.select(".pair-list > li").get(4);
        assertThat(works.select(".side-silent .side-name").text()).isEqualTo("Post");
        assertThat(pair.select(".pair-counts li")).extracting(Element::text).containsExactly(
                "Claims both cover: 1.", "Claims only Post covers: 3.",
                "Claims only Riverton: a bridge, and a denial that… covers: 1.");
        assertThat(pair.select(".breadcrumbs a")).extracting(e -> e.attr("href")).containsExactly("../../index.html",
                "../../compare.html");

        Document stars = parse("compare/post/star.html");
        Element count = stars.select(".pair-list > li").stream()
                .filter(li -> li.text().contains("The vote count")).findFirst().orElseThrow();
        assertThat(count.select(".value")).extracting(Element::text).containsExactly("7–2", "8–1");
        assertThat(count.select(".via").text()).isEqualTo("via Mayor Okafor");
    }

    private static Element row(String claim) {
        return compare.select("table.compare tr:has(th a[href=claims/" + claim + ".html])").first();
    }

    private static String claimId(Element row) {
        String href = row.select("th a").attr("href");
        return href.substring("claims/".length(), href.length() - ".html".length());
    }

    private static Document parse(String page) {
        try {
            return Jsoup.parse(Files.readString(site.resolve(page)), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
