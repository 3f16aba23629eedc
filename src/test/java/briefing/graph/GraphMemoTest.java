package briefing.graph;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.content.ContentLoader;
import briefing.content.FileCache;
import briefing.model.Content;
import briefing.model.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memo's contract with the content loader: loading an unchanged folder again gives the very same
 * objects, so a rebuild reuses every finding; an edited article is the only one matched again.
 */
class GraphMemoTest {
    @TempDir
    Path dir;

    private final ContentLoader loader = new ContentLoader(FileCache.keeping());
    private final GraphMemo memo = GraphMemo.keeping();

    @BeforeEach
    void base() {
        file("index.md", "---\ntitle: T\n---\nOverview.\n");
        file("actors/kim-jong-un.md", "---\nname: Kim Jong Un\naliases: [Kim]\nkind: person\n---\n");
        file("actors/sergei-shoigu.md", "---\nname: Sergei Shoigu\naliases: [Shoigu]\nkind: person\n---\n");
        file("articles/efe.md", "---\ntitle: EFE\n---\nKim Jong Un met Shoigu in Pyongyang.\n");
        file("articles/tass.md", "---\ntitle: TASS\n---\nShoigu arrived in Pyongyang.\n");
        file("articles/kcna.md", "---\ntitle: KCNA\n---\nKim greeted the guests.\n");
        file("events/talks.md", "---\ntitle: Talks\ndate: 2023-07-26\nparticipants: [kim-jong-un, sergei-shoigu]\n---\n");
        file("claims/visit.md", """
                ---
                statement: Shoigu visited Pyongyang
                sources:
                  efe: {stance: reports, quote: "met Shoigu in Pyongyang"}
                  tass: {stance: reports, quote: "Shoigu arrived"}
                ---
                """);
    }

    private void file(String relative, String text) {
        TestFiles.write(dir, relative, text);
    }

    private Content load() {
        ContentLoader.Result loaded = loader.load(dir, "c");
        assertThat(loaded.hasErrors()).as("loading: %s", loaded.diagnostics()).isFalse();
        return loaded.content();
    }

    @Test
    void firstBuildFindsEverything() {
        GraphBuilder.build(load(), memo);

        assertThat(memo.articlesMatched()).isEqualTo(3);
        assertThat(memo.articlesSearched()).isEqualTo(2);
    }

    @Test
    void unchangedFolderReusesEveryFinding() {
        Graph first = GraphBuilder.build(load(), memo).graph();
        Graph second = GraphBuilder.build(load(), memo).graph();

        assertThat(memo.articlesMatched()).as("articles matched again").isZero();
        assertThat(memo.articlesSearched()).as("articles searched again").isZero();
        assertThat(second.timeline()).as("relations reused").isSameAs(first.timeline());
        assertThat(second.mentionsOf("sergei-shoigu")).isEqualTo(first.mentionsOf("sergei-shoigu"));
        assertThat(second.quotesIn("efe")).isEqualTo(first.quotesIn("efe"));
    }

    @Test
    void editingOneArticleMatchesAndSearchesOnlyThatArticle() {
        Graph first = GraphBuilder.build(load(), memo).graph();
        file("articles/efe.md", "---\ntitle: EFE\n---\nKim Jong Un, at last, met Shoigu in Pyongyang.\n");
        Graph second = GraphBuilder.build(load(), memo).graph();

        assertThat(memo.articlesMatched()).isEqualTo(1);
        assertThat(memo.articlesSearched()).isEqualTo(1);
        assertThat(second.timeline()).as("relations do not depend on article texts").isSameAs(first.timeline());
        assertThat(second.quotesIn("efe")).isNotEqualTo(first.quotesIn("efe"));
        assertThat(second.mentionsIn("tass")).isSameAs(first.mentionsIn("tass"));
    }

