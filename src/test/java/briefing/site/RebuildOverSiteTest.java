package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import briefing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build over a previous site shares the files that did not change with it (hard links in the new
 * folder) instead of writing them again: the result is the same as a fresh build's, and the previous
 * site stays exactly as it was until the new one is swapped in, or for good when the build fails.
 */
class RebuildOverSiteTest {
    @TempDir
    Path dir;

    Path content;
    Path out;

    @BeforeEach
    void firstBuild() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("unix"),
                "needs file numbers (inodes) to tell a shared file from a written one");
        content = TestFiles.copySmall(dir);
        out = dir.resolve("site");
        assertThat(TestFiles.build(content, out).exitCode()).isZero();
    }

    @Test
    void anUnchangedSiteIsSharedFileForFile() {
        Map<String, Object> before = inodes(out);
        Map<String, byte[]> bytes = TestFiles.snapshot(out);

        assertThat(TestFiles.build(content, out).exitCode()).isZero();

        assertThat(TestFiles.differences(bytes, TestFiles.snapshot(out))).isEmpty();
        Map<String, Object> after = inodes(out);
        long shared = before.keySet().stream().filter(p -> before.get(p).equals(after.get(p))).count();
        // Every page, asset and index is shared; the marker and the two streamed files (briefing.json and
        // the comparison's CSV, which cost less to write than to compare) are written anew.
        assertThat(shared).isEqualTo(before.size() - 3);
        assertThat(after.get("index.html")).isEqualTo(before.get("index.html"));
        assertThat(after.get("data/briefing.json")).isNotEqualTo(before.get("data/briefing.json"));
        assertThat(after.get("data/comparison.csv")).isNotEqualTo(before.get("data/comparison.csv"));
    }

    @Test
    void changedAndTamperedFilesAreWrittenAndTheResultEqualsAFreshBuild() throws IOException {
        TestFiles.replace(content.resolve("actors/tomas-ferrer.md"), "The mayor.", "The mayor since 2019.");
        // A page altered by hand in the old site, keeping its length, is not taken for the new one.
        Path tampered = out.resolve("actors/ana-ruiz.html");
        byte[] page = Files.readAllBytes(tampered);
        int at = new String(page, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Ana Ruiz");
        page[at] = 'X';
        Files.write(tampered, page);
        Map<String, Object> before = inodes(out);

        assertThat(TestFiles.build(content, out).exitCode()).isZero();

        Path fresh = dir.resolve("fresh");
        assertThat(TestFiles.build(content, fresh).exitCode()).isZero();
        assertThat(TestFiles.differences(TestFiles.snapshot(fresh), TestFiles.snapshot(out))).isEmpty();
        Map<String, Object> after = inodes(out);
        assertThat(after.get("actors/tomas-ferrer.html")).isNotEqualTo(before.get("actors/tomas-ferrer.html"));
        assertThat(after.get("actors/ana-ruiz.html")).isNotEqualTo(before.get("actors/ana-ruiz.html"));
        assertThat(after.get("events/strike-weeks.html")).isEqualTo(before.get("events/strike-weeks.html"));
    }

    @Test
    void aBuildThatFailsWhileRenderingLeavesThePreviousSiteAsItWas() throws IOException {
        Map<String, byte[]> bytes = TestFiles.snapshot(out);
        Map<String, Object> before = inodes(out);
        // Pages are shared as they render; the event template then fails, and the new folder is dropped.
        Path templates = dir.resolve("templates");
        TestFiles.write(templates, "event.ftlh", "<#include \"layout.ftlh\">${no_such_value}");

        TestFiles.Run run = TestFiles.cli("build", "--content", content.toString(), "--out", out.toString(),
                "--templates", templates.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("event.ftlh");
        assertThat(TestFiles.differences(bytes, TestFiles.snapshot(out))).isEmpty();
        assertThat(inodes(out)).isEqualTo(before);
        assertEachFileLinkedOnce(out);
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site.tmp-"));
        }
    }

    @Test
    void aFolderOfThePreviousSiteThatLinksOutsideIsNotShared() throws IOException {
        // The events folder is replaced by a symbolic link to copies of its pages elsewhere, same bytes.
        Path elsewhere = dir.resolve("elsewhere");
        TestFiles.copyTree(out.resolve("events"), elsewhere);
        OutputFolder.deleteTree(out.resolve("events"));
        Files.createSymbolicLink(out.resolve("events"), elsewhere);
        Map<String, Object> outside = inodes(elsewhere);

        assertThat(TestFiles.build(content, out).exitCode()).isZero();

        assertThat(Files.isSymbolicLink(out.resolve("events"))).isFalse();
        Map<String, Object> events = inodes(out.resolve("events"));
        assertThat(events.keySet()).isEqualTo(outside.keySet());
        events.forEach((name, number) -> assertThat(number).as(name).isNotEqualTo(outside.get(name)));
        assertEachFileLinkedOnce(elsewhere);
    }

    /** No file under {@code root} is shared with any other place. */
    private static void assertEachFileLinkedOnce(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.getAttribute(file, "unix:nlink")).as(file.toString()).isEqualTo(1);
            }
        }
    }

    /** The file number of every file under {@code root}, by relative path. */
    private static Map<String, Object> inodes(Path root) {
        Map<String, Object> numbers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                numbers.put(root.relativize(file).toString().replace('\\', '/'), Files.getAttribute(file, "unix:ino"));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return numbers;
    }
}
