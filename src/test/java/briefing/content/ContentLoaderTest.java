package briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Stance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation of front matter as the loader reads a content folder written inline. */
class ContentLoaderTest {
    @TempDir
    Path dir;

    @BeforeEach
    void minimalFolder() {
        file("index.md", """
                ---
                title: Test briefing
                ---
                Overview.
                """);
        file("articles/one.md", """
                ---
                title: One
                ---
                Text of one.
                """);
    }

    private void file(String relative, String text) {
        TestFiles.write(dir, relative, text);
    }

    private ContentLoader.Result load() {
        return new ContentLoader().load(dir, "c");
    }

    private List<String> formatted() {
        return load().diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void namesThatDifferOnlyInCaseAreEachReportedWithTheOthers() {
        String actor = """
                ---
                name: Ana
                kind: person
                ---
                """;
        for (String name : List.of("Ana.md", "ANA.md", "ana.md", "Bo.md", "BO.md", "Cy.md", "dy.md")) {
            file("actors/" + name, actor);
        }
        List<String> twins = formatted().stream().filter(d -> d.contains("differs only in case")).toList();
        assertThat(twins).containsExactlyInAnyOrder(
                "c/actors/ANA.md:1: error: the name differs only in case from Ana.md, ana.md: on a case-insensitive"
                        + " file system they are one file; keep one",
                "c/actors/Ana.md:1: error: the name differs only in case from ANA.md, ana.md: on a case-insensitive"
                        + " file system they are one file; keep one",
                "c/actors/ana.md:1: error: the name differs only in case from ANA.md, Ana.md: on a case-insensitive"
                        + " file system they are one file; keep one",
                "c/actors/BO.md:1: error: the name differs only in case from Bo.md: on a case-insensitive"
                        + " file system they are one file; keep one",
                "c/actors/Bo.md:1: error: the name differs only in case from BO.md: on a case-insensitive"
                        + " file system they are one file; keep one");
    }

    @Test
    void minimalFolderLoadsWithoutProblems() {
        var result = load();
        assertThat(result.diagnostics()).isEmpty();
        Content c = result.content();
        assertThat(c.settings().title()).isEqualTo("Test briefing");
        assertThat(c.settings().language()).isEqualTo("en");
        assertThat(c.articles()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("one");
            assertThat(a.outlet()).isEmpty();
            assertThat(a.published()).isNull();
            assertThat(a.path()).isEqualTo("c/articles/one.md");
        });
    }

    @Test
    void itemsAreSortedById() {
        file("articles/b-two.md", "---\ntitle: B\n---\n");
        file("articles/a-two.md", "---\ntitle: A\n---\n");
        assertThat(load().content().articles()).extracting(a -> a.id()).containsExactly("a-two", "b-two", "one");
    }

