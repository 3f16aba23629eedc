package briefing.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code briefing} command: its subcommands build, check and more. The only place that exits. */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns a folder of news articles and an editor's annotations into a cross-linked briefing site.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: build or check");
    }

    /** A command line ready to execute, so tests can capture its output and exit code. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(commandLine.getErr(), e));
        return cli;
    }

    /** Reports an exception no command expected; the exit code says so. */
    static int internalError(PrintWriter err, Exception e) {
        err.println("briefing: internal error: " + e);
        return 3;
    }

    public static void main(String[] args) {
        // Template problems reach the editor as diagnostics; Freemarker's own log would go to nobody, and
        // setting up java.util.logging for it costs start-up time.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "none");
        }
        // A plain build or check does not need picocli, whose set-up takes longer than a small build.
        var plain = PlainCommandLine.parse(args);
        System.exit(plain.isPresent() ? PlainCommandLine.execute(plain.get()) : commandLine().execute(args));
    }
}
