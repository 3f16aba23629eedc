package briefing.cli;

import briefing.site.SiteBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code briefing check}: validates everything, writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks the content folder (and the templates) and reports every problem. Writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of templates that replace the bundled ones of the same name.")
    Path templates;

    @Override
    public Integer call() {
        SiteBuilder.Outcome outcome = new SiteBuilder().check(content, content.toString(), templates);
        Report.print(spec.commandLine().getErr(), outcome.diagnostics());
        if (outcome.failed()) {
            return 1;
        }
        var g = outcome.graph();
        spec.commandLine().getOut().println("OK: " + Report.plural(g.articles().size(), "article") + ", "
                + Report.plural(g.actors().size(), "actor") + ", " + Report.plural(g.events().size(), "event") + ", "
                + Report.plural(g.claims().size(), "claim"));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
