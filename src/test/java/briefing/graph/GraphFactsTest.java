package briefing.graph;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.content.ContentLoader;
import briefing.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the graph derives for every page: source order, the updated date, name use and coverage. */
class GraphFactsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void base() {
        file("index.md", "---\ntitle: T\n---\n");
        file("actors/sergei-shoigu.md", "---\nname: Sergei Shoigu\naliases: [Shoigu, Minister]\nkind: person\n---\n");
        file("actors/kim-jong-un.md", "---\nname: Kim Jong Un\naliases: [Kim]\nkind: person\n---\n");
        file("articles/efe.md", "---\ntitle: EFE\npublished: 2023-07-26\n---\n"
                + "Shoigu met Kim. Sergei Shoigu left. Shoigu returned.\n");
        file("articles/tass.md", "---\ntitle: TASS\npublished: 2023-07-25T10:00:00Z\n---\nMinister Shoigu arrived.\n");
        file("articles/anon.md", "---\ntitle: Anon\n---\nNobody is named.\n");
        file("articles/kcna.md", "---\ntitle: KCNA\npublished: 2023-07-25\n---\nKim Jong Un spoke.\n");
        file("events/talks.md", "---\ntitle: Talks\ndate: 2023-07-28\nparticipants: [kim-jong-un]\n---\n");
        file("claims/visit.md", """
                ---
                statement: Shoigu visited
                sources:
                  efe: {stance: reports, quote: "Shoigu met Kim", value: "3 days"}
                  tass: {stance: reports, quote: "Shoigu arrived", value: "2 days"}
                ---
                """);
        file("claims/talks.md", "---\nstatement: They talked\nsources:\n  kcna: {stance: reports, quote: spoke}\n---\n");
    }

    private void file(String relative, String text) {
        TestFiles.write(dir, relative, text);
    }

    private Graph graph() {
        ContentLoader.Result loaded = new ContentLoader().load(dir, "c");
        assertThat(loaded.hasErrors()).as("%s", loaded.diagnostics()).isFalse();
        return GraphBuilder.build(loaded.content()).graph();
    }

    @Test
    void sourcesAreOrderedByPublicationThenIdUndatedLast() {
        Graph g = graph();

        assertThat(g.articleOrder()).extracting(Article::id).containsExactly("kcna", "tass", "efe", "anon");
        assertThat(g.articlePosition("kcna")).isZero();
        assertThat(g.articlePosition("anon")).isEqualTo(3);
        assertThat(g.articlePosition("nothing")).isEqualTo(-1);
    }

    @Test
    void updatedIsTheNewestDateUnlessTheIndexGivesOne() {
        assertThat(graph().updated()).isEqualTo(LocalDate.of(2023, 7, 28));

        file("index.md", "---\ntitle: T\nupdated: 2024-01-02\n---\n");
        assertThat(graph().updated()).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void nameUseCountsEachSpellingMostUsedFirst() {
        Graph g = graph();

        assertThat(g.nameUsesOf("sergei-shoigu")).containsExactly(
                new NameUse("efe", "sergei-shoigu", Map.of("Sergei Shoigu", 1, "Shoigu", 2), 3),
                new NameUse("tass", "sergei-shoigu", Map.of("Shoigu", 1, "Minister", 1), 2));
        // Most used first, then by spelling.
        assertThat(g.nameUsesOf("sergei-shoigu").get(0).counts().keySet()).containsExactly("Shoigu", "Sergei Shoigu");
        assertThat(g.nameUsesOf("sergei-shoigu").get(1).counts().keySet()).containsExactly("Minister", "Shoigu");
        assertThat(g.nameUsesOf("nobody")).isEmpty();
    }

    @Test
    void coverageCountsCellsSingleSourcesAndDiscrepancies() {
        Coverage c = graph().coverage();

        assertThat(c).isEqualTo(new Coverage(8, 3, 1, 0, 1, 0));
        assertThat(c.percent()).isEqualTo(38);
        assertThat(new Coverage(0, 0, 0, 0, 0, 0).percent()).isZero();
    }
}
