package briefing.graph;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.content.ContentLoader;
import briefing.model.DiscrepancyKind;
import briefing.model.Diagnostic;
import briefing.model.Kind;
import briefing.model.Stance;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving references, mentions, quotes, backlinks, coverage and discrepancies. */
class GraphBuilderTest {
    @TempDir
    Path dir;

    @BeforeEach
    void base() {
        file("index.md", "---\ntitle: T\n---\nOverview.\n");
        file("actors/kim-jong-un.md", """
                ---
                name: Kim Jong Un
                aliases: [Kim]
                kind: person
                affiliation: north-korea
                ---
                """);
        file("actors/north-korea.md", "---\nname: North Korea\nkind: state\n---\n");
        file("actors/sergei-shoigu.md", """
                ---
                name: Sergei Shoigu
                aliases: [Shoigu, Шойгу]
                kind: person
                ---
                """);
        file("articles/efe.md", """
                ---
                title: EFE
                ---
                Shoigu’s visit: Kim Jong Un met Shoigu. Kimberly was not there.
                """);
        file("articles/tass.md", """
                ---
                title: TASS
                ---
                Шойгу прибыл в Пхеньян.
                """);
        file("events/arrival.md", "---\ntitle: Arrival\ndate: 2023-07-25\nrelated: [talks]\n---\n");
        file("events/talks.md", "---\ntitle: Talks\ndate: 2023-07-26\nparticipants: [kim-jong-un, sergei-shoigu]\n---\n");
        file("events/parade.md", "---\ntitle: Parade\ndate: 2023-07-27\nparticipants: [kim-jong-un]\n---\n");
    }

    private void file(String relative, String text) {
        TestFiles.write(dir, relative, text);
    }

    private GraphBuilder.Result resolve() {
        ContentLoader.Result loaded = new ContentLoader().load(dir, "c");
        assertThat(loaded.diagnostics()).as("loading").isEmpty();
        return GraphBuilder.build(loaded.content());
    }

    /** The errors, formatted; warnings about unused names, sources and events have their own test. */
    private List<String> formatted() {
        return resolve().diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    @Test
    void validContentResolvesWithoutErrors() {
        assertThat(resolve().diagnostics()).noneMatch(Diagnostic::isError);
    }

    @Test
    void unusedNamesSourcesAndEventsAreWarned() {
        List<String> warnings = resolve().diagnostics().stream().filter(d -> !d.isError()).map(Diagnostic::format)
                .toList();
        assertThat(warnings).containsExactly(
                "c/actors/kim-jong-un.md:3: warning: the alias 'Kim' never occurs in any article (whole words,"
                        + " case-sensitive)",
                "c/actors/north-korea.md:1: warning: actor 'north-korea' is never mentioned in any article (neither"
                        + " 'North Korea' nor an alias occurs)",
                "c/events/arrival.md:1: warning: event 'arrival' has no participants");
    }

    @Test
    void mentionsAreFoundInEveryArticleByEveryName() {
        Graph g = resolve().graph();
        assertThat(g.mentionsIn("efe")).extracting(Mention::actor, Mention::name, Mention::anchor).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sergei-shoigu", "Shoigu", "m1"),
                org.assertj.core.groups.Tuple.tuple("kim-jong-un", "Kim Jong Un", "m2"),
                org.assertj.core.groups.Tuple.tuple("sergei-shoigu", "Shoigu", "m3"));
        assertThat(g.mentionsOf("sergei-shoigu")).extracting(Mention::article).containsExactly("efe", "efe", "tass");
        assertThat(g.mentionsIn("tass")).singleElement().satisfies(m -> assertThat(m.name()).isEqualTo("Шойгу"));
        assertThat(g.mentionsOf("north-korea")).isEmpty();
    }

