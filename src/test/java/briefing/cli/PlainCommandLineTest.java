package briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The command lines read without picocli get exactly the values picocli gives them; the rest go to picocli. */
class PlainCommandLineTest {
    static Stream<List<String>> commandLines() {
        return Stream.of(
                List.of("build"),
                List.of("check"),
                List.of("build", "--content", "c", "--out", "o", "--templates", "t", "--strict", "--format", "json"),
                List.of("build", "--content=c", "--out=o", "--templates=t", "--format=text"),
                List.of("check", "--strict", "--content", "my content", "--format", "json"),
                List.of("check", "--templates", "t", "--content", "c"),
                List.of("build", "--out", "/tmp/x/../y", "--content", "./c/"),
                List.of("build", "--content", "check"),
                List.of("build", "--out", "build"),
                List.of("build", "--content", "a=b"),
                List.of("build", "--content=a=b"),
                List.of("build", "--content", "--strict"),
                List.of("build", "--content", "-x"),
                List.of("build", "--content"),
                List.of("build", "--content="),
                List.of("build", "--content", ""),
                List.of("build", "--strict", "--strict"),
                List.of("build", "--strict=true"),
                List.of("build", "--content", "a", "--content", "b"),
                List.of("build", "--format", "JSON"),
                List.of("build", "--format", "xml"),
                List.of("build", "@args.txt"),
                List.of("build", "--content", "@args.txt"),
                List.of("check", "--out", "x"),
                List.of("build", "x"),
                List.of("build", "-h"),
                List.of("build", "--help"),
                List.of("build", "--version"),
                List.of("build", "--"),
                List.of("build", "--cont", "c"),
                List.of("check", "--serve"),
                List.of("serve"),
                List.of("help", "build"),
                List.of("--version"),
                List.of());
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void readsWhatPicocliReadsOrLeavesItToPicocli(List<String> args) {
        Optional<PlainCommandLine.Command> plain = PlainCommandLine.parse(args.toArray(String[]::new));
        if (plain.isEmpty()) {
            return;
        }
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs(args.toArray(String[]::new));
        assertThat(parsed.subcommand()).as("picocli reads %s as a command", args).isNotNull();
        Object picocli = parsed.subcommand().commandSpec().userObject();
        assertThat(parsed.subcommand().isUsageHelpRequested() || parsed.subcommand().isVersionHelpRequested())
                .isFalse();
        assertThat(plain.get()).isInstanceOf(picocli.getClass());
        if (picocli instanceof BuildCommand expected) {
            BuildCommand actual = (BuildCommand) plain.get();
            assertThat(actual.out).isEqualTo(expected.out);
            assertSame(actual.source, actual.report, expected.source, expected.report);
        } else {
            CheckCommand expected = (CheckCommand) picocli;
            CheckCommand actual = (CheckCommand) plain.get();
            assertSame(actual.source, actual.report, expected.source, expected.report);
        }
    }

    private static void assertSame(ContentOptions source, ReportOptions report, ContentOptions expectedSource,
            ReportOptions expectedReport) {
        assertThat(source.content).isEqualTo(expectedSource.content);
        assertThat(source.templates).isEqualTo(expectedSource.templates);
        assertThat(report.strict).isEqualTo(expectedReport.strict);
        assertThat(report.format).isEqualTo(expectedReport.format);
    }

    @Test
    void theEverydayCommandLinesAreReadWithoutPicocli() {
        assertThat(PlainCommandLine.parse("build")).get().isInstanceOf(BuildCommand.class);
        assertThat(PlainCommandLine.parse("build", "--content", "c", "--out=o", "--strict")).isPresent();
        assertThat(PlainCommandLine.parse("check", "--format", "json")).get().isInstanceOf(CheckCommand.class);
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void whatPicocliRefusesIsLeftToPicocli(List<String> args) {
        boolean picocliAccepts;
        try {
            var parsed = Main.commandLine().parseArgs(args.toArray(String[]::new));
            picocliAccepts = parsed.subcommand() != null;
        } catch (CommandLine.ParameterException e) {
            picocliAccepts = false;
        }
        if (!picocliAccepts) {
            assertThat(PlainCommandLine.parse(args.toArray(String[]::new))).as("%s", args).isEmpty();
        }
    }
}
