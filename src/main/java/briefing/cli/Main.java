package briefing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

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
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("briefing: internal error: " + e);
            return 3;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