    @Test
    void unknownIdsInEveryReferenceFieldAreErrorsWithLineAndSuggestion() {
        file("articles/efe.md", """
                ---
                title: EFE
                cites: [sergei-shoigo]
                ---
                Kim Jong Un met Shoigu.
                """);
        file("actors/kim-jong-un.md", """
                ---
                name: Kim Jong Un
                kind: person
                affiliation: north-corea
                ---
                """);
        file("events/talks.md", """
                ---
                title: Talks
                date: 2023-07-26
                participants:
                  - kim-jong-un
                  - nobody-at-all
                related: [arival]
                ---
                """);
        file("claims/c.md", """
                ---
                statement: S
                about: [kim-jong-um]
                event: talk
                sources:
                  efee:
                    stance: reports
                    quote: Kim Jong Un met
                ---
                """);
        assertThat(formatted()).containsExactly(
                "c/actors/kim-jong-un.md:4: error: 'affiliation' names actor 'north-corea', which does not exist"
                        + " (no actors/north-corea.md); did you mean 'north-korea'?",
                "c/articles/efe.md:3: error: 'cites' names actor 'sergei-shoigo', which does not exist"
                        + " (no actors/sergei-shoigo.md); did you mean 'sergei-shoigu'?",
                "c/claims/c.md:3: error: 'about' names actor 'kim-jong-um', which does not exist"
                        + " (no actors/kim-jong-um.md); did you mean 'kim-jong-un'?",
                "c/claims/c.md:4: error: 'event' names event 'talk', which does not exist"
                        + " (no events/talk.md); did you mean 'talks'?",
                "c/claims/c.md:6: error: 'sources' names article 'efee', which does not exist"
                        + " (no articles/efee.md); did you mean 'efe'?",
                "c/events/talks.md:6: error: 'participants' names actor 'nobody-at-all', which does not exist"
                        + " (no actors/nobody-at-all.md)",
                "c/events/talks.md:7: error: 'related' names event 'arival', which does not exist"
                        + " (no events/arival.md); did you mean 'arrival'?");
    }

    @Test
    void unknownIdsInBodyLinksAreErrorsWithTheirFileLine() {
        file("index.md", "---\ntitle: T\n---\nSee [the claim](claim:nope).\n");
        file("actors/north-korea.md", """
                ---
                name: North Korea
                kind: state
                ---
                Led by [Kim](actor:kim-jong-un).

                Host of [the talks](event:talkz) and
                [the arrival](event:arrival), reported by
                [EFE](article:efe) and [TAS](article:tas).
                """);
        assertThat(formatted()).containsExactly(
                "c/actors/north-korea.md:7: error: the link names event 'talkz', which does not exist"
                        + " (no events/talkz.md); did you mean 'talks'?",
                "c/actors/north-korea.md:9: error: the link names article 'tas', which does not exist"
                        + " (no articles/tas.md); did you mean 'tass'?",
                "c/index.md:4: error: the link names claim 'nope', which does not exist (no claims/nope.md)");
    }

    @Test
    void relatedEventsAreLinkedBothWays() {
        Graph g = resolve().graph();
        assertThat(g.relatedTo("arrival")).extracting(e -> e.id()).containsExactly("talks");
        assertThat(g.relatedTo("talks")).extracting(e -> e.id()).containsExactly("arrival");
        assertThat(g.relatedTo("parade")).isEmpty();
    }

    @Test
    void eventsOfAnActorAndCoParticipants() {
        Graph g = resolve().graph();
        assertThat(g.eventsOf("kim-jong-un")).extracting(e -> e.id()).containsExactly("talks", "parade");
        assertThat(g.coParticipants("kim-jong-un")).containsExactly(Map.entry("sergei-shoigu", 1));
        assertThat(g.affiliatesOf("north-korea")).extracting(a -> a.id()).containsExactly("kim-jong-un");
        assertThat(g.timeline()).extracting(e -> e.id()).containsExactly("arrival", "talks", "parade");
    }

    @Test
    void aliasSharedByTwoActorsIsAnErrorNamingBothFiles() {
        file("actors/kim-yo-jong.md", """
                ---
                name: Kim Yo Jong
                aliases:
                  - Kim
                kind: person
                ---
                """);
        assertThat(formatted()).containsExactly("c/actors/kim-yo-jong.md:4: error: 'Kim' is a name of two actors:"
                + " c/actors/kim-yo-jong.md and c/actors/kim-jong-un.md (line 3); each name must lead to one actor");
    }

    @Test
    void displayNameSharedWithAnotherActorsAliasIsAnError() {
        file("actors/kim.md", "---\nname: Kim\nkind: person\n---\n");
        assertThat(formatted()).singleElement().asString()
                .contains("'Kim' is a name of two actors")
                .contains("c/actors/kim-jong-un.md")
                .contains("c/actors/kim.md");
    }