    @Test
    void anEditThatAddsOnlyAnExceptPhraseWarnsAsAFreshBuildDoes() {
        file("actors/kim-jong-un.md",
                "---\nname: Kim Jong Un\naliases: [Kim]\nkind: person\nexcept: [Kim Il Sung Square]\n---\n");
        GraphBuilder.Result first = GraphBuilder.build(load(), memo);
        assertThat(first.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("'except' phrase"));
        // The mentions stay the same (the phrase hides its "Kim"); only what the text holds besides them changes.
        file("articles/tass.md", "---\ntitle: TASS\n---\nShoigu arrived in Pyongyang. Kim Il Sung Square.\n");
        GraphBuilder.Result rebuilt = GraphBuilder.build(load(), memo);
        GraphBuilder.Result fresh = GraphBuilder.build(new ContentLoader().load(dir, "c").content());

        assertThat(rebuilt.graph().mentionsIn("tass")).isEqualTo(first.graph().mentionsIn("tass"));
        assertThat(rebuilt.diagnostics()).isEqualTo(fresh.diagnostics());
        assertThat(rebuilt.diagnostics()).noneSatisfy(d -> assertThat(d.message()).contains("'except' phrase"));
    }

    @Test
    void anotherLanguageSortsTheSameActorsAnew() {
        file("actors/angstrom.md", "---\nname: Ångström\nkind: person\n---\n");
        file("actors/zorn.md", "---\nname: Zorn\nkind: person\n---\n");
        Graph english = GraphBuilder.build(load(), memo).graph();
        assertThat(english.sortKey("angstrom")).isLessThan(english.sortKey("zorn"));
        // Swedish sorts Å after Z; the actors' files did not change, the briefing's language did.
        file("index.md", "---\ntitle: T\nlanguage: sv\n---\nOverview.\n");
        Graph swedish = GraphBuilder.build(load(), memo).graph();

        assertThat(swedish.sortKey("angstrom")).isGreaterThan(swedish.sortKey("zorn"));
    }

    @Test
    void anEditThatMovesOrDropsMentionsGivesTheIndexOfAFreshBuild() {
        // More articles than the one edited, so that most findings are reused.
        for (int n = 1; n <= 8; n++) {
            file("articles/wire-" + n + ".md", "---\ntitle: Wire " + n + "\n---\nSergei Shoigu and Kim Jong Un, day " + n + ".\n");
        }
        GraphBuilder.build(load(), memo);
        // Mentions move (words before them) and the alias "Shoigu", used in efe and tass, stays used.
        file("articles/efe.md", "---\ntitle: EFE\n---\nOn Wednesday, Kim Jong Un met Shoigu in Pyongyang.\n");
        assertSameAsFresh(GraphBuilder.build(load(), memo));
        // Now "Shoigu" is in no article but tass, and then in none: its warning must come as in a fresh build.
        file("articles/efe.md", "---\ntitle: EFE\n---\nOn Wednesday, Kim Jong Un met the minister in Pyongyang.\n");
        assertSameAsFresh(GraphBuilder.build(load(), memo));
        file("articles/tass.md", "---\ntitle: TASS\n---\nThe minister arrived in Pyongyang.\n");
        file("claims/visit.md", "---\nstatement: Shoigu visited Pyongyang\nsources:\n"
                + "  efe: {stance: reports, quote: \"met the minister\"}\n---\n");
        GraphBuilder.Result dropped = GraphBuilder.build(load(), memo);
        assertSameAsFresh(dropped);
        assertThat(dropped.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("Shoigu"));
    }

    @Test
    void referenceProblemsAreReusedForUnchangedItemsOnlyWhileTheIdsAreTheSame() throws IOException {
        file("claims/about.md", "---\nstatement: S\nabout: [kim-jong-uun]\nsources:\n"
                + "  kcna: {stance: reports, quote: \"greeted the guests\"}\n---\nSee [Shoigu](actor:shoigu).\n");
        GraphBuilder.Result first = GraphBuilder.build(load(), memo);
        assertSameAsFresh(first);
        assertThat(first.diagnostics()).hasSize(2);

        // Another file edited: the claim's problems are the very ones found before.
        file("articles/efe.md", "---\ntitle: EFE\n---\nKim Jong Un, at last, met Shoigu in Pyongyang.\n");
        GraphBuilder.Result edited = GraphBuilder.build(load(), memo);
        assertSameAsFresh(edited);
        assertThat(edited.diagnostics()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(edited.diagnostics().get(i)).isSameAs(first.diagnostics().get(i));
        }

        // An edited item is checked again: its new broken link is reported.
        file("articles/tass.md", "---\ntitle: TASS\n---\nShoigu arrived in [Pyongyang](event:pyongyang).\n");
        GraphBuilder.Result linked = GraphBuilder.build(load(), memo);
        assertSameAsFresh(linked);
        assertThat(linked.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("event 'pyongyang'"));

        // A new actor: the unchanged claim's 'about' now leads somewhere, and its other problem stays.
        file("actors/kim-jong-uun.md", "---\nname: Kim Jong Uun\nkind: person\n---\n");
        GraphBuilder.Result added = GraphBuilder.build(load(), memo);
        assertSameAsFresh(added);
        assertThat(added.diagnostics()).noneSatisfy(d -> assertThat(d.message()).contains("names actor 'kim-jong-uun'"));
        assertThat(added.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("actor 'shoigu'"));

        // Renamed back: the same number of actors, other ids; the claim's problem returns.
        Files.delete(dir.resolve("actors/kim-jong-uun.md"));
        file("actors/kim-jong-ill.md", "---\nname: Kim Jong Ill\nkind: person\n---\n");
        GraphBuilder.Result renamed = GraphBuilder.build(load(), memo);
        assertSameAsFresh(renamed);
        assertThat(renamed.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("names actor 'kim-jong-uun'"));
    }