    @Test
    void missingIndexIsAnError() {
        TestFiles.write(dir, "index.md", "");
        try {
            Files.delete(dir.resolve("index.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(formatted()).containsExactly(
                "c/index.md: error: missing: every briefing needs an index.md with at least a title");
    }

    @Test
    void missingRequiredKeysAreErrorsOnTheFrontMatterLine() {
        file("actors/a.md", """
                ---
                role: Someone
                ---
                """);
        assertThat(formatted()).containsExactly(
                "c/actors/a.md:2: error: missing required key 'kind'",
                "c/actors/a.md:2: error: missing required key 'name'");
    }

    @Test
    void missingRequiredKeysOfAClaimSource() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  one:
                    stance: reports
                ---
                """);
        assertThat(formatted()).containsExactly("c/claims/c.md:5: error: missing required key 'quote'");
    }

    @Test
    void claimWithoutSourcesIsAnError() {
        file("claims/c.md", "---\nstatement: S\n---\n");
        assertThat(formatted()).singleElement().asString().startsWith("c/claims/c.md:2: error: missing required key"
                + " 'sources'");
    }

    @Test
    void aListWhereTextBelongsIsAnError() {
        file("articles/two.md", """
                ---
                outlet: X
                title: [a, b]
                ---
                """);
        assertThat(formatted()).containsExactly("c/articles/two.md:3: error: 'title' must be text, found a list");
    }

    @Test
    void aMappingWhereAListBelongsIsAnError() {
        file("actors/a.md", """
                ---
                name: A
                kind: person
                aliases: {x: y}
                ---
                """);
        assertThat(formatted()).singleElement().asString()
                .startsWith("c/actors/a.md:4: error: 'aliases' must be a list, found a mapping");
    }

    @Test
    void frontMatterThatIsNotAMappingIsAnError() {
        file("articles/two.md", "---\n- a\n- b\n---\n");
        assertThat(formatted()).contains("c/articles/two.md:2: error: expected key: value pairs here, found a list");
    }

    @Test
    void misspelledKnownKeyIsAWarningNamingTheClosestKey() {
        file("actors/a.md", "---\nname: A\nkind: person\n---\n");
        file("events/e.md", """
                ---
                title: E
                date: 2023
                particpants: [a]
                ---
                """);
        var result = load();
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "c/events/e.md:4: warning: unknown key 'particpants'; did you mean 'participants'?");
    }

    @Test
    void unknownKeysAreKeptInExtraWithAWarningEach() {
        file("articles/two.md", """
                ---
                title: Two
                shelf: B-12
                pages: 3
                tags: [x, y]
                ---
                """);
        var result = load();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "c/articles/two.md:3: warning: unknown key 'shelf'; briefing does not use it (a template of your own"
                        + " can, as 'extra')",
                "c/articles/two.md:4: warning: unknown key 'pages'; briefing does not use it (a template of your own"
                        + " can, as 'extra')",
                "c/articles/two.md:5: warning: unknown key 'tags'; briefing does not use it (a template of your own"
                        + " can, as 'extra')");
        var two = result.content().articles().stream().filter(a -> a.id().equals("two")).findFirst().orElseThrow();
        assertThat(two.extra()).isEqualTo(Map.of("shelf", "B-12", "pages", 3L, "tags", List.of("x", "y")));
        assertThat(result.content().settings().extra()).isEmpty();
    }

    @Test
    void invalidFileNamesAreErrors() {
        file("articles/Foo.md", "---\ntitle: Foo\n---\n");
        file("actors/a b.md", "---\nname: A\nkind: person\n---\n");
        file("events/x..y.md", "---\ntitle: X\ndate: 2020\n---\n");
        List<String> messages = formatted();
        assertThat(messages).hasSize(3);
        assertThat(messages).anySatisfy(m -> assertThat(m)
                .startsWith("c/articles/Foo.md:1: error: the file name 'Foo.md' is not a valid id")
                .contains("rename it, e.g. 'foo.md'"));
        assertThat(messages).anySatisfy(m -> assertThat(m)
                .startsWith("c/actors/a b.md:1: error: the file name 'a b.md' is not a valid id")
                .contains("'a-b.md'"));
        assertThat(messages).anySatisfy(m -> assertThat(m)
                .startsWith("c/events/x..y.md:1: error: the file name 'x..y.md' is not a valid id"));
        assertThat(load().content().articles()).extracting(a -> a.id()).containsExactly("one");
    }

    @Test
    void draftsStartingWithUnderscoreOrDotAreIgnored() {
        file("articles/_draft.md", "no front matter at all");
        file("articles/.hidden.md", "no front matter at all");
        file("actors/_Bad Name.md", "no front matter at all");
        file("articles/_folder/x.md", "no front matter at all");
        var result = load();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.content().articles()).extracting(a -> a.id()).containsExactly("one");
        assertThat(result.content().actors()).isEmpty();
    }

    @Test
    void badStanceIsAnErrorOnItsLine() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  one:
                    quote: Text of one
                    stance: Reports
                ---
                """);
        assertThat(formatted()).containsExactly("c/claims/c.md:6: error: 'stance' must be reports, attributes,"
                + " disputes or differs, found 'Reports'");
    }

