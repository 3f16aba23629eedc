package briefing.cli;

import briefing.graph.Graph;
import briefing.site.SiteBuilder;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
        long cells = (long) g.claims().size() * g.articles().size();
        long filled = g.claims().stream().mapToLong(c -> c.sources().size()).sum();
        long single = g.claims().stream().filter(c -> c.sources().size() == 1).count();
        long percent = cells == 0 ? 0 : Math.round(100.0 * filled / cells);
        return "Coverage: " + filled + " of " + cells + " claim \u00D7 source cells filled (" + percent + "%); "
                + Report.plural(single, "claim") + " with a single source; "
                + g.claims().stream().filter(c -> g.isDiscrepancy(c.id())).count() + " where sources differ";
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