    @Test
    void theQuotesLookedForAreReusedOnlyWhileTheClaimsAndArticlesAreTheSame() {
        Content content = load();
        GraphBuilder.build(content, memo);
        var wanted = memo.wanted(content.claims(), articleIds(content));
        assertThat(wanted).containsOnlyKeys("efe", "tass");

        // An article without quotes edited: the same quotes are looked for, in no article again.
        file("articles/kcna.md", "---\ntitle: KCNA\n---\nKim greeted the guests warmly.\n");
        content = load();
        assertSameAsFresh(GraphBuilder.build(content, memo));
        assertThat(memo.wanted(content.claims(), articleIds(content))).isSameAs(wanted);
        assertThat(memo.articlesSearched()).isZero();

        // The claim edited: its quotes are looked for again, and a quote no longer there is reported.
        file("claims/visit.md", "---\nstatement: Shoigu visited Pyongyang\nsources:\n"
                + "  efe: {stance: reports, quote: \"met Shoigu in Pyongyang\"}\n"
                + "  tass: {stance: reports, quote: \"Shoigu landed\"}\n"
                + "  yonhap: {stance: reports, quote: \"Shoigu flew in\"}\n---\n");
        content = load();
        GraphBuilder.Result claimEdited = GraphBuilder.build(content, memo);
        assertSameAsFresh(claimEdited);
        assertThat(memo.wanted(content.claims(), articleIds(content))).isNotSameAs(wanted).containsOnlyKeys("efe", "tass");
        assertThat(claimEdited.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("Shoigu landed"));

        // A new article that the unchanged claim names: it is searched, the others are not.
        file("articles/yonhap.md", "---\ntitle: Yonhap\n---\nShoigu flew in on Tuesday.\n");
        content = load();
        GraphBuilder.Result added = GraphBuilder.build(content, memo);
        assertSameAsFresh(added);
        assertThat(memo.wanted(content.claims(), articleIds(content))).containsOnlyKeys("efe", "tass", "yonhap");
        assertThat(memo.articlesSearched()).isEqualTo(1);
        assertThat(added.graph().quotesIn("yonhap")).hasSize(1);
    }

    @Test
    void theOrdersOfArticlesAndClaimsAreReusedOnlyWhileWhatTheyAreSortedByIsTheSame() {
        file("articles/efe.md", "---\ntitle: EFE\npublished: 2023-07-27\n---\nKim Jong Un met Shoigu in Pyongyang.\n");
        file("articles/tass.md", "---\ntitle: TASS\npublished: 2023-07-25\n---\nShoigu arrived in Pyongyang.\n");
        file("claims/arms.md", "---\nstatement: Arms were shown\ntopic: Arms\nsources:\n"
                + "  kcna: {stance: reports, quote: \"greeted the guests\"}\n---\n");
        file("claims/visit.md", "---\nstatement: Shoigu visited\ntopic: Visit\nsources:\n"
                + "  tass: {stance: reports, quote: \"Shoigu arrived\"}\n---\n");
        Graph first = GraphBuilder.build(load(), memo).graph();
        assertThat(first.articleOrder()).extracting(a -> a.id()).containsExactly("tass", "efe", "kcna");
        assertThat(first.comparisonOrder()).extracting(c -> c.id()).containsExactly("arms", "visit");

        // An article's text edited: the same order, of the articles as they are now.
        file("articles/efe.md", "---\ntitle: EFE\npublished: 2023-07-27\n---\nKim Jong Un, at last, met Shoigu.\n");
        Graph edited = GraphBuilder.build(load(), memo).graph();
        assertThat(edited.articleOrder()).extracting(a -> a.id()).containsExactly("tass", "efe", "kcna");
        assertThat(edited.articleOrder().get(1).body().markdown()).contains("at last");
        assertThat(edited.comparisonOrder()).isSameAs(first.comparisonOrder());

        // A date changed, a topic changed, then the topics listed: each order as a fresh build gives it.
        file("articles/efe.md", "---\ntitle: EFE\npublished: 2023-07-24\n---\nKim Jong Un, at last, met Shoigu.\n");
        file("claims/arms.md", "---\nstatement: Arms were shown\ntopic: Weapons\nsources:\n"
                + "  kcna: {stance: reports, quote: \"greeted the guests\"}\n---\n");
        assertSameOrdersAsFresh(GraphBuilder.build(load(), memo).graph(), "efe", "visit");
        file("index.md", "---\ntitle: T\ntopics: [Weapons, Visit]\n---\nOverview.\n");
        assertSameOrdersAsFresh(GraphBuilder.build(load(), memo).graph(), "efe", "arms");
    }

