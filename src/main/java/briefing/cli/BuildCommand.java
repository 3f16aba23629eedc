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

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "The output folder (default: ${DEFAULT-VALUE}); replaced whole on success.")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of templates that replace the bundled ones of the same name.")
    Path templates;

    @CommandLine.Mixin
    ReportOptions report = new ReportOptions();

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Progress line = ProgressLine.forTerminal(spec.commandLine().getErr());
        SiteBuilder.Outcome outcome = new SiteBuilder(report.strict).progress(line)
                .build(content, content.toString(), templates, out);
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
