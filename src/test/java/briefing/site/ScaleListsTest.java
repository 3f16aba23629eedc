package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists of silent items stay short when a briefing grows: past a limit they become a count. */
class ScaleListsTest {
    @TempDir
    Path dir;

    @Test
    void manySilentClaimsAreCountedNotListed() {
        Path content = dir.resolve("content");
        TestFiles.write(content, "index.md", "---\ntitle: Many claims\n---\n");
        TestFiles.write(content, "actors/ana.md", "---\nname: Ana\nkind: person\n---\n");
        TestFiles.write(content, "articles/a.md", "---\ntitle: A\n---\nAna spoke. Ana left.\n");
        TestFiles.write(content, "articles/b.md", "---\ntitle: B\n---\nAna stayed.\n");
        TestFiles.write(content, "events/e.md", "---\ntitle: E\ndate: 2024\nparticipants: [ana]\n---\n");
        TestFiles.write(content, "claims/only-b.md", """
                ---
                statement: Ana stayed
                event: e
                sources:
                  b: {stance: reports, quote: Ana stayed.}
                ---
                """);
        for (int i = 0; i < 45; i++) {
            TestFiles.write(content, "claims/c" + i + ".md", """
                    ---
                    statement: "Claim %d"
                    sources:
                      a: {stance: reports, quote: Ana spoke.}
                    ---
                    """.formatted(i));
        }
        Path out = dir.resolve("site");
        TestFiles.Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isZero();

        Document b = parse(out.resolve("sources/b.html"));
        assertThat(b.select(".on-its-own").text()).contains("Silent on 45 claims that other sources cover");
        assertThat(b.select(".on-its-own a[href^=../claims/c]")).isEmpty();

        Document a = parse(out.resolve("sources/a.html"));
        assertThat(a.select(".on-its-own").text()).contains("What it is silent on that others report")
                .contains("Ana stayed");

        Document claim = parse(out.resolve("claims/c0.html"));
        assertThat(claim.text()).contains("Silent: B");
        Document event = parse(out.resolve("events/e.html"));
        assertThat(event.select(".stances li")).hasSize(2);
    }

    @Test
    void withManySourcesTheComparisonListsOnlyTheSourcesThatSpeak() {
        Path content = dir.resolve("content");
        TestFiles.write(content, "index.md", "---\ntitle: Many sources\n---\n");
        TestFiles.write(content, "actors/ana.md", "---\nname: Ana\nkind: person\n---\n");
        for (int i = 0; i < 13; i++) {
            TestFiles.write(content, "articles/s" + i + ".md", "---\ntitle: Source " + i + "\noutlet: Outlet " + i
                    + "\n---\nAna said " + i + ".\n");
        }
        TestFiles.write(content, "claims/said.md", """
                ---
                statement: Ana said something
                sources:
                  s1: {stance: reports, quote: Ana said 1., value: one}
                  s2: {stance: attributes, quote: Ana said 2., value: two}
                ---
                """);
        Path out = dir.resolve("site");
        TestFiles.Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Document compare = parse(out.resolve("compare.html"));
        assertThat(compare.select("table.compare")).isEmpty();
        assertThat(compare.select("ol.claim-list > li")).hasSize(1);
        assertThat(compare.select("ol.claim-list > li.kind-detail .flag").text()).isEqualTo("Details differ");
        assertThat(compare.select(".stances li")).extracting(e -> e.text()).containsExactly(
                "● Reports Outlet 1one", "◐ Attributes Outlet 2two", "– Silent: 11 other sources");
        // Past the table, no page reads two sources side by side: there would be 78 of them.
        assertThat(out.resolve("compare")).doesNotExist();
        assertThat(compare.select("#pairs")).isEmpty();
        assertThat(compare.select(".stances a[href=sources/s1.html#q-said]")).hasSize(1);
    }

    private static Document parse(Path file) {
        return Jsoup.parse(TestFiles.read(file), "");
    }
}
