package briefing.cli;

import static briefing.TestFiles.cli;
import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles.Run;
import briefing.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line through {@code Main.commandLine().execute(...)}: exit codes and what is printed. */
class MainTest {
    @TempDir
    Path tmp;

    @Test
    void helpOnTheTopCommandListsTheSubcommands() {
        Run run = cli("--help");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Usage: briefing").contains("build").contains("check");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check"})
    void helpOnEachSubcommand(String command) {
        Run run = cli(command, "--help");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Usage: briefing " + command).contains("--content");
        assertThat(run.err()).isEmpty();
        Run viaHelp = cli("help", command);
        assertThat(viaHelp.exitCode()).isZero();
        assertThat(viaHelp.out()).isEqualTo(run.out());
    }

    @Test
    void buildHelpNamesItsOptions() {
        assertThat(cli("build", "--help").out()).contains("--out").contains("--templates");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "build", "check"})
    void versionOnTheTopCommandAndEachSubcommand(String command) {
        Run run = command.isEmpty() ? cli("--version") : cli(command, "--version");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).matches("briefing \\S.*\\RJava " + java.util.regex.Pattern.quote(Runtime.version()
                .toString()) + " \\(.*\\)\\R");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = cli("build", "--bogus");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--bogus'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOptionOnTheTopCommandIsAUsageError() {
        assertThat(cli("--bogus").exitCode()).isEqualTo(2);
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        Run run = cli("bild");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("bild");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void noSubcommandIsAUsageError() {
        Run run = cli();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("Missing a command");
    }

    @Test
    void successfulBuildPrintsOneLine() {
        Path out = tmp.resolve("out");
        Run run = TestFiles.build(TestFiles.SMALL, out);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("Wrote 24 pages to " + java.util.regex.Pattern.quote(out.toString())
                + " in \\d+\\.\\d\\d s\\R");
    }

    @Test
    void successfulCheckPrintsCountsAndWritesNothing() {
        Run run = cli("check", "--content", TestFiles.SMALL.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("OK: 3 articles, 4 actors, 3 events, 3 claims" + System.lineSeparator()
                + "Coverage: 6 of 9 claim \u00D7 source cells filled (67%); 1 claim with a single source; 0 conflicts,"
                + " 1 where details differ, 0 where only the spelling differs" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void contentErrorsArePrintedWithPositionsThenASummaryWithoutStackTrace() {
        Path content = TestFiles.copySmall(tmp);
        TestFiles.replace(content.resolve("claims/strike-legal.md"), "stance: disputes", "stance: denies");
        TestFiles.replace(content.resolve("events/walkout.md"), "place: Valmora", "plase: Valmora");
        TestFiles.replace(content.resolve("events/walkout.md"), "related: [strike-weeks]", "related: [strike-week]");
        String c = content.toString();
        for (String command : new String[] {"build", "check"}) {
            Run run = command.equals("build") ? TestFiles.build(content, tmp.resolve("out")) : cli("check", "--content", c);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines().toList()).containsExactly(
                    c + "/claims/strike-legal.md:6: error: 'stance' must be reports, attributes, disputes or differs,"
                            + " found 'denies'",
                    c + "/events/walkout.md:5: warning: unknown key 'plase'; did you mean 'place'?",
                    c + "/events/walkout.md:7: error: 'related' names event 'strike-week', which does not exist"
                            + " (no events/strike-week.md); did you mean 'strike-weeks'?",
                    "2 errors, 1 warning");
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void warningsDoNotStopTheBuild() {
        Path content = TestFiles.copySmall(tmp);
        TestFiles.replace(content.resolve("events/walkout.md"), "place: Valmora", "plase: Valmora");
        Run run = TestFiles.build(content, tmp.resolve("out"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err().lines().toList()).containsExactly(
                content + "/events/walkout.md:5: warning: unknown key 'plase'; did you mean 'place'?",
                "0 errors, 1 warning");
        assertThat(run.out()).startsWith("Wrote 24 pages to ");
    }

    @Test
    void missingContentFolderIsAContentError() {
        Run run = TestFiles.build(tmp.resolve("nothing-here"), tmp.resolve("out"));
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("nothing-here: error: content folder not found").contains("1 error, 0 warnings");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void missingTemplatesFolderIsAnError() {
        Run run = cli("build", "--content", TestFiles.SMALL.toString(), "--out", tmp.resolve("out").toString(),
                "--templates", tmp.resolve("no-templates").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("templates folder not found");
    }
}
