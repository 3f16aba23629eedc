package briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code site/} must be exactly what {@code content/} builds into. Fails (never skips)
 * when either folder is missing; shows the first differing line of each of the first few files. To update: {@code java -jar target/briefing.jar build} from the
 * project root, then review the diff of {@code site/}.
 */
class CommittedSiteTest {
    private static final Path CONTENT = Path.of("content");
    private static final Path SITE = Path.of("site");

    @TempDir
    Path tmp;

    @Test
    void committedSiteIsAFreshBuildOfTheContent() {
        assertThat(CONTENT).as("content/ in the project root " + Path.of("").toAbsolutePath()).isDirectory();
        assertThat(SITE).as("site/ in the project root " + Path.of("").toAbsolutePath()).isDirectory();
        Path fresh = tmp.resolve("site");
        var run = TestFiles.cli("build", "--content", "content", "--out", fresh.toString());
        assertThat(run.exitCode()).as("building content/: " + run).isZero();
        Map<String, byte[]> built = TestFiles.snapshot(fresh);
        Map<String, byte[]> committed = TestFiles.snapshot(SITE);
        assertThat(TestFiles.differences(built, committed))
                .as("site/ differs from a fresh build of content/ (missing: in the build but not in site/;"
                        + " extra: in site/ only). Rebuild site/ and commit it. The first differing lines:\n"
                        + TestFiles.firstDifferingLines(built, "built", committed, "site/", 5))
                .isEmpty();
        assertThat(Files.exists(SITE.resolve("index.html"))).isTrue();
    }
}
