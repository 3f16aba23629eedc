package briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --strict} turns warnings into errors; {@code --format json} prints one JSON object a problem. */
class ReportOptionsTest {
    @TempDir
    Path dir;

    private Path contentWithOneWarning() {
        Path content = TestFiles.copySmall(dir);
        TestFiles.replace(content.resolve("actors/tomas-ferrer.md"), "aliases: [Mayor Ferrer, Ferrer]",
                "aliases: [Mayor Ferrer, Ferrer, Don Tomás]");
        return content;
    }

    @Test
    void warningsPassUnlessStrict() {
        Path content = contentWithOneWarning();
        TestFiles.Run plain = TestFiles.cli("check", "--content", content.toString());
        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(plain.err()).contains("warning: the alias 'Don Tomás' never occurs").contains("0 errors, 1 warning");

        TestFiles.Run strict = TestFiles.cli("check", "--strict", "--content", content.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).contains("error: the alias 'Don Tomás' never occurs in any article (whole words,"
                + " case-sensitive) (--strict)").contains("1 error, 0 warnings");

        Path out = dir.resolve("site");
        TestFiles.Run build = TestFiles.cli("build", "--strict", "--content", content.toString(), "--out",
                out.toString());
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void jsonLinesOnStandardOutput() {
        Path content = contentWithOneWarning();
        TestFiles.replace(content.resolve("claims/strike-legal.md"), "stance: disputes", "stance: denies");
        TestFiles.Run run = TestFiles.cli("check", "--format", "json", "--content", content.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList()).containsExactly(
                "{\"severity\":\"warning\",\"path\":\"" + content + "/actors/tomas-ferrer.md\",\"line\":3,"
                        + "\"message\":\"the alias 'Don Tomás' never occurs in any article (whole words,"
                        + " case-sensitive)\"}",
                "{\"severity\":\"error\",\"path\":\"" + content + "/claims/strike-legal.md\",\"line\":6,"
                        + "\"message\":\"'stance' must be reports, attributes, disputes or differs, found 'denies'\"}");
    }

    @Test
    void unknownFormatIsAUsageError() {
        TestFiles.Run run = TestFiles.cli("check", "--format", "xml", "--content", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