    private void assertSameOrdersAsFresh(Graph rebuilt, String firstArticle, String firstClaim) {
        Graph fresh = GraphBuilder.build(new ContentLoader().load(dir, "c").content()).graph();
        assertThat(rebuilt.articleOrder()).extracting(a -> a.id())
                .isEqualTo(fresh.articleOrder().stream().map(a -> a.id()).toList());
        assertThat(rebuilt.articleOrder().get(0).id()).isEqualTo(firstArticle);
        for (var a : fresh.articleOrder()) {
            assertThat(rebuilt.articlePosition(a.id())).isEqualTo(fresh.articlePosition(a.id()));
        }
        assertThat(rebuilt.comparisonOrder()).extracting(c -> c.id())
                .isEqualTo(fresh.comparisonOrder().stream().map(c -> c.id()).toList());
        assertThat(rebuilt.comparisonOrder().get(0).id()).isEqualTo(firstClaim);
    }

    @Test
    void kindsOfDiscrepancyAreReusedWithTheirProblemsWhileTheClaimsAreTheSame() {
        // An editor's kind stronger than the sources show is an error, in every build while it stays.
        file("claims/visit.md", "---\nstatement: Shoigu visited Pyongyang\ndiscrepancy: conflict\ndiscrepancy_note: Why.\nsources:\n"
                + "  efe: {stance: reports, quote: \"met Shoigu in Pyongyang\"}\n"
                + "  tass: {stance: reports, quote: \"Shoigu arrived\"}\n---\n");
        Content content = load();
        GraphBuilder.Result first = GraphBuilder.build(content, memo);
        assertSameAsFresh(first);
        assertThat(first.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("'discrepancy: conflict'"));
        Discrepancies kinds = memo.discrepancies(content.claims(), new java.util.ArrayList<>());

        file("articles/kcna.md", "---\ntitle: KCNA\n---\nKim greeted the guests warmly.\n");
        content = load();
        GraphBuilder.Result edited = GraphBuilder.build(content, memo);
        assertSameAsFresh(edited);
        assertThat(edited.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("'discrepancy: conflict'"));
        assertThat(memo.discrepancies(content.claims(), new java.util.ArrayList<>())).isSameAs(kinds);

        // The claim edited: its kind is worked out again, and the error is gone.
        file("claims/visit.md", "---\nstatement: Shoigu visited Pyongyang\nsources:\n"
                + "  efe: {stance: reports, quote: \"met Shoigu in Pyongyang\"}\n"
                + "  tass: {stance: disputes, quote: \"Shoigu arrived\"}\n---\n");
        GraphBuilder.Result changed = GraphBuilder.build(load(), memo);
        assertSameAsFresh(changed);
        assertThat(changed.diagnostics()).noneSatisfy(d -> assertThat(d.message()).contains("'discrepancy:"));
        assertThat(changed.graph().kind("visit")).isEqualTo(briefing.model.DiscrepancyKind.CONFLICT);
    }

