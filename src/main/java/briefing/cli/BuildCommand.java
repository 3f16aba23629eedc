package briefing.cli;

import briefing.site.Progress;
import briefing.site.SiteBuilder;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code briefing build}: content in, site out, or every problem and the old site untouched. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the site from the content folder. On any error the output folder is left as it was.")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ContentOptions source = new ContentOptions();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "The output folder (default: ${DEFAULT-VALUE}); replaced whole on success.")
    Path out;

    @CommandLine.Mixin
    ReportOptions report = new ReportOptions();

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Progress line = ProgressLine.forTerminal(spec.commandLine().getErr());
        SiteBuilder.Outcome outcome = new SiteBuilder(report.strict).progress(line)
                .build(source.content, source.content.toString(), source.templates, out);
        if (line instanceof ProgressLine shown) {
            shown.clear();
        }
        var diagnostics = report.apply(outcome.diagnostics());
        Report.print(spec.commandLine().getOut(), spec.commandLine().getErr(), diagnostics, report.format);
        if (Report.hasErrors(diagnostics)) {
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "Wrote %d pages to %s in %.2f s",
                outcome.pages(), out, seconds));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
