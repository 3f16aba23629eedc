package briefing.graph;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.content.ContentLoader;
import briefing.content.FileCache;
import briefing.model.Diagnostic;
import briefing.model.DiscrepancyKind;
import briefing.model.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the graph derives from the v2 fields: kinds of discrepancy, origins and labels, with their checks. */
class V2FactsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void base() {
        file("index.md", "---\ntitle: T\n---\n");
        file("actors/tass.md", "---\nname: TASS\nkind: organization\n---\n");
        file("actors/defence-ministry.md", "---\nname: Defence Ministry\nkind: organization\n---\n");
        file("articles/efe.md", "---\ntitle: Shoigu in Pyongyang\noutlet: EFE\n---\nTASS says one. The Defence"
                + " Ministry says two.\n");
        file("articles/kcna.md", "---\ntitle: KCNA\nlabel: KCNA (Pyongyang)\noutlet: KCNA\n---\nKCNA says one."
                + " TASS agrees.\n");
        file("articles/wire.md", "---\ntitle: \"The minister of defence of the Russian Federation arrived in"
                + " Pyongyang\"\n---\nWire says one. Wire says two.\n");
    }

    private void file(String relative, String text) {
        TestFiles.write(dir, relative, text);
    }

    /** A claim whose sources are given as {@code article: {…}} lines. */
    private void claim(String id, String... sources) {
        file("claims/" + id + ".md", "---\nstatement: S\nsources:\n  " + String.join("\n  ", sources) + "\n---\n");
    }

    private GraphBuilder.Result resolve() {
        ContentLoader.Result loaded = new ContentLoader().load(dir, "c");
        assertThat(loaded.hasErrors()).as("%s", loaded.diagnostics()).isFalse();
        return GraphBuilder.build(loaded.content());
    }

    private Graph graph() {
        GraphBuilder.Result result = resolve();
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        return result.graph();
    }

    private List<String> formatted() {
        return resolve().diagnostics().stream().map(Diagnostic::format).toList();
    }

    // ---- kinds ----

    @Test
    void oneSourceReportingAndAnotherDisputingIsAConflict() {
        claim("c", "efe: {stance: reports, quote: TASS says one}", "kcna: {stance: disputes, quote: KCNA says one}");
        claim("d", "efe: {stance: attributes, quote: TASS says one}", "kcna: {stance: disputes, quote: KCNA says one}");
        Graph g = graph();

        assertThat(g.computedKind("c")).isEqualTo(DiscrepancyKind.CONFLICT);
        assertThat(g.computedKind("d")).isEqualTo(DiscrepancyKind.CONFLICT);
        assertThat(g.kind("c")).isEqualTo(DiscrepancyKind.CONFLICT);
    }

    @Test
    void differingValuesAreADetail() {
        claim("c", "efe: {stance: reports, quote: TASS says one, value: \"3 days\"}",
                "kcna: {stance: differs, quote: KCNA says one, value: \"2 days\"}");
        Graph g = graph();

        assertThat(g.computedKind("c")).isEqualTo(DiscrepancyKind.DETAIL);
    }

    @Test
    void valuesDifferingOnlyInCaseAccentsHyphensSpacesOrPunctuationAreASpelling() {
        claim("hyphen", "efe: {stance: reports, quote: TASS says one, value: Kim Jong-un}",
                "kcna: {stance: reports, quote: KCNA says one, value: Kim Jong Un}");
        claim("joined", "efe: {stance: reports, quote: TASS says one, value: co-operation}",
                "kcna: {stance: reports, quote: KCNA says one, value: cooperation}");
        claim("accent", "efe: {stance: reports, quote: TASS says one, value: \"Sergéi Shoigú\"}",
                "kcna: {stance: reports, quote: KCNA says one, value: \"sergei shoigu.\"}");
        claim("letters", "efe: {stance: reports, quote: TASS says one, value: Kim Jong-un}",
                "kcna: {stance: reports, quote: KCNA says one, value: Kim Jong-il}");
        Graph g = graph();

        assertThat(g.computedKind("hyphen")).isEqualTo(DiscrepancyKind.SPELLING);
        assertThat(g.computedKind("joined")).isEqualTo(DiscrepancyKind.SPELLING);
        assertThat(g.computedKind("accent")).isEqualTo(DiscrepancyKind.SPELLING);
        assertThat(g.computedKind("letters")).isEqualTo(DiscrepancyKind.DETAIL);
    }

    @Test
    void equalValuesOrASingleValueAreNone() {
        claim("same", "efe: {stance: reports, quote: TASS says one, value: \"3  days\"}",
                "kcna: {stance: reports, quote: KCNA says one, value: \"3 days\"}");
        claim("one", "efe: {stance: reports, quote: TASS says one, value: \"3 days\"}",
                "kcna: {stance: attributes, quote: KCNA says one}");
        Graph g = graph();

        assertThat(g.computedKind("same")).isEqualTo(DiscrepancyKind.NONE);
        assertThat(g.computedKind("one")).isEqualTo(DiscrepancyKind.NONE);
        assertThat(g.kind("one")).isEqualTo(DiscrepancyKind.NONE);
        assertThat(g.computedKind("nothing")).isNull();
        assertThat(g.kind("nothing")).isNull();
    }

    @Test
    void aConflictBeatsADetail() {
        claim("c", "efe: {stance: reports, quote: TASS says one, value: \"3 days\"}",
                "kcna: {stance: disputes, quote: KCNA says one, value: \"2 days\"}");

        assertThat(graph().computedKind("c")).isEqualTo(DiscrepancyKind.CONFLICT);
    }

    // ---- overrides ----

    @Test
    void aWeakerOverrideIsHonoured() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  efe: {stance: reports, quote: TASS says one, value: "3 days"}
                  kcna: {stance: reports, quote: KCNA says one, value: "three days"}
                discrepancy: none
                discrepancy_note: "The same figure, written out."
                ---
                """);
        Graph g = graph();

        assertThat(g.computedKind("c")).isEqualTo(DiscrepancyKind.DETAIL);
        assertThat(g.kind("c")).isEqualTo(DiscrepancyKind.NONE);
    }

    @Test
    void aStrongerOverrideIsAnErrorAtItsLine() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  efe: {stance: reports, quote: TASS says one, value: "3 days"}
                  kcna: {stance: reports, quote: KCNA says one, value: "2 days"}
                discrepancy_note: "They fight over it."
                discrepancy: conflict
                ---
                """);
        GraphBuilder.Result result = resolve();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::format)
                .containsExactly("c/claims/c.md:7: error: 'discrepancy: conflict' is stronger than what the sources"
                        + " show (computed: detail); an editor may only weaken it");
        assertThat(result.graph().kind("c")).isEqualTo(DiscrepancyKind.DETAIL);
    }

    @Test
    void anOverrideEqualToTheComputedKindIsAccepted() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  efe: {stance: reports, quote: TASS says one, value: "3 days"}
                  kcna: {stance: reports, quote: KCNA says one, value: "2 days"}
                discrepancy: detail
                discrepancy_note: "Checked: a real difference."
                ---
                """);

        assertThat(graph().kind("c")).isEqualTo(DiscrepancyKind.DETAIL);
    }

    // ---- origins ----

    @Test
    void originsAreTheViaActorsOrTheSourceItselfDistinctAndSorted() {
        claim("c", "wire: {stance: reports, quote: Wire says one}",
                "efe: {stance: attributes, quote: TASS says one, via: [tass, defence-ministry]}",
                "kcna: {stance: reports, quote: KCNA says one, via: [tass]}");
        claim("d", "efe: {stance: reports, quote: Defence Ministry says two, via: [defence-ministry]}",
                "wire: {stance: disputes, quote: Wire says two, via: [tass]}");
        Graph g = graph();

        assertThat(g.origins("c")).containsExactly("defence-ministry", "tass", "wire");
        assertThat(g.origins("d")).as("a disputing source is no origin").containsExactly("defence-ministry");
        assertThat(g.origins("nothing")).isEmpty();
        assertThat(g.viaOf("efe")).containsExactly("defence-ministry", "tass");
        assertThat(g.viaOf("wire")).containsExactly("tass");
        assertThat(g.viaOf("kcna")).containsExactly("tass");
    }

    @Test
    void manySourcesRelayingOneActorAreOneOrigin() {
        claim("c", "efe: {stance: attributes, quote: TASS says one, via: tass}",
                "kcna: {stance: attributes, quote: TASS agrees, via: tass}",
                "wire: {stance: attributes, quote: Wire says one, via: tass}");

        assertThat(graph().origins("c")).containsExactly("tass");
    }

    @Test
    void viaNamingNoActorIsAnErrorWithTheClosestId() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  efe:
                    stance: attributes
                    quote: TASS says one
                    via: [tas]
                ---
                """);

        assertThat(resolve().diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::format)
                .containsExactly("c/claims/c.md:7: error: 'via' names actor 'tas', which does not exist (no"
                        + " actors/tas.md); did you mean 'tass'?");
    }

    @Test
    void aRebuildFollowsAnEditedClaimAndArticle() {
        claim("c", "efe: {stance: reports, quote: TASS says one, value: \"3\"}",
                "kcna: {stance: reports, quote: KCNA says one, value: \"4\"}");
        GraphMemo memo = GraphMemo.keeping();
        ContentLoader loader = new ContentLoader(FileCache.keeping()); // the edits change each file's size
        Graph first = GraphBuilder.build(loader.load(dir, "c").content(), memo).graph();
        assertThat(first.kind("c")).isEqualTo(DiscrepancyKind.DETAIL);
        assertThat(first.origins("c")).containsExactly("efe", "kcna");

        claim("c", "efe: {stance: reports, quote: TASS says one, value: \"3\", via: [tass]}",
                "kcna: {stance: disputes, quote: KCNA says one, value: \"4\"}");
        file("articles/efe.md", "---\ntitle: Shoigu in Pyongyang\noutlet: Agencia EFE\n---\nTASS says one. The"
                + " Defence Ministry says two.\n");
        Graph second = GraphBuilder.build(loader.load(dir, "c").content(), memo).graph();

        assertThat(second.kind("c")).isEqualTo(DiscrepancyKind.CONFLICT);
        assertThat(second.origins("c")).containsExactly("tass");
        assertThat(second.label("efe")).isEqualTo("Agencia EFE");
    }

    // ---- labels ----

    @Test
    void theLabelIsTheLabelElseTheOutletElseTheTitleShortened() {
        claim("c", "efe: {stance: reports, quote: TASS says one}");
        Graph g = graph();

        assertThat(g.label("kcna")).isEqualTo("KCNA (Pyongyang)");
        assertThat(g.label("efe")).isEqualTo("EFE");
        assertThat(g.label("wire")).isEqualTo("The minister of defence of the Russian…");
        assertThat(g.label("nothing")).isNull();
        assertThat(Labels.shortened("Short title")).isEqualTo("Short title");
        assertThat(Labels.shortened("A".repeat(50))).isEqualTo("A".repeat(40) + "…");
        assertThat(Labels.shortened("Shoigu, Kim and the others: what they said in Pyongyang"))
                .isEqualTo("Shoigu, Kim and the others: what they…");
    }

    @Test
    void aSharedLabelIsWarnedAtEachFileNamingTheOther() {
        file("articles/tass-wire.md", "---\ntitle: A wire\nlabel: \" efe \"\n---\nTASS wire.\n");
        claim("c", "efe: {stance: reports, quote: TASS says one}", "kcna: {stance: reports, quote: KCNA says one}",
                "wire: {stance: reports, quote: Wire says one}", "tass-wire: {stance: reports, quote: TASS wire}");

        assertThat(formatted()).containsExactly(
                "c/articles/efe.md:1: warning: this source is shown under the label 'EFE', as is"
                        + " c/articles/tass-wire.md; give one of them its own 'label' so that readers can tell them"
                        + " apart",
                "c/articles/tass-wire.md:1: warning: this source is shown under the label 'efe', as is"
                        + " c/articles/efe.md; give one of them its own 'label' so that readers can tell them apart");
    }

    @Test
    void aLabelSharedByManyNamesThreeOthersAndCountsTheRest() {
        for (String id : List.of("x1", "x2", "x3", "x4")) {
            file("articles/" + id + ".md", "---\ntitle: " + id + "\nlabel: EFE\n---\nText.\n");
        }
        claim("c", "efe: {stance: reports, quote: TASS says one}");

        assertThat(formatted()).filteredOn(w -> w.contains("'EFE'")).containsExactly(
                "c/articles/efe.md:1: warning: this source is shown under the label 'EFE', as are"
                        + " c/articles/x1.md, c/articles/x2.md, c/articles/x3.md and 1 more; give one of them its own"
                        + " 'label' so that readers can tell them apart",
                "c/articles/x1.md:1: warning: this source is shown under the label 'EFE', as are"
                        + " c/articles/efe.md, c/articles/x2.md, c/articles/x3.md and 1 more; give one of them its own"
                        + " 'label' so that readers can tell them apart",
                "c/articles/x2.md:1: warning: this source is shown under the label 'EFE', as are"
                        + " c/articles/efe.md, c/articles/x1.md, c/articles/x3.md and 1 more; give one of them its own"
                        + " 'label' so that readers can tell them apart",
                "c/articles/x3.md:1: warning: this source is shown under the label 'EFE', as are"
                        + " c/articles/efe.md, c/articles/x1.md, c/articles/x2.md and 1 more; give one of them its own"
                        + " 'label' so that readers can tell them apart",
                "c/articles/x4.md:1: warning: this source is shown under the label 'EFE', as are"
                        + " c/articles/efe.md, c/articles/x1.md, c/articles/x2.md and 1 more; give one of them its own"
                        + " 'label' so that readers can tell them apart");
    }

    // ---- queries ----

    @Test
    void pagesReadTheNewFactsThroughQueries() {
        claim("c", "efe: {stance: reports, quote: TASS says one, value: \"3\"}",
                "kcna: {stance: reports, quote: KCNA says one, value: \"4\", via: [tass]}");
        Graph g = graph();

        assertThat(Query.LABEL.valueIn(g, null, "efe")).isEqualTo("EFE");
        assertThat(Query.KIND.valueIn(g, null, "c")).isEqualTo(DiscrepancyKind.DETAIL);
        assertThat(Query.COMPUTED_KIND.valueIn(g, null, "c")).isEqualTo(DiscrepancyKind.DETAIL);
        assertThat(Query.ORIGINS.valueIn(g, null, "c")).containsExactly("efe", "tass");
        assertThat(Query.ORIGINS.valueIn(g, null, "nothing")).isNull();
        assertThat(List.of(Query.LABEL, Query.KIND, Query.COMPUTED_KIND, Query.ORIGINS)).allMatch(Query::isLookup);
        assertThat(Query.LABEL.itemKind()).isEqualTo(Kind.ARTICLE);
        assertThat(Query.ORIGINS.itemKind()).isEqualTo(Kind.CLAIM);
    }
}