    @Test
    void quoteNotInItsArticleIsAnErrorWithTheClosestPassage() {
        file("claims/met.md", """
                ---
                statement: They met
                sources:
                  efe:
                    stance: reports
                    quote: "Kim Jong Un meets Shoigu"
                ---
                """);
        assertThat(formatted()).containsExactly("c/claims/met.md:6: error: claim 'met': the quote for article 'efe'"
                + " is not in its text (c/articles/efe.md); closest passage: \u201CKim Jong Un met Shoigu\u201D;"
                + " the quote has \u201CJong Un meets Shoigu\u201D where the text has \u201CJong Un met Shoigu\u201D");
    }

    @Test
    void quotesAreFoundAndCoverageMarksUnlistedArticlesSilent() {
        file("claims/met.md", """
                ---
                statement: They met
                sources:
                  efe:
                    stance: reports
                    quote: "Kim Jong Un met Shoigu"
                ---
                """);
        var result = resolve();
        assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
        Graph g = result.graph();
        var claim = g.requireClaim("met");
        assertThat(g.stance(claim, "efe")).isEqualTo(Stance.REPORTS);
        assertThat(g.stance(claim, "tass")).isEqualTo(Stance.SILENT);
        assertThat(g.source(claim, "tass")).isEmpty();
        assertThat(g.claimsIn("efe")).extracting(c -> c.id()).containsExactly("met");
        assertThat(g.claimsIn("tass")).isEmpty();
        String text = g.requireArticle("efe").body().text().text();
        assertThat(g.quotesIn("efe")).singleElement().satisfies(q -> {
            assertThat(text.substring(q.start(), q.end())).isEqualTo("Kim Jong Un met Shoigu");
            assertThat(q.anchor()).isEqualTo("q-met");
        });
    }

    private void claimWithValues(String efeValue, String tassValue) {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  efe:
                    stance: reports
                    quote: Kim Jong Un met Shoigu
                %s
                  tass:
                    stance: reports
                    quote: Шойгу прибыл
                %s
                ---
                """.formatted(efeValue == null ? "" : "    value: \"" + efeValue + "\"",
                tassValue == null ? "" : "    value: \"" + tassValue + "\""));
    }

    @Test
    void discrepancyOnlyWhenValuesDiffer() {
        claimWithValues("about 2,000", "some 1,500");
        assertThat(resolve().graph().computedKind("c")).isEqualTo(DiscrepancyKind.DETAIL);
        claimWithValues("about 2,000", "about 2,000");
        assertThat(resolve().graph().computedKind("c")).isEqualTo(DiscrepancyKind.NONE);
        claimWithValues("about 2,000", null);
        assertThat(resolve().graph().computedKind("c")).isEqualTo(DiscrepancyKind.NONE);
        claimWithValues(null, null);
        assertThat(resolve().graph().computedKind("c")).isEqualTo(DiscrepancyKind.NONE);
        // the same value, written with other white space and typographic quotes, is not a difference
        claimWithValues("the \u2018special\u2019  operation", "the 'special' operation");
        assertThat(resolve().graph().computedKind("c")).isEqualTo(DiscrepancyKind.NONE);
    }

    @Test
    void backlinksListEveryBodyThatLinksToAnItemOnce() {
        file("actors/north-korea.md", """
                ---
                name: North Korea
                kind: state
                ---
                [Kim](actor:kim-jong-un) and [again](actor:kim-jong-un); [itself](actor:north-korea).
                """);
        file("events/parade.md", """
                ---
                title: Parade
                date: 2023-07-27
                ---
                With [Kim](actor:kim-jong-un), see [EFE](article:efe).
                """);
        Graph g = resolve().graph();
        assertThat(g.linksTo(Kind.ACTOR, "kim-jong-un")).containsExactly(new Backlink(Kind.ACTOR, "north-korea"),
                new Backlink(Kind.EVENT, "parade"));
        assertThat(g.linksTo(Kind.ARTICLE, "efe")).containsExactly(new Backlink(Kind.EVENT, "parade"));
        assertThat(g.linksTo(Kind.ACTOR, "north-korea")).isEmpty();
    }

    @Test
    void lookupsComeInPairs() {
        Graph g = resolve().graph();
        assertThat(g.findActor("kim-jong-un")).isPresent();
        assertThat(g.findActor("nobody")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> g.requireEvent("nobody"))
                .hasMessage("no event with id 'nobody'");
    }
}
