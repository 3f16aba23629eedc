package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claim many sources cover: each source's page shows its own stance, and where the sources differ the
 * first eight others in the site's order of sources, then counts the rest.
 */
class ManySourcesTest {
    @TempDir
    Path dir;

    @Test
    void aSourcePageListsEightOtherSourcesOfAClaimInOrderAndCountsTheRest() {
        Path content = dir.resolve("content");
        TestFiles.write(content, "index.md", "---\ntitle: Many sources\n---\n");
        StringBuilder sources = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            // Published in the reverse order of their ids: the site lists s12 first.
            TestFiles.write(content, "articles/s%02d.md".formatted(i), ("---\ntitle: Source %d\npublished: 2024-01-%02d"
                    + "\n---\nThe bridge fell.\n").formatted(i, 13 - i));
            sources.append("  s%02d: {stance: %s, quote: The bridge fell}\n".formatted(i, i == 3 ? "disputes" : "reports"));
        }
        TestFiles.write(content, "claims/bridge.md", "---\nstatement: The bridge fell\nsources:\n" + sources + "---\n");
        Path out = dir.resolve("site");
        TestFiles.Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isZero();

        Document disputing = Jsoup.parse(TestFiles.read(out.resolve("sources/s03.html")));
        Element difference = disputing.selectFirst("ul.source-differences > li");
        assertThat(difference.select("div.own dd").text()).isEqualTo("Disputes");
        assertThat(difference.select("dl.versions > div:not(.own) dt").eachText()).containsExactly("Source 12",
                "Source 11", "Source 10", "Source 9", "Source 8", "Source 7", "Source 6", "Source 5");
        assertThat(difference.select("p.meta").text()).isEqualTo("And 3 more sources: see the claim.");

        Document reporting = Jsoup.parse(TestFiles.read(out.resolve("sources/s08.html")));
        assertThat(reporting.select("section.coverage h3").eachText()).anyMatch(h -> h.startsWith("Reports"));
        difference = reporting.selectFirst("ul.source-differences > li");
        assertThat(difference.select("div.own dd").text()).isEqualTo("Reports");
        assertThat(difference.select("dl.versions > div:not(.own) dt").eachText()).containsExactly("Source 12",
                "Source 11", "Source 10", "Source 9", "Source 7", "Source 6", "Source 5", "Source 4");
        assertThat(difference.select("p.meta").text()).isEqualTo("And 3 more sources: see the claim.");
    }
}