    @Test
    void silentCannotBeWrittenByAnEditor() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  one:
                    stance: silent
                    quote: Text of one
                ---
                """);
        assertThat(formatted()).singleElement().asString().startsWith("c/claims/c.md:5: error: 'stance' must be");
    }

    @Test
    void goodStancesAreRead() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  one:
                    stance: differs
                    quote: Text of one
                    value: "ten"
                ---
                """);
        var result = load();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.content().claims().get(0).sources()).singleElement().satisfies(s -> {
            assertThat(s.stance()).isEqualTo(Stance.DIFFERS);
            assertThat(s.value()).isEqualTo("ten");
            assertThat(s.quotePos().line()).isEqualTo(6);
        });
    }

    @Test
    void badEventDatesAreErrors() {
        file("events/a.md", "---\ntitle: A\ndate: 2023-02-30\n---\n");
        file("events/b.md", "---\ntitle: B\ndate: July 2023\n---\n");
        file("events/c.md", "---\ntitle: C\ndate: 2023-07-26/2023-07-01\n---\n");
        List<String> messages = formatted();
        assertThat(messages).containsExactly(
                "c/events/a.md:3: error: 'date' must be YYYY, YYYY-MM, YYYY-MM-DD or a range START/END (a real date,"
                        + " the end not before the start), or a day with a time, YYYY-MM-DDTHH:MM, found '2023-02-30'",
                "c/events/b.md:3: error: 'date' must be YYYY, YYYY-MM, YYYY-MM-DD or a range START/END (a real date,"
                        + " the end not before the start), or a day with a time, YYYY-MM-DDTHH:MM, found 'July 2023'",
                "c/events/c.md:3: error: 'date' must be YYYY, YYYY-MM, YYYY-MM-DD or a range START/END (a real date,"
                        + " the end not before the start), or a day with a time, YYYY-MM-DDTHH:MM, found"
                        + " '2023-07-26/2023-07-01'");
    }

    @Test
    void badPublishedIsAnError() {
        file("articles/two.md", "---\ntitle: Two\n\npublished: last Tuesday\n---\n");
        assertThat(formatted()).singleElement().asString()
                .startsWith("c/articles/two.md:4: error: 'published' must be an ISO 8601 date or date-time")
                .endsWith("found 'last Tuesday'");
    }

    @Test
    void publishedDateTimesAreRead() {
        file("articles/two.md", "---\ntitle: Two\npublished: 2023-07-26T14:05:00+03:00\n---\n");
        var a = load().content().articles().stream().filter(x -> x.id().equals("two")).findFirst().orElseThrow();
        assertThat(a.published().display()).isEqualTo("26 July 2023, 14:05");
    }

    @Test
    void badUrlIsAnError() {
        file("articles/two.md", "---\ntitle: Two\nurl: example.org/story\n---\n");
        file("articles/three.md", "---\ntitle: Three\nurl: javascript:alert(1)\n---\n");
        assertThat(formatted()).containsExactly(
                "c/articles/three.md:3: error: 'url' must be an http:// or https:// address, found 'javascript:alert(1)'",
                "c/articles/two.md:3: error: 'url' must be an http:// or https:// address, found 'example.org/story'");
    }

    @Test
    void badKindIsAnError() {
        file("actors/a.md", "---\nname: A\nkind: company\n---\n");
        assertThat(formatted()).containsExactly(
                "c/actors/a.md:3: error: 'kind' must be person, organization or state, found 'company'");
    }

    @Test
    void duplicateKeysAreErrorsNamingTheFirstLine() {
        file("articles/two.md", """
                ---
                title: Two
                outlet: X
                title: Again
                ---
                """);
        assertThat(formatted()).containsExactly(
                "c/articles/two.md:4: error: 'title' is given twice (first on line 2); keep one");
    }

    @Test
    void yamlSyntaxErrorIsReportedWithItsLine() {
        file("articles/two.md", """
                ---
                title: Two
                outlet: X
                dateline: "unclosed
                ---
                Body.
                """);
        assertThat(formatted()).containsExactly("c/articles/two.md:4: error: the quote (\") opened on line 4 is not"
                + " closed; end the value with \" on the same line");
        file("articles/two.md", """
                ---
                title: Two
                outlet: a: b
                ---
                """);
        assertThat(formatted()).containsExactly("c/articles/two.md:3: error: the value of 'outlet' contains ': ',"
                + " which starts a new key; put the whole value in quotes");
    }

    @Test
    void noFrontMatterIsAnError() {
        file("actors/a.md", "Just a profile.\n");
        assertThat(formatted()).singleElement().asString().startsWith("c/actors/a.md:1: error: no front matter");
    }

    @Test
    void invalidIdsInReferenceFieldsAreErrors() {
        file("events/e.md", """
                ---
                title: E
                date: 2023
                participants:
                  - good-id
                  - Bad Id
                ---
                """);
        assertThat(formatted()).singleElement().asString().startsWith(
                "c/events/e.md:6: error: 'participants' has 'Bad Id', which is not a valid id");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        file("actors/a.md", "---\nname: A\nkind: robot\n---\n");
        file("events/e.md", "---\ntitle: E\ndate: someday\n---\n");
        file("articles/two.md", "no front matter\n");
        assertThat(formatted()).hasSize(3);
    }

    @Test
    void emptyFrontMatterOfAnArticleNeedsOnlyATitle() {
        file("articles/two.md", "---\n---\nText.\n");
        assertThat(formatted()).containsExactly("c/articles/two.md:2: error: missing required key 'title'");
    }

    @Test
    void bodyLinksAreReadWithTheirFileLines() {
        file("articles/two.md", """
                ---
                title: Two
                ---
                First paragraph.

                See [A](actor:a) and
                [E](event:e).
                """);
        var a = load().content().articles().stream().filter(x -> x.id().equals("two")).findFirst().orElseThrow();
        assertThat(a.body().links()).extracting(l -> l.kind().prefix() + ":" + l.target().id() + "@"
                + l.target().pos().line()).containsExactly("actor:a@6", "event:e@7");
    }
}
