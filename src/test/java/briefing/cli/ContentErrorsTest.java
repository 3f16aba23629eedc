package briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles.Run;
import briefing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of content error: a good build first, then a mutation of a copy of the fixture.
 * Each error is reported at its exact {@code path:line}, exits 1, and leaves the previous site byte for
 * byte as it was.
 */
class ContentErrorsTest {
    @TempDir
    Path tmp;

    Path content;
    Path out;
    Map<String, byte[]> before;

    @BeforeEach
    void goodBuild() {
        content = TestFiles.copySmall(tmp);
        out = tmp.resolve("out");
        Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        before = TestFiles.snapshot(out);
        assertThat(before).containsKey("index.html");
    }

    /** Builds again; asserts exit 1, the first error line, and that the old site is unchanged. */
    private void assertFails(String relative, int line, String fragment) {
        Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        String position = content + "/" + relative + (line > 0 ? ":" + line : "") + ": error: ";
        assertThat(run.err().lines()).as(run.toString())
                .anySatisfy(l -> assertThat(l).startsWith(position).contains(fragment));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ errors?, \\d+ warnings?");
        assertThat(run.out()).isEmpty();
        assertThat(TestFiles.differences(before, TestFiles.snapshot(out))).as("output folder changed").isEmpty();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("nothing left beside the output")
                    .containsExactlyInAnyOrder("content", "out");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A build of the content with this folder of templates. */
    private Run buildWith(Path templates) {
        return TestFiles.cli("build", "--content", content.toString(), "--out", out.toString(), "--templates",
                templates.toString());
    }

    private Path at(String relative) {
        return content.resolve(relative);
    }

    @Test
    void quoteNotInItsArticle() {
        TestFiles.replace(at("claims/strike-legal.md"), "the strike was illegal.", "the strike was unlawful.");
        assertFails("claims/strike-legal.md", 7, "the quote for article 'harbour-wire' is not in its text ("
                + content + "/articles/harbour-wire.md); closest passage: \u201CThe port authority said the strike"
                + " was illegal.\u201D");
    }

    @Test
    void unknownId() {
        TestFiles.replace(at("events/walkout.md"), "related: [strike-weeks]", "related: [strike-week]");
        assertFails("events/walkout.md", 7, "'related' names event 'strike-week', which does not exist");
    }

    @Test
    void unknownIdInABodyLink() {
        TestFiles.replace(at("index.md"), "(event:walkout)", "(event:walk-out)");
        assertFails("index.md", 8, "the link names event 'walk-out', which does not exist");
    }

    @Test
    void badYaml() {
        TestFiles.replace(at("index.md"), "language: en", "language: en: gb");
        assertFails("index.md", 4, "the value of 'language' contains ': ', which starts a new key");
    }

    @Test
    void sharedAlias() {
        TestFiles.replace(at("actors/tomas-ferrer.md"), "aliases: [Mayor Ferrer, Ferrer]",
                "aliases: [Mayor Ferrer, Ferrer, Ruiz]");
        assertFails("actors/tomas-ferrer.md", 3, "'Ruiz' is a name of two actors: " + content
                + "/actors/tomas-ferrer.md and " + content + "/actors/ana-ruiz.md (line 3)");
    }

    @Test
    void badStance() {
        TestFiles.replace(at("claims/strike-legal.md"), "stance: disputes", "stance: disputed");
        assertFails("claims/strike-legal.md", 6, "'stance' must be reports, attributes, disputes or differs,"
                + " found 'disputed'");
    }

    @Test
    void badDate() {
        TestFiles.replace(at("events/walkout.md"), "date: 2024-03-11", "date: 2024-02-30");
        assertFails("events/walkout.md", 3, "found '2024-02-30'");
    }

    @Test
    void upperCaseFileName() {
        TestFiles.write(content, "events/Walkout-Two.md", "---\ntitle: Two\ndate: 2024\n---\n");
        assertFails("events/Walkout-Two.md", 1, "the file name 'Walkout-Two.md' is not a valid id");
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        Path file = at("articles/valmora-post.md");
        byte[] bytes = Files.readAllBytes(file);
        byte[] dash = "\u2014".getBytes(StandardCharsets.UTF_8);
        int i = indexOf(bytes, dash);
        byte[] changed = new byte[bytes.length - dash.length + 1];
        System.arraycopy(bytes, 0, changed, 0, i);
        changed[i] = (byte) 0x97; // the Windows-1252 em dash
        System.arraycopy(bytes, i + dash.length, changed, i + 1, bytes.length - i - dash.length);
        Files.write(file, changed);
        assertFails("articles/valmora-post.md", 7, "not valid UTF-8 (byte 0x97)");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void missingRequiredKey() {
        TestFiles.replace(at("actors/harbour-union.md"), "kind: organization\n", "");
        assertFails("actors/harbour-union.md", 2, "missing required key 'kind'");
    }

    @Test
    void noFrontMatter() {
        TestFiles.write(content, "articles/new-one.md", "Just the text of an article.\n");
        assertFails("articles/new-one.md", 1, "no front matter");
    }

    @Test
    void templateErrorInAnOverride() {
        Path templates = tmp.resolve("templates");
        TestFiles.write(templates, "404.ftlh", "<p>${no.such.thing}</p>\n");
        Run run = buildWith(templates);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        // With the expression it is about, which FreeMarker puts on its message's second line.
        assertThat(run.err()).contains(templates.resolve("404.ftlh") + ":1: error: "
                + "The following has evaluated to null or missing: no\n");
        assertThat(TestFiles.differences(before, TestFiles.snapshot(out))).isEmpty();
    }

    @Test
    void templatesThatCannotBeParsedAreReportedAtTheLinesOfTheirMistakes() {
        Path templates = tmp.resolve("templates");
        TestFiles.write(templates, "event.ftlh", "<#import \"layout.ftlh\" as l>\n<p>\n<#if view??>\n");
        TestFiles.write(templates, "claim.ftlh", "<#import \"layout.ftlh\" as l>\n<p>${view.id</p>\n");
        Run run = buildWith(templates);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        // Both, whichever pages would have been rendered first.
        assertThat(run.err()).contains(templates.resolve("claim.ftlh") + ":2: error: the template has a mistake"
                        + " (column 14): Encountered \"/\" where it does not fit")
                .contains(templates.resolve("event.ftlh") + ":3: error: the template has a mistake (column 13): "
                        + "Unexpected end of file reached. You have an unclosed #if.")
                .contains("2 errors");

        // A mistake in a template that others import is reported in it, not where it is imported: the
        // layout, which every page imports, and an editor's own, which one page template imports.
        TestFiles.write(templates, "claim.ftlh", "<#import \"layout.ftlh\" as l>\n<p>\n");
        TestFiles.write(templates, "event.ftlh", "<#import \"layout.ftlh\" as l>\n<#import \"mine.ftlh\" as m>\n");
        TestFiles.write(templates, "mine.ftlh", "<#macro note>\n<#list x as y>\n</#macro>\n");
        TestFiles.write(templates, "layout.ftlh", "<#macro page>\n<#if x>\n</#macro>\n");
        run = buildWith(templates);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(templates.resolve("layout.ftlh") + ":3: error: the template has a mistake"
                + " (column 1): Encountered \"</#macro>\"");
        TestFiles.write(templates, "layout.ftlh", TestFiles.read(Path.of("templates/layout.ftlh")));
        run = buildWith(templates);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(templates.resolve("mine.ftlh") + ":3: error: the template has a mistake (column ");
        assertThat(TestFiles.differences(before, TestFiles.snapshot(out))).isEmpty();
    }
}
