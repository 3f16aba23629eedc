package briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Diagnostic;
import briefing.model.DiscrepancyKind;
import briefing.model.Ref;
import briefing.model.SourcePos;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the fields v2 adds (label, authors, via, discrepancy, discrepancy_note) and their checks. */
class V2FieldsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void minimalFolder() {
        file("index.md", "---\ntitle: T\n---\n");
        file("articles/one.md", "---\ntitle: One\noutlet: EFE\n---\nText of one.\n");
        file("articles/two.md", "---\ntitle: Two\n---\nText of two.\n");
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
    void v2FieldsAreReadWithTheirLines() {
        file("articles/one.md", """
                ---
                title: One
                label: "EFE (Madrid)"
                authors: [Ana Martín, Luis Pérez]
                ---
                Text of one.
                """);
        file("articles/two.md", "---\ntitle: Two\nauthors: Staff\n---\nText of two.\n");
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  one:
                    stance: attributes
                    quote: Text of one
                    via: [tass, defence-ministry]
                  two: {stance: reports, quote: Text of two, via: tass}
                discrepancy: none
                discrepancy_note: "Both say the same."
                ---
                """);
        var result = load();

        assertThat(result.diagnostics()).isEmpty();
        Article one = result.content().articles().get(0);
        assertThat(one.label()).isEqualTo("EFE (Madrid)");
        assertThat(one.authors()).containsExactly("Ana Martín", "Luis Pérez");
        assertThat(one.extra()).isEmpty();
        assertThat(result.content().articles().get(1).authors()).containsExactly("Staff");
        Claim c = result.content().claims().get(0);
        assertThat(c.sources().get(0).via()).containsExactly(new Ref("tass", new SourcePos("c/claims/c.md", 7)),
                new Ref("defence-ministry", new SourcePos("c/claims/c.md", 7)));
        assertThat(c.sources().get(1).via()).extracting(Ref::id).containsExactly("tass");
        assertThat(c.discrepancy()).isEqualTo(DiscrepancyKind.NONE);
        assertThat(c.discrepancyNote()).isEqualTo("Both say the same.");
        assertThat(c.discrepancyPos()).isEqualTo(new SourcePos("c/claims/c.md", 9));
        assertThat(c.extra()).isEmpty();
    }

    @Test
    void aV1FolderLoadsAsBefore() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  one: {stance: reports, quote: Text of one, value: "3"}
                  two: {stance: differs, quote: Text of two, value: "4"}
                ---
                """);
        var result = load();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.content().articles()).allSatisfy(a -> {
            assertThat(a.label()).isEmpty();
            assertThat(a.authors()).isEmpty();
            assertThat(a.extra()).isEmpty();
        });
        Claim c = result.content().claims().get(0);
        assertThat(c.sources()).extracting(ClaimSource::via).containsOnly(List.of());
        assertThat(c.discrepancy()).isNull();
        assertThat(c.discrepancyNote()).isEmpty();
        assertThat(c.discrepancyPos()).isNull();
    }

    @Test
    void aDiscrepancyNeedsANote() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  one: {stance: reports, quote: Text of one}
                discrepancy: none
                ---
                """);
        assertThat(formatted()).containsExactly("c/claims/c.md:5: error: 'discrepancy' needs a 'discrepancy_note'"
                + " saying why the sources' difference does not matter as computed");
    }

    @Test
    void aNoteNeedsADiscrepancy() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  one: {stance: reports, quote: Text of one}
                discrepancy_note: "Immaterial."
                ---
                """);
        assertThat(formatted()).containsExactly("c/claims/c.md:5: error: 'discrepancy_note' explains a"
                + " 'discrepancy' this claim does not give: add 'discrepancy: none' (or another kind), or remove"
                + " the note");
    }

    @Test
    void anUnknownKindIsAnErrorWithTheClosestWord() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  one: {stance: reports, quote: Text of one}
                discrepancy_note: "Only the spelling."
                discrepancy: speling
                ---
                """);
        var result = load();

        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly("c/claims/c.md:6: error:"
                + " 'discrepancy' must be conflict, detail, spelling or none, found 'speling'; did you mean"
                + " 'spelling'?");
        assertThat(result.content().claims().get(0).discrepancy()).isNull();
    }

    @Test
    void kindWordsAreExactAndOrderedStrongestFirst() {
        assertThat(DiscrepancyKind.written("Detail")).isEmpty();
        assertThat(DiscrepancyKind.written("silent")).isEmpty();
        assertThat(DiscrepancyKind.written("detail")).contains(DiscrepancyKind.DETAIL);
        assertThat(DiscrepancyKind.CONFLICT.isStrongerThan(DiscrepancyKind.DETAIL)).isTrue();
        assertThat(DiscrepancyKind.SPELLING.isStrongerThan(DiscrepancyKind.NONE)).isTrue();
        assertThat(DiscrepancyKind.NONE.isStrongerThan(DiscrepancyKind.SPELLING)).isFalse();
        assertThat(DiscrepancyKind.DETAIL.isStrongerThan(DiscrepancyKind.DETAIL)).isFalse();
        assertThat(DiscrepancyKind.words()).containsExactly("conflict", "detail", "spelling", "none");
    }

    @Test
    void aSourceThatDiffersWithoutAValueIsWarnedOnce() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  one: {stance: reports, quote: Text of one, value: "3"}
                  two:
                    stance: differs
                    quote: Text of two
                ---
                """);
        var result = load();

        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly("c/claims/c.md:5: warning:"
                + " article 'two' differs but gives no 'value': a source that differs needs its 'value', the version"
                + " this source gives");
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.content().claims().get(0).sources()).hasSize(2);
    }

    @Test
    void anInvalidViaIdIsAnErrorOnItsLine() {
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  one:
                    stance: attributes
                    quote: Text of one
                    via: [tass, "../etc"]
                ---
                """);
        assertThat(formatted()).singleElement().asString()
                .startsWith("c/claims/c.md:7: error: 'via' has '../etc', which is not a valid id");
    }

    @Test
    void misspelledV2KeysAreWarnedWithTheKnownKey() {
        file("articles/one.md", "---\ntitle: One\nlable: EFE\n---\nText of one.\n");
        file("claims/c.md", """
                ---
                statement: S
                sources:
                  one: {stance: reports, quote: Text of one, vai: [tass]}
                discrepency: none
                ---
                """);
        assertThat(formatted()).containsExactly(
                "c/articles/one.md:3: warning: unknown key 'lable'; did you mean 'label'?",
                "c/claims/c.md:4: warning: unknown key 'vai'; did you mean 'via'?",
                "c/claims/c.md:5: warning: unknown key 'discrepency'; did you mean 'discrepancy'?");
    }
}
