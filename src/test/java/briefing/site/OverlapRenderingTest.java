package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes that coincide, overlap, cross a mention or sit in a link: a whole small site written inline. */
class OverlapRenderingTest {
    @TempDir
    static Path tmp;

    static Document article;
    static Path site;

    @BeforeAll
    static void build() {
        Path c = tmp.resolve("content");
        TestFiles.write(c, "index.md", "---\ntitle: Overlaps\n---\nSee [the text](article:text).\n");
        TestFiles.write(c, "actors/kim-jong-un.md", """
                ---
                name: Kim Jong Un
                aliases: [Kim]
                kind: person
                ---
                """);
        TestFiles.write(c, "articles/text.md", """
                ---
                title: The text
                ---
                Kim Jong Un met the minister in Pyongyang on Wednesday.

                The talks were [reported by Kim's office](https://example.org/kcna) at length.
                """);
        TestFiles.write(c, "claims/same-a.md", """
                ---
                statement: A
                sources:
                  text: {stance: reports, quote: "met the minister"}
                ---
                """);
        TestFiles.write(c, "claims/same-b.md", """
                ---
                statement: B
                sources:
                  text: {stance: reports, quote: "met the minister"}
                ---
                """);
        TestFiles.write(c, "claims/overlap.md", """
                ---
                statement: C
                sources:
                  text: {stance: reports, quote: "the minister in Pyongyang"}
                ---
                """);
        TestFiles.write(c, "claims/cross.md", """
                ---
                statement: D
                sources:
                  text: {stance: reports, quote: "Jong Un met"}
                ---
                """);
        TestFiles.write(c, "claims/linked.md", """
                ---
                statement: E
                sources:
                  text: {stance: reports, quote: "reported by Kim's office at length"}
                ---
                """);
        site = tmp.resolve("site");
        var run = TestFiles.build(c, site);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        article = Jsoup.parse(TestFiles.read(site.resolve("sources/text.html")));
    }

    @Test
    void everyQuoteHasItsOwnAnchorAndClaimLink() {
        for (String claim : new String[] {"same-a", "same-b", "overlap", "cross", "linked"}) {
            assertThat(article.getElementById("q-" + claim)).as(claim).isNotNull();
            assertThat(article.select(".article-text a.claim-ref[href=../claims/" + claim + ".html]")).as(claim)
                    .hasSize(1);
        }
    }

    @Test
    void noLinkInsideALinkAndNoDuplicateIds() {
        assertThat(article.select("a a")).isEmpty();
        assertThat(article.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void mentionsAreLinkedExceptInsideALinkWhereTheyKeepTheirAnchor() {
        assertThat(article.select("a.mention[href=../actors/kim-jong-un.html]").text()).startsWith("Kim");
        assertThat(article.getElementById("m1")).isNotNull();
        assertThat(article.getElementById("m2")).isNotNull();
        assertThat(article.getElementById("m2").closest("a[href=https://example.org/kcna]")).isNotNull();
    }

    @Test
    void theTextReadsAsWritten() {
        assertThat(article.select(".article-text p").get(0).text().replaceAll("\\[\\d+\\]", ""))
                .isEqualTo("Kim Jong Un met the minister in Pyongyang on Wednesday.");
    }

    @Test
    void claimPagesLinkToTheirQuotes() {
        Document claim = Jsoup.parse(TestFiles.read(site.resolve("claims/cross.html")));
        assertThat(claim.select("a[href=../sources/text.html#q-cross]")).isNotEmpty();
    }
}
