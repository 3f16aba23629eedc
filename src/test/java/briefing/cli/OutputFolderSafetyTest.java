package briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles.Run;
import briefing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is replaced only when briefing made it; never the content folder or its parents. */
class OutputFolderSafetyTest {
    @TempDir
    Path tmp;

    Path content;
    Map<String, byte[]> contentBefore;

    @BeforeEach
    void copy() {
        content = TestFiles.copySmall(tmp);
        contentBefore = TestFiles.snapshot(content);
    }

    private void assertRefused(Path out, String fragment) {
        Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).startsWith(out + ": error: ").contains(fragment).contains("1 error, 0 warnings");
        assertThat(run.out()).isEmpty();
        assertThat(TestFiles.differences(contentBefore, TestFiles.snapshot(content))).isEmpty();
    }

    @Test
    void refusesANonEmptyFolderWithoutTheMarker() {
        Path out = tmp.resolve("mine");
        TestFiles.write(out, "notes.txt", "my own notes");
        TestFiles.write(out, "sub/index.html", "<p>my page</p>");
        Map<String, byte[]> before = TestFiles.snapshot(out);
        assertRefused(out, "is not empty and was not made by briefing (it has no .briefing-site file)");
        assertThat(TestFiles.differences(before, TestFiles.snapshot(out))).isEmpty();
    }

    @Test
    void acceptsAnEmptyFolderAndReplacesItsOwnSite() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("empty"));
        Run first = TestFiles.build(content, out);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(out.resolve(".briefing-site")).exists();
        TestFiles.write(out, "stale.html", "left from before");
        Run second = TestFiles.build(content, out);
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(out.resolve("stale.html")).doesNotExist();
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void refusesTheContentFolderItself() {
        assertRefused(content, "the output folder is the content folder");
    }

    @Test
    void refusesAFolderInsideTheContentFolder() {
        assertRefused(content.resolve("site"), "lies inside the content folder");
        assertThat(content.resolve("site")).doesNotExist();
    }

    @Test
    void refusesAFolderThatContainsTheContentFolder() {
        assertRefused(tmp, "contains the content folder");
    }

    @Test
    void refusesAFolderThatContainsTheContentFolderEvenWithTheMarker() {
        TestFiles.write(tmp, ".briefing-site", "marker");
        assertRefused(tmp, "contains the content folder");
    }

    @Test
    void refusesAFileInPlaceOfTheFolder() {
        Path file = TestFiles.write(tmp, "site.html", "x");
        assertRefused(file, "exists and is not a folder");
    }
}