    @Test
    void citingArticlesAndBacklinksAreReusedWhileTheCitesAndLinksAreTheSame() throws IOException {
        file("articles/efe.md", "---\ntitle: EFE\ncites: [kim-jong-un]\n---\nKim Jong Un met [Shoigu](actor:sergei-shoigu).\n");
        Graph first = GraphBuilder.build(load(), memo).graph();
        assertThat(first.citing("kim-jong-un")).containsExactly("efe");
        assertThat(first.linksTo(Kind.ACTOR, "sergei-shoigu")).containsExactly(new Backlink(Kind.ARTICLE, "efe"));

        // Its text edited, its cites and links the same: both are the last build's.
        file("articles/efe.md", "---\ntitle: EFE\ncites: [kim-jong-un]\n---\nKim Jong Un, at last, met [Shoigu](actor:sergei-shoigu).\n");
        Graph edited = GraphBuilder.build(load(), memo).graph();
        assertThat(edited.citing("kim-jong-un")).isSameAs(first.citing("kim-jong-un"));
        assertThat(edited.linksTo(Kind.ACTOR, "sergei-shoigu")).isSameAs(first.linksTo(Kind.ACTOR, "sergei-shoigu"));

        // Another article cites and links: both as a fresh build gives them.
        file("articles/tass.md", "---\ntitle: TASS\ncites: [kim-jong-un, sergei-shoigu]\n---\n"
                + "[Shoigu](actor:sergei-shoigu) arrived in Pyongyang.\n");
        assertSameLinksAsFresh(GraphBuilder.build(load(), memo).graph(), List.of("efe", "tass"), List.of("efe", "tass"));
        // A link taken out of an article's text.
        file("articles/efe.md", "---\ntitle: EFE\ncites: [kim-jong-un]\n---\nKim Jong Un met Shoigu.\n");
        Graph unlinked = GraphBuilder.build(load(), memo).graph();
        assertThat(unlinked.citing("sergei-shoigu")).containsExactly("tass");
        assertSameLinksAsFresh(unlinked, List.of("efe", "tass"), List.of("tass"));
        // An actor gone: no article counts as citing it any more.
        Files.delete(dir.resolve("actors/sergei-shoigu.md"));
        Graph gone = GraphBuilder.build(load(), memo).graph();
        assertThat(gone.citing("sergei-shoigu")).isEmpty();
        assertSameLinksAsFresh(gone, List.of("efe", "tass"), List.of("tass"));
    }

    private void assertSameLinksAsFresh(Graph rebuilt, List<String> citingKim, List<String> linkingShoigu) {
        Graph fresh = GraphBuilder.build(new ContentLoader().load(dir, "c").content()).graph();
        for (String actor : List.of("kim-jong-un", "sergei-shoigu")) {
            assertThat(rebuilt.citing(actor)).as(actor).isEqualTo(fresh.citing(actor));
            assertThat(rebuilt.linksTo(Kind.ACTOR, actor)).as(actor).isEqualTo(fresh.linksTo(Kind.ACTOR, actor));
        }
        assertThat(rebuilt.citing("kim-jong-un")).isEqualTo(citingKim);
        assertThat(rebuilt.linksTo(Kind.ACTOR, "sergei-shoigu")).extracting(Backlink::id).isEqualTo(linkingShoigu);
    }

    private static List<String> articleIds(Content content) {
        return content.articles().stream().map(a -> a.id()).toList();
    }

    private void assertSameAsFresh(GraphBuilder.Result rebuilt) {
        GraphBuilder.Result fresh = GraphBuilder.build(new ContentLoader().load(dir, "c").content());
        for (String actor : List.of("kim-jong-un", "sergei-shoigu")) {
            assertThat(rebuilt.graph().mentionsOf(actor)).as(actor).isEqualTo(fresh.graph().mentionsOf(actor));
        }
        for (String article : List.of("efe", "tass", "kcna", "yonhap")) {
            assertThat(rebuilt.graph().quotesIn(article)).as(article).isEqualTo(fresh.graph().quotesIn(article));
        }
        assertThat(rebuilt.diagnostics()).isEqualTo(fresh.diagnostics());
    }

    @Test
    void aCleanBuildKeepsNothing() {
        Content content = load();
        Graph first = GraphBuilder.build(content).graph();
        Graph second = GraphBuilder.build(content, GraphMemo.none()).graph();

        assertThat(second.timeline()).isEqualTo(first.timeline()).isNotSameAs(first.timeline());
        assertThat(GraphMemo.none().articlesMatched()).isZero();
    }
}
