package briefing.graph;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.content.ContentLoader;
import briefing.model.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read gives its own error and no other: references to its id are not "missing". */
class UnreadableFileTest {
    @TempDir
    Path dir;

    private List<String> messages() {
        var loaded = new ContentLoader().load(dir, "c");
        List<String> all = new ArrayList<>(loaded.diagnostics().stream().map(Diagnostic::format).toList());
        GraphBuilder.build(loaded.content()).diagnostics().forEach(d -> all.add(d.format()));
        return all;
    }

    @Test
    void aBrokenFileIsReportedOnceNotAtEveryReferenceToIt() {
        TestFiles.write(dir, "index.md", "---\ntitle: T\n---\nSee [Televisa](actor:televisa).\n");
        TestFiles.write(dir, "actors/televisa.md", "---\nname: \"Televisa\nkind: organization\n---\n");
        TestFiles.write(dir, "actors/ana.md", "---\nname: Ana Ruiz\nkind: person\naffiliation: televisa\n---\n");
        TestFiles.write(dir, "articles/a.md", "---\ntitle: A\ncites: [televisa]\n---\nAna Ruiz spoke.\n");
        TestFiles.write(dir, "events/e.md", "---\ntitle: E\ndate: 2017\nparticipants: [televisa, ana]\n---\n");
        TestFiles.write(dir, "articles/broken.md", "---\ntitle: B\n outlet: X\n---\n");
        TestFiles.write(dir, "claims/c.md", """
                ---
                statement: S
                about: [televisa]
                sources:
                  a: {stance: reports, quote: Ana Ruiz spoke, via: televisa}
                  broken: {stance: reports, quote: x}
                ---
                """);
        assertThat(messages()).containsExactly(
                "c/actors/televisa.md:2: error: the quote (\") opened on line 2 is not closed; end the value with \""
                        + " on the same line",
                "c/articles/broken.md:3: error: line 3 is indented more than the line above it, whose value is"
                        + " already given; indent it like the line above");
    }

    @Test
    void namesAndArticlesAreNotCalledUnusedWhileAFileThatMightUseThemIsUnreadable() {
        TestFiles.write(dir, "index.md", "---\ntitle: T\n---\n");
        TestFiles.write(dir, "actors/ana.md", "---\nname: Ana Ruiz\naliases: [Ruiz]\nkind: person\n---\n");
        TestFiles.write(dir, "articles/a.md", "---\ntitle: A\n---\nAna Ruiz spoke.\n");
        TestFiles.write(dir, "articles/b.md", "---\ntitle: 'B\n---\nRuiz spoke.\n");
        TestFiles.write(dir, "claims/c.md", "---\nstatement: S\nsources:\n  a: {stance: reports, quote: Ana}\n---\n");
        TestFiles.write(dir, "articles/e.md", "---\ntitle: E\n---\nRuiz spoke too.\n");
        TestFiles.write(dir, "claims/d.md", "---\nstatement: S\nsources: e: {stance: reports, quote: Ruiz}\n---\n");
        assertThat(messages()).containsExactly(
                "c/articles/b.md:2: error: the quote (') opened on line 2 is not closed; end the value with ' on the"
                        + " same line",
                "c/claims/d.md:3: error: the value of 'sources' contains ': ', which starts a new key; put the whole"
                        + " value in quotes");
    }
}
