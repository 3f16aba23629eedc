package briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The common YAML slips, one case each: the file as the editor wrote it and the one message it gets,
 * naming the slip in plain words at the line where it was made.
 */
class YamlSlipsTest {
    @TempDir
    Path dir;

    record Slip(String name, String file, String text, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Slip> slips() {
        return Stream.of(
                new Slip("a quote left open, closed by a quote lines later", "articles/a.md", """
                        ---
                        title: "Quake topples a school
                        outlet: EFE
                        published: 2017-09-19
                        notes: "Wire copy."
                        ---
                        """, "c/articles/a.md:2: error: the quote (\") opened on line 2 is not closed; end the value"
                        + " with \" on the same line"),
                new Slip("a quote left open at the end", "actors/a.md", """
                        ---
                        kind: person
                        name: 'Ana Ruiz
                        ---
                        """, "c/actors/a.md:3: error: the quote (') opened on line 3 is not closed; end the value"
                        + " with ' on the same line"),
                new Slip("an apostrophe inside single quotes", "articles/a.md", """
                        ---
                        title: 'Shoigu's visit'
                        outlet: EFE
                        ---
                        """, "c/articles/a.md:2: error: the apostrophe in 'Shoigu's visit' ends the quoted value"
                        + " early; inside single quotes write an apostrophe twice ('') or put the value in double"
                        + " quotes"),
                new Slip("a quote inside double quotes", "articles/a.md", """
                        ---
                        outlet: EFE
                        title: "He said "no" today"
                        ---
                        """, "c/articles/a.md:3: error: text follows the closing quote in \"He said \"no\" today\";"
                        + " to use \" inside a value, put the whole value in the other kind of quotes"),
                new Slip("a tab used for indenting", "actors/a.md", """
                        ---
                        name: Ana
                        kind: person
                        aliases:
                        \t- Ruiz
                        ---
                        """, "c/actors/a.md:5: error: a tab is used for indenting; indent with spaces only"),
                new Slip("no space after a colon", "articles/a.md", """
                        ---
                        title: Quake
                        outlet:EFE
                        published: 2017-09-19
                        ---
                        """, "c/articles/a.md:3: error: there is no space after the colon in 'outlet:EFE'; write"
                        + " 'outlet: EFE'"),
                new Slip("no space after the colon of the only key", "articles/a.md", """
                        ---
                        title:Quake
                        ---
                        """, "c/articles/a.md:2: error: there is no space after the colon in 'title:Quake'; write"
                        + " 'title: Quake'"),
                new Slip("a colon inside a value", "articles/a.md", """
                        ---
                        title: Shoigu: ties promote peace
                        outlet: EFE
                        ---
                        """, "c/articles/a.md:2: error: the value of 'title' contains ': ', which starts a new key;"
                        + " put the whole value in quotes"),
                new Slip("a key with no colon", "articles/a.md", """
                        ---
                        title: Quake
                        outlet EFE
                        published: 2017-09-19
                        ---
                        """, "c/articles/a.md:3: error: 'outlet EFE' has no colon; write 'key: value'"),
                new Slip("no space after a list item's dash", "actors/a.md", """
                        ---
                        name: Ana
                        aliases:
                          - Ruiz
                          -Ana R.
                        kind: person
                        ---
                        """, "c/actors/a.md:5: error: a list item needs a space after its '-': write '- Ana R.'"),
                new Slip("a key indented less than the key it belongs to", "claims/c.md", """
                        ---
                        statement: The school fell
                        sources:
                          efe:
                            stance: reports
                           quote: "fell"
                        ---
                        """, "c/claims/c.md:6: error: line 6 is indented less than the key it belongs to (line 5 is"
                        + " indented 4 spaces, this line 3); indent it exactly like the other keys or items of its"
                        + " group"),
                new Slip("a list item indented less than the one above", "actors/a.md", """
                        ---
                        name: Ana
                        aliases:
                          - Ruiz
                         - Ana R.
                        kind: person
                        ---
                        """, "c/actors/a.md:5: error: line 5 is indented less than the key it belongs to (line 4 is"
                        + " indented 2 spaces, this line 1); indent it exactly like the other keys or items of its"
                        + " group"),
                new Slip("a key indented more than the one above", "actors/a.md", """
                        ---
                        name: Ana
                          kind: person
                        ---
                        """, "c/actors/a.md:3: error: line 3 is indented more than the line above it, whose value is"
                        + " already given; indent it like the line above"),
                new Slip("a key indented more than a quoted value above", "articles/a.md", """
                        ---
                        title: "Quake"
                          outlet: EFE
                        ---
                        """, "c/articles/a.md:3: error: line 3 is indented more than the line above it, whose value is"
                        + " already given; indent it like the line above"),
                new Slip("a list item outside a list", "articles/a.md", """
                        ---
                        title: Quake
                        - Ana Ruiz
                        ---
                        """, "c/articles/a.md:3: error: a list item ('- ') outside a list: put the list's key on a"
                        + " line of its own (such as 'aliases:') and each item below it"),
                new Slip("a list never closed", "articles/a.md", """
                        ---
                        title: Quake
                        cites: [ana-ruiz, efe
                        outlet: EFE
                        ---
                        """, "c/articles/a.md:3: error: the '[' opened on line 3 is not closed with ']' on the same"
                        + " line"),
                new Slip("text after brackets", "articles/a.md", """
                        ---
                        title: [Draft] Quake
                        ---
                        """, "c/articles/a.md:2: error: a value that starts with '[' is read as a list, and text"
                        + " follows it; if it is text, put the whole value in quotes"),
                new Slip("a value starting with @", "articles/a.md", """
                        ---
                        title: Quake
                        outlet: @efe
                        ---
                        """, "c/articles/a.md:3: error: a value cannot start with '@'; put the whole value in"
                        + " quotes"),
                new Slip("a value starting with *", "articles/a.md", """
                        ---
                        title: *Breaking* quake
                        ---
                        """, "c/articles/a.md:2: error: a value that starts with '*' is read as a reference to"
                        + " another value; if it is text, put the whole value in quotes"),
                new Slip("a key given twice", "articles/a.md", """
                        ---
                        title: Quake
                        outlet: EFE
                        title: Again
                        ---
                        """, "c/articles/a.md:4: error: 'title' is given twice (first on line 2); keep one"),
                new Slip("the closing --- missing", "articles/a.md", """
                        ---
                        title: Quake
                        outlet: EFE

                        The school fell at 13:14.
                        """, "c/articles/a.md:5: error: the front matter opened on line 1 is not closed: put a"
                        + " '---' line after its last key (before line 5)"),
                new Slip("a value over several lines in quotes is no slip", "articles/a.md", """
                        ---
                        notes: "A long note
                          that goes on: here"
                        title: Quake
                        - Ana Ruiz
                        ---
                        """, "c/articles/a.md:5: error: a list item ('- ') outside a list: put the list's key on a"
                        + " line of its own (such as 'aliases:') and each item below it"),
                new Slip("no space after the colon of a nested key", "claims/c.md", """
                        ---
                        statement: The school fell
                        sources:
                          a:
                            stance:reports
                            quote: fell
                        ---
                        """, "c/claims/c.md:5: error: there is no space after the colon in 'stance:reports'; write"
                        + " 'stance: reports'"),
                new Slip("the same slips in index.md", "index.md", """
                        ---
                        title: "Mexico City, 2017
                        language: es
                        ---
                        """, "c/index.md:2: error: the quote (\") opened on line 2 is not closed; end the value"
                        + " with \" on the same line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slips")
    void eachSlipGetsOneMessageAtItsLine(Slip slip) {
        TestFiles.write(dir, "index.md", "---\ntitle: T\n---\n");
        TestFiles.write(dir, slip.file(), slip.text());
        List<String> messages = new ContentLoader().load(dir, "c").diagnostics().stream()
                .map(Diagnostic::format).toList();
        assertThat(messages).containsExactly(slip.message());
    }
}
