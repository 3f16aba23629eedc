package briefing.cli;

import briefing.graph.Coverage;
import briefing.graph.Graph;
import briefing.site.SiteBuilder;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code briefing check}: validates everything, writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks the content folder (and the templates) and reports every problem. Writes nothing.")
final class CheckCommand implements Callable<Integer>, PlainCommandLine.Command {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ContentOptions source = new ContentOptions();

    @CommandLine.Mixin
    ReportOptions report = new ReportOptions();

    /** Claims × sources: how many cells of the comparison table are filled, and single-source claims. */
    static String coverage(Graph g) {
        Coverage c = g.coverage();
        return "Coverage: " + c.filled() + " of " + c.cells() + " claim \u00D7 source cells filled (" + c.percent()
                + "%); " + Report.plural(c.singleSource(), "claim") + " with a single source; "
                + Report.plural(c.conflicts(), "conflict") + ", " + c.details() + " where details differ, "
                + c.spellings() + " where only the spelling differs";
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Checks the content, printing to {@code out} and {@code err}; returns the exit code. */
    @Override
    public int run(PrintWriter out, PrintWriter err) {
        SiteBuilder.Outcome outcome = new SiteBuilder(report.strict)
                .check(source.content, source.content.toString(), source.templates);
        var diagnostics = report.apply(outcome.diagnostics());
        Report.print(out, err, diagnostics, report.format);
        if (Report.hasErrors(diagnostics)) {
            return 1;
        }
        var g = outcome.graph();
        if (report.format == ReportOptions.Format.text) {
            out.println("OK: " + Report.plural(g.articles().size(), "article") + ", "
                    + Report.plural(g.actors().size(), "actor") + ", " + Report.plural(g.events().size(), "event")
                    + ", " + Report.plural(g.claims().size(), "claim"));
            out.println(coverage(g));
        }
        out.flush();
        return 0;
    }
}
