package briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing typed is dropped without a word: every key a file does not take is a warning naming what was meant. */
class UnknownKeysTest {
    @TempDir
    Path dir;

    @BeforeEach
    void index() {
        TestFiles.write(dir, "index.md", "---\ntitle: T\nlang: es\n---\n");
    }

    private List<String> warnings() {
        var result = new ContentLoader().load(dir, "c");
        assertThat(result.hasErrors()).as("unknown keys are warnings, never errors").isFalse();
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void commonOtherWordsNameTheKeyMeant() {
        TestFiles.write(dir, "articles/a.md", """
                ---
                title: Quake
                date: 2017-09-19
                author: Ana Ruiz
                byline: Luis Vega
                ---
                """);
        TestFiles.write(dir, "actors/ana.md", "---\ntitle: Ana Ruiz\nname: Ana Ruiz\nkind: person\nalias: Ruiz\n---\n");
        TestFiles.write(dir, "events/e.md", "---\nname: Quake\ntitle: Quake\ndate: 2017-09-19\nparticipant: ana\n---\n");
        TestFiles.write(dir, "claims/c.md", """
                ---
                statement: The school fell
                source: a
                sources:
                  a:
                    stance: reports
                    quote: Quake
                    quotes: Quake
                ---
                """);
        assertThat(warnings()).containsExactly(
                "c/actors/ana.md:2: warning: 'title' is not a key of an actor, so its value is not used; did you mean"
                        + " 'name'?",
                "c/actors/ana.md:5: warning: 'alias' is not a key of an actor, so its value is not used; did you mean"
                        + " 'aliases'?",
                "c/articles/a.md:3: warning: 'date' is not a key of an article, so its value is not used; did you"
                        + " mean 'published'?",
                "c/articles/a.md:4: warning: 'author' is not a key of an article, so its value is not used; did you"
                        + " mean 'authors'?",
                "c/articles/a.md:5: warning: 'byline' is not a key of an article, so its value is not used; did you"
                        + " mean 'authors'?",
                "c/claims/c.md:3: warning: 'source' is not a key of a claim, so its value is not used; did you mean"
                        + " 'sources'?",
                "c/claims/c.md:8: warning: 'quotes' is not a key of an article's entry under 'sources', so its value"
                        + " is not used; did you mean 'quote'?",
                "c/events/e.md:2: warning: 'name' is not a key of an event, so its value is not used; did you mean"
                        + " 'title'?",
                "c/events/e.md:5: warning: 'participant' is not a key of an event, so its value is not used; did you"
                        + " mean 'participants'?",
                "c/index.md:3: warning: 'lang' is not a key of index.md, so its value is not used; did you mean"
                        + " 'language'?");
    }

    @Test
    void keysOfAnotherKindMisspellingsAndOthersAreNamedToo() {
        TestFiles.write(dir, "articles/a.md", """
                ---
                title: Quake
                participants: [ana]
                Outlet: EFE
                outelt: EFE
                mood: grim
                ---
                """);
        TestFiles.write(dir, "claims/c.md", """
                ---
                statement: The school fell
                stance: reports
                sources:
                  a: {stance: reports, quote: Quake}
                ---
                """);
        assertThat(warnings()).containsExactly(
                "c/articles/a.md:3: warning: 'participants' is a key of an event, not of an article, so its value is"
                        + " not used here",
                "c/articles/a.md:4: warning: unknown key 'Outlet'; did you mean 'outlet'? (keys are written in lower"
                        + " case)",
                "c/articles/a.md:5: warning: unknown key 'outelt'; did you mean 'outlet'?",
                "c/articles/a.md:6: warning: unknown key 'mood'; briefing does not use it (a template of your own can,"
                        + " as 'extra')",
                "c/claims/c.md:3: warning: 'stance' is a key of an article's entry under 'sources', not of a claim, so"
                        + " its value is not used here",
                "c/index.md:3: warning: 'lang' is not a key of index.md, so its value is not used; did you mean"
                        + " 'language'?");
    }
}
